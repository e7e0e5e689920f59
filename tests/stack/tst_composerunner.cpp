// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// ComposeRunner and ComposeToolFinder against stand-in `docker` and `docker-compose` scripts in
// a PATH of the test's own: what is run, how output streams, how failures and cancels end. The
// real compose against the real engine is tst_localstack's part.
#include <optional>

#include <QDir>
#include <QStandardPaths>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/stack/composerunner.h"
#include "core/stack/composetoolcache.h"
#include "core/stack/composetoolfinder.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

// The stand-in compose: answers `version`, echoes its arguments, then prints a line in two
// writes, a progress redraw ending in a bare \r, and a line on stderr. A service named
// "fail" makes it fail; one named "slow" makes it wait.
const char *const FakeCompose = R"(#!/bin/sh
for arg in "$@"; do
    if [ "$arg" = version ]; then echo "$FAKE_VERSION_TEXT"; exit 0; fi
done
echo "ARGS: $*"
printf 'partial '
sleep 0.1
printf 'line\n'
printf 'progress 1\rprogress 2\r\n'
echo "to stderr" >&2
case "$*" in *fail*) echo "ERROR: it broke" >&2; exit 4;; esac
case "$*" in *offline*) echo "$FAKE_PULL_ERROR" >&2; echo "Service offline failed to build : Build failed" >&2; exit 1;; esac
case "$*" in *slow*) trap 'kill $child; echo terminated >&2; exit 143' TERM; sleep 30 & child=$!; wait $child;; esac
exit 0
)";

// A docker CLI without the compose plugin, worded as Debian's 20.10 says it.
const char *const DockerWithoutPlugin = R"(#!/bin/sh
echo "docker: 'compose' is not a docker command." >&2
exit 1
)";

// A docker CLI with the plugin: `docker compose …` behaves as the stand-in compose.
const char *const DockerWithPlugin = R"(#!/bin/sh
if [ "$1" = compose ]; then shift; exec "$(dirname "$0")/fake-compose" "$@"; fi
exit 1
)";

struct Run
{
    QList<ComposeOutputLine> lines;
    QList<QStringList> invocations;
    std::optional<ComposeResult> result;
    int startedCount = 0;

    QStringList texts(ComposeOutputLine::Channel channel) const
    {
        QStringList out;
        for (const ComposeOutputLine &line : lines)
            if (line.channel == channel)
                out.append(line.text);
        return out;
    }
};

} // namespace

