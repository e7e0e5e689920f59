<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Lagoon::AccountsDialog</name>
    <message numerus="yes">
        <source>Imported %n account(s) from lagoon-cli.</source>
        <translation>
            <numerusform>Imported %n account from lagoon-cli.</numerusform>
            <numerusform>Imported %n accounts from lagoon-cli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 contexts from lagoon-cli as %n account(s): contexts with the same API URL share one.</source>
        <translation>
            <numerusform>Imported %1 contexts from lagoon-cli as %n account: contexts with the same API URL share one.</numerusform>
            <numerusform>Imported %1 contexts from lagoon-cli as %n accounts: contexts with the same API URL share one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::BrowserLogin</name>
    <message numerus="yes">
        <source>The sign-in in the browser did not finish within %n minute(s)</source>
        <translation>
            <numerusform>The sign-in in the browser did not finish within %n minute</numerusform>
            <numerusform>The sign-in in the browser did not finish within %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::EditCommand</name>
    <message numerus="yes">
        <source>%1 was not changed: the edit would add %n error(s). Use --force to write it anyway.</source>
        <translation>
            <numerusform>%1 was not changed: the edit would add %n error. Use --force to write it anyway.</numerusform>
            <numerusform>%1 was not changed: the edit would add %n errors. Use --force to write it anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::InfoCommand</name>
    <message numerus="yes">
        <source>%1, tracking %2: %n ahead</source>
        <translation>
            <numerusform>%1, tracking %2: %n ahead</numerusform>
            <numerusform>%1, tracking %2: %n ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n behind</source>
        <translation>
            <numerusform>, %n behind</numerusform>
            <numerusform>, %n behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s)</source>
        <translation>
            <numerusform>%n changed file</numerusform>
            <numerusform>%n changed files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n untracked</source>
        <translation>
            <numerusform>, %n untracked</numerusform>
            <numerusform>, %n untracked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::LoginCommand</name>
    <message numerus="yes">
        <source>Waiting for the browser (at most %n second(s); Ctrl-C cancels)...</source>
        <translation>
            <numerusform>Waiting for the browser (at most %n second; Ctrl-C cancels)...</numerusform>
            <numerusform>Waiting for the browser (at most %n seconds; Ctrl-C cancels)...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::Cli::ValidateCommand</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::CronDescription</name>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes, starting at minute %1</source>
        <translation>
            <numerusform>Every minute, starting at minute %1</numerusform>
            <numerusform>Every %n minutes, starting at minute %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours at minute %1</source>
        <translation>
            <numerusform>Every hour at minute %1</numerusform>
            <numerusform>Every %n hours at minute %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours at minutes %1</source>
        <translation>
            <numerusform>Every hour at minutes %1</numerusform>
            <numerusform>Every %n hours at minutes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours, at a time Lagoon picks for each environment</source>
        <translation>
            <numerusform>Every hour, at a time Lagoon picks for each environment</numerusform>
            <numerusform>Every %n hours, at a time Lagoon picks for each environment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours, starting at an hour Lagoon picks for each environment</source>
        <translation>
            <numerusform>every hour, starting at an hour Lagoon picks for each environment</numerusform>
            <numerusform>every %n hours, starting at an hour Lagoon picks for each environment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes, starting at a minute Lagoon picks for each environment</source>
        <translation>
            <numerusform>Every minute, starting at a minute Lagoon picks for each environment</numerusform>
            <numerusform>Every %n minutes, starting at a minute Lagoon picks for each environment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployDialog</name>
    <message numerus="yes">
        <source>%n validation error(s) would fail the build: fix them first.</source>
        <translation>
            <numerusform>%n validation error would fail the build: fix it first.</numerusform>
            <numerusform>%n validation errors would fail the build: fix them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployPlanText</name>
    <message numerus="yes">
        <source>%n path route(s)</source>
        <translation>
            <numerusform>%n path route</numerusform>
            <numerusform>%n path routes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::DeployPreflightReport</name>
    <message numerus="yes">
        <source>%n commit(s) are not on %1 yet.</source>
        <translation>
            <numerusform>%n commit is not on %1 yet.</numerusform>
            <numerusform>%n commits are not on %1 yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n commit(s) this copy does not have.</source>
        <translation>
            <numerusform>%1 has %n commit this copy does not have.</numerusform>
            <numerusform>%1 has %n commits this copy does not have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) have uncommitted changes, which Lagoon will not see.</source>
        <translation>
            <numerusform>%Ln file has uncommitted changes, which Lagoon will not see.</numerusform>
            <numerusform>%Ln files have uncommitted changes, which Lagoon will not see.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::DockerErrors</name>
    <message numerus="yes">
        <source>Docker did not answer within %n second(s) (%1): the engine may be overloaded or stuck</source>
        <translation>
            <numerusform>Docker did not answer within %n second (%1): the engine may be overloaded or stuck</numerusform>
            <numerusform>Docker did not answer within %n seconds (%1): the engine may be overloaded or stuck</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::FindReplaceBar</name>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>Replaced %n occurrence</numerusform>
            <numerusform>Replaced %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::GitStatusWidget</name>
    <message numerus="yes">
        <source>Upstream %1: %n commit(s) to push</source>
        <translation>
            <numerusform>Upstream %1: %n commit to push</numerusform>
            <numerusform>Upstream %1: %n commits to push</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) to pull</source>
        <translation>
            <numerusform>%n commit to pull</numerusform>
            <numerusform>%n commits to pull</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln uncommitted change(s), %1 untracked</source>
        <translation>
            <numerusform>%Ln uncommitted change, %1 untracked</numerusform>
            <numerusform>%Ln uncommitted changes, %1 untracked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonApiErrors</name>
    <message numerus="yes">
        <source>Lagoon at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>Lagoon at %1 did not answer within %n second</numerusform>
            <numerusform>Lagoon at %1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonSubscriptionClient</name>
    <message numerus="yes">
        <source>%1 did not open the live-update connection within %n second(s)</source>
        <translation>
            <numerusform>%1 did not open the live-update connection within %n second</numerusform>
            <numerusform>%1 did not open the live-update connection within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 offers no live updates over WebSocket; checking for changes every %n second(s) instead</source>
        <translation>
            <numerusform>%1 offers no live updates over WebSocket; checking for changes every second instead</numerusform>
            <numerusform>%1 offers no live updates over WebSocket; checking for changes every %n seconds instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::LagoonTrayIcon</name>
    <message numerus="yes">
        <source>Lagoon Desktop — %n deployment(s) running</source>
        <translation>
            <numerusform>Lagoon Desktop — %n deployment running</numerusform>
            <numerusform>Lagoon Desktop — %n deployments running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::LocalRollout</name>
    <message numerus="yes">
        <source>The project files have %n error(s): Lagoon would refuse to deploy them.</source>
        <translation>
            <numerusform>The project files have %n error: Lagoon would refuse to deploy them.</numerusform>
            <numerusform>The project files have %n errors: Lagoon would refuse to deploy them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) ready.</source>
        <translation>
            <numerusform>%n service ready.</numerusform>
            <numerusform>%n services ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::LocalStackModel</name>
    <message numerus="yes">
        <source>Restarted %n time(s)</source>
        <translation>
            <numerusform>Restarted %n time</numerusform>
            <numerusform>Restarted %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::LocalStackPanel</name>
    <message numerus="yes">
        <source>%n service(s) failing</source>
        <translation>
            <numerusform>%n service failing</numerusform>
            <numerusform>%n services failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n running</source>
        <translation>
            <numerusform>%1 of %n running</numerusform>
            <numerusform>%1 of %n running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::LogView</name>
    <message numerus="yes">
        <source>— %1 line(s)</source>
        <translation>
            <numerusform>— %1 line</numerusform>
            <numerusform>— %1 lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::OAuthErrors</name>
    <message numerus="yes">
        <source>The sign-in server %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>The sign-in server %1 did not answer within %n second</numerusform>
            <numerusform>The sign-in server %1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::ProjectOverviewPanel</name>
    <message numerus="yes">
        <source>%1: %n to push</source>
        <translation>
            <numerusform>%1: %n to push</numerusform>
            <numerusform>%1: %n to push</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to pull</source>
        <translation>
            <numerusform>, %n to pull</numerusform>
            <numerusform>, %n to pull</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncommitted changes (%Ln):</source>
        <translation>
            <numerusform>Uncommitted changes (%Ln):</numerusform>
            <numerusform>Uncommitted changes (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::RolloutStepsModel</name>
    <message numerus="yes">
        <source>%1 · %2 (over %n earlier build(s))</source>
        <translation>
            <numerusform>%1 · %2 (over %n earlier build)</numerusform>
            <numerusform>%1 · %2 (over %n earlier builds)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::RolloutView</name>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log · %1 line(s)</source>
        <translation>
            <numerusform>Log · %1 line</numerusform>
            <numerusform>Log · %1 lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::SshTokenErrors</name>
    <message numerus="yes">
        <source>The SSH token service at %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>The SSH token service at %1 did not answer within %n second</numerusform>
            <numerusform>The SSH token service at %1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::StackBadge</name>
    <message numerus="yes">
        <source>Docker restarts the container after it stopped (restart %n)</source>
        <translation>
            <numerusform>Docker restarts the container after it stopped (restart %n)</numerusform>
            <numerusform>Docker restarts the container after it stopped (restart %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lagoon::StackLogView</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
</context>
</TS>