class tst_ComposeRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_project;
    QString m_composeFile;

    // A folder with the given stand-ins; PATH is it plus /bin (the scripts need sh and sleep).
    QProcessEnvironment environmentWith(QTemporaryDir &bin, bool plugin, bool standalone,
                                        const QString &versionText = QStringLiteral("docker-compose version 1.29.2, build unknown"))
    {
        const auto write = [&bin](const QString &name, const char *text) {
            QFile file(bin.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        };
        write(QStringLiteral("fake-compose"), FakeCompose);
        write(QStringLiteral("docker"), plugin ? DockerWithPlugin : DockerWithoutPlugin);
        if (standalone)
            write(QStringLiteral("docker-compose"), FakeCompose);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), bin.path() + QStringLiteral(":/bin:/usr/bin"));
        environment.insert(QStringLiteral("FAKE_VERSION_TEXT"), versionText);
        return environment;
    }

    ComposeInvocation invocation(const QProcessEnvironment &environment) const
    {
        ComposeInvocation invocation;
        invocation.composeFile = m_composeFile;
        invocation.projectName = QStringLiteral("myproject");
        invocation.environment = environment;
        return invocation;
    }

    static void watch(ComposeRunner &runner, Run &run)
    {
        connect(&runner, &ComposeRunner::outputLine, &runner, [&run](const ComposeOutputLine &line) { run.lines.append(line); });
        connect(&runner, &ComposeRunner::invocationStarted, &runner,
                [&run](const QStringList &commandLine) { run.invocations.append(commandLine); });
        connect(&runner, &ComposeRunner::started, &runner, [&run] { ++run.startedCount; });
        connect(&runner, &ComposeRunner::finished, &runner, [&run](const ComposeResult &result) {
            QVERIFY2(!run.result, "finished() twice");
            run.result = result;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the finder's cache goes to ~/.qttest, not the user's
        QVERIFY(m_project.isValid());
        m_composeFile = m_project.filePath(QStringLiteral("docker-compose.yml"));
        QFile file(m_composeFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("services: {}\n");
    }

    void finder_nothingInPath_reportsNotFoundWithTheFix()
    {
        QTemporaryDir empty;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), empty.path());
        ComposeToolFinder finder(environment);
        std::optional<Result<ComposeTool>> found;
        connect(&finder, &ComposeToolFinder::finished, this, [&found](const Result<ComposeTool> &tool) { found = tool; });
        finder.start();
        QTRY_VERIFY(found.has_value());
        QVERIFY(!found->has_value());
        QCOMPARE(found->error().code, Error::Code::NotFound);
        QVERIFY2(found->error().message.contains(QLatin1String("apt install docker-compose")), qPrintable(found->error().message));
        QVERIFY(found->error().detail.contains(empty.path()));
    }

    void finder_secondStart_answersFromTheCacheUntilTheToolChanges()
    {
        QTemporaryDir bin;
        QProcessEnvironment environment = environmentWith(bin, false, true);
        // Each probe leaves a line here, so the test sees whether compose was asked at all.
        const QString probes = bin.filePath(QStringLiteral("probes"));
        QFile script(bin.filePath(QStringLiteral("docker-compose")));
        QVERIFY(script.open(QIODevice::ReadWrite));
        QByteArray text = script.readAll();
        text.replace("#!/bin/sh\n", "#!/bin/sh\necho probe >> \"$PROBES\"\n");
        QVERIFY(script.resize(0));
        script.write(text);
        script.close();
        environment.insert(QStringLiteral("PROBES"), probes);
        const QString cacheFile = bin.filePath(QStringLiteral("cache/compose-tool.json"));
        const auto find = [&](bool *fromCache) {
            ComposeToolFinder finder(environment);
            finder.setCacheFile(cacheFile);
            std::optional<Result<ComposeTool>> found;
            connect(&finder, &ComposeToolFinder::finished, this, [&found](const Result<ComposeTool> &tool) { found = tool; });
            finder.start();
            [&] { QTRY_VERIFY(found.has_value()); }();
            *fromCache = finder.answeredFromCache();
            return found.value_or(makeError(Error::Code::Internal, QStringLiteral("no answer")));
        };
        const auto probeCount = [&] {
            QFile file(probes);
            return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') : 0;
        };

        bool fromCache = true;
        const Result<ComposeTool> first = find(&fromCache);
        QVERIFY(first.has_value());
        QVERIFY(!fromCache);
        QCOMPARE(probeCount(), 1);

        const Result<ComposeTool> second = find(&fromCache);
        QVERIFY(second.has_value());
        QVERIFY(fromCache);
        QCOMPARE(*second, *first);
        QCOMPARE(probeCount(), 1); // not asked again

        // Another compose installed in its place (here: a longer script) is asked again.
        QVERIFY(script.open(QIODevice::Append));
        script.write("# upgraded\n");
        script.close();
        const Result<ComposeTool> third = find(&fromCache);
        QVERIFY(third.has_value());
        QVERIFY(!fromCache);
        QCOMPARE(probeCount(), 2);

        // So is a PATH that finds something else first.
        QTemporaryDir otherBin;
        QProcessEnvironment other = environmentWith(otherBin, true, false);
        QVERIFY(!ComposeToolCache(cacheFile).lookup(other).has_value());
    }

    void finder_emptyPath_doesNotFallBackToOurs()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("PATH"), QString());
        QVERIFY(ComposeToolFinder::findInPath(QStringLiteral("sh"), environment).isEmpty());
    }

    void run_noComposeInPath_finishesNotInstalled()
    {
        QTemporaryDir empty;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"), empty.path());
        ComposeRunner runner(invocation(environment));
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::up()));
        QTRY_VERIFY(run.result.has_value());
        QCOMPARE(run.result->status, ComposeResult::Status::NotInstalled);
        QVERIFY2(run.result->message.contains(QLatin1String("Docker Compose is not installed")), qPrintable(run.result->message));
        QVERIFY(run.invocations.isEmpty());
        QCOMPARE(run.startedCount, 1);
        QVERIFY(!runner.isRunning());
        QVERIFY(!runner.tool().has_value());
    }

    void run_standalone_passesProjectAndFileAndStreamsLines()
    {
        QTemporaryDir bin;
        ComposeRunner runner(invocation(environmentWith(bin, false, true)));
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::up()));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 20000);
        QVERIFY2(run.result->succeeded(), qPrintable(run.result->message + QLatin1Char('\n') + run.result->detail));
        QCOMPARE(run.result->exitCode, 0);
        QCOMPARE(run.result->tool.kind, ComposeTool::Kind::Standalone);
        QCOMPARE(run.result->tool.version, QVersionNumber(1, 29, 2));
        QCOMPARE(runner.tool()->program, bin.filePath(QStringLiteral("docker-compose")));

        const QStringList expected{bin.filePath(QStringLiteral("docker-compose")), QStringLiteral("--ansi"), QStringLiteral("never"),
                                   QStringLiteral("-p"), QStringLiteral("myproject"), QStringLiteral("-f"), m_composeFile,
                                   QStringLiteral("up"), QStringLiteral("-d")};
        QCOMPARE(run.invocations, QList<QStringList>{expected});
        QCOMPARE(run.result->commandLine, expected);

        const QString args = QStringLiteral("ARGS: ") + expected.mid(1).join(QLatin1Char(' '));
        QCOMPARE(run.texts(ComposeOutputLine::Channel::StandardOutput),
                 (QStringList{args, QStringLiteral("partial line"), QStringLiteral("progress 1"), QStringLiteral("progress 2")}));
        QCOMPARE(run.texts(ComposeOutputLine::Channel::StandardError), QStringList{QStringLiteral("to stderr")});
        // Streamed: the line printed after a pause came later than the first one.
        QVERIFY(run.lines.at(1).elapsed >= run.lines.at(0).elapsed);
    }

    void run_pluginPresent_isPreferred()
    {
        QTemporaryDir bin;
        ComposeRunner runner(invocation(environmentWith(bin, true, true, QStringLiteral("Docker Compose version v2.26.1"))));
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::restart({QStringLiteral("web")})));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 20000);
        QVERIFY2(run.result->succeeded(), qPrintable(run.result->message));
        QCOMPARE(run.result->tool.kind, ComposeTool::Kind::Plugin);
        QCOMPARE(run.result->tool.version, QVersionNumber(2, 26, 1));
        QCOMPARE(run.result->tool.displayName(), QStringLiteral("docker compose 2.26.1"));
        QCOMPARE(run.result->tool.containerName(QStringLiteral("p"), QStringLiteral("web")), QStringLiteral("p-web-1"));
        QCOMPARE(run.invocations.size(), 1);
        QCOMPARE(run.invocations.first().mid(0, 4),
                 (QStringList{bin.filePath(QStringLiteral("docker")), QStringLiteral("compose"), QStringLiteral("--ansi"), QStringLiteral("never")}));
        QCOMPARE(run.invocations.first().mid(8), (QStringList{QStringLiteral("restart"), QStringLiteral("web")}));
    }

    void run_oldComposeV1_usesNoAnsi()
    {
        QTemporaryDir bin;
        ComposeRunner runner(invocation(environmentWith(bin, false, true, QStringLiteral("docker-compose version 1.25.0, build 0a186604"))));
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::down(true)));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 20000);
        QVERIFY(run.result->succeeded());
        QCOMPARE(run.result->tool.containerName(QStringLiteral("p"), QStringLiteral("web")), QStringLiteral("p_web_1"));
        QCOMPARE(run.invocations.first().at(1), QStringLiteral("--no-ansi"));
        QCOMPARE(run.invocations.first().mid(6), (QStringList{QStringLiteral("down"), QStringLiteral("-v")}));
    }

    void run_failure_reportsExitCodeAndLastErrorLine()
    {
        QTemporaryDir bin;
        ComposeRunner runner(invocation(environmentWith(bin, false, true)));
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::build({QStringLiteral("fail")})));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 20000);
        QCOMPARE(run.result->status, ComposeResult::Status::Failed);
        QCOMPARE(run.result->exitCode, 4);
        QVERIFY2(run.result->message.contains(QLatin1String("ERROR: it broke")), qPrintable(run.result->message));
        QVERIFY(run.result->message.contains(QLatin1String("code 4")));
        QVERIFY(run.result->detail.contains(QLatin1String("to stderr")));
    }

    void run_registryUnreachable_saysSoInsteadOfComposesLastLine()
    {
        QTemporaryDir bin;
        QProcessEnvironment environment = environmentWith(bin, false, true);
        // As docker-compose 1.29 printed it here, with no network.
        environment.insert(QStringLiteral("FAKE_PULL_ERROR"),
                           QStringLiteral("Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup "
                                          "registry-1.docker.io on 10.0.0.53:53: no such host"));
        ComposeRunner runner(invocation(environment));
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::build({QStringLiteral("offline")})));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 10000);
        QCOMPARE(run.result->status, ComposeResult::Status::Failed);
        QVERIFY2(run.result->message.contains(QLatin1String("could not download an image")), qPrintable(run.result->message));
        QVERIFY2(run.result->message.contains(QLatin1String("no such host")), qPrintable(run.result->message));
    }

    void rebuild_buildsThenRecreatesWithoutDependencies()
    {
        QTemporaryDir bin;
        ComposeRunner runner(invocation(environmentWith(bin, false, true)));
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::rebuild({QStringLiteral("web")})));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 20000);
        QVERIFY(run.result->succeeded());
        QCOMPARE(run.invocations.size(), 2);
        QCOMPARE(run.invocations.at(0).mid(7), (QStringList{QStringLiteral("build"), QStringLiteral("web")}));
        QCOMPARE(run.invocations.at(1).mid(7),
                 (QStringList{QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"), QStringLiteral("web")}));
    }

    void rebuild_failedBuild_doesNotRecreate()
    {
        QTemporaryDir bin;
        ComposeRunner runner(invocation(environmentWith(bin, false, true)));
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::rebuild({QStringLiteral("fail")})));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 20000);
        QCOMPARE(run.result->status, ComposeResult::Status::Failed);
        QCOMPARE(run.invocations.size(), 1);
    }

    void run_whileRunning_isRefusedAndCancelEndsOnce()
    {
        QTemporaryDir bin;
        ComposeRunner runner(invocation(environmentWith(bin, false, true)));
        runner.setCancelGrace(3s);
        Run run;
        watch(runner, run);
        QVERIFY(runner.run(ComposeCommand::stop({QStringLiteral("slow")})));
        QVERIFY(!runner.run(ComposeCommand::up()));
        QTRY_VERIFY_WITH_TIMEOUT(run.texts(ComposeOutputLine::Channel::StandardError).contains(QStringLiteral("to stderr")), 20000);
        runner.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 10000);
        QCOMPARE(run.result->status, ComposeResult::Status::Cancelled);
        QCOMPARE(run.startedCount, 1);
        // The runner takes commands again and keeps the tool it found.
        QVERIFY(runner.tool().has_value());
        run = Run();
        QVERIFY(runner.run(ComposeCommand::start({QStringLiteral("web")})));
        QTRY_VERIFY_WITH_TIMEOUT(run.result.has_value(), 20000);
        QVERIFY(run.result->succeeded());
    }
};

QTEST_GUILESS_MAIN(tst_ComposeRunner)
#include "tst_composerunner.moc"
