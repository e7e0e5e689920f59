// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// "Run locally like Lagoon" against the real engine and docker-compose, on copies of
// tests/data/stack-rollout under project names of this run's own: a rollout that succeeds and
// runs its tasks, a task that fails the rollout with its output, a compose file with errors that
// stops at validate, a service that dies, one that never gets healthy, and cancel. Every stack
// is taken down with its volumes and images afterwards.
#include <functional>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include "core/stack/dockerclient.h"
#include "core/stack/localrollout.h"
#include "tests/support/dockerfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;
using Lagoon::Test::DockerFixture;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

/** The step's lines of the rollout's log, as they were given (a local rollout's steps do not interleave). */
QString logText(const Rollout &rollout, const RolloutStep &step)
{
    QStringList lines;
    for (qsizetype i = step.firstLine; i >= 0 && i < step.firstLine + step.lineCount; ++i)
        lines.append(rollout.lineText(i));
    return lines.join(QLatin1Char('\n'));
}

QString describe(const Rollout &rollout)
{
    QString text = rolloutStateId(rollout.state()) + QStringLiteral(": ") + rollout.message() + QLatin1Char('\n');
    for (const RolloutStep &step : rollout.steps()) {
        text += QStringLiteral("== %1 [%2] %3\n").arg(step.id, rolloutStepStateId(step.state), step.message);
        text += logText(rollout, step).right(2000) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

class tst_LocalRollout : public QObject
{
    Q_OBJECT

private:
    DockerFixture m_fixture;
    std::unique_ptr<DockerClient> m_client;
    QStringList m_stacks; // "folder|project", taken down in cleanup()
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;

    /** A copy of the test project under a fresh name; `edit` changes it before the rollout. */
    QString project(const QString &stem, QString &projectName, const std::function<void(const QDir &)> &edit = {})
    {
        auto dir = std::make_shared<QTemporaryDir>();
        m_dirs.append(dir);
        if (!copyTree(QStringLiteral(LAGOON_TEST_DATA_DIR "/stack-rollout"), dir->path()))
            return {};
        if (edit)
            edit(QDir(dir->path()));
        projectName = m_fixture.uniqueProject(stem);
        m_stacks.append(dir->path() + QLatin1Char('|') + projectName);
        return dir->path();
    }

    static LocalRolloutOptions options(const QString &projectName)
    {
        LocalRolloutOptions o;
        o.projectName = projectName;
        o.readyTimeout = 60s;
        return o;
    }

    /** Runs it to the end; false when it did not finish in time. */
    static bool runToEnd(LocalRollout &job, int timeoutMs = 240000)
    {
        QSignalSpy finished(&job, &LocalRollout::finished);
        job.start();
        if (!finished.wait(timeoutMs))
            return false;
        QTest::qWait(50); // nothing more may come
        return finished.size() == 1;
    }

    void takeDown(const QString &folder, const QString &projectName)
    {
        QProcess compose;
        compose.setWorkingDirectory(folder);
        compose.start(QStringLiteral("docker-compose"),
                      {QStringLiteral("-p"), projectName, QStringLiteral("-f"), QDir(folder).filePath(QStringLiteral("docker-compose.yml")),
                       QStringLiteral("down"), QStringLiteral("-v"), QStringLiteral("-t"), QStringLiteral("1"),
                       QStringLiteral("--rmi"), QStringLiteral("local")});
        if (!compose.waitForFinished(120000))
            compose.kill();
        m_fixture.removeProject(projectName);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LAGOON_REQUIRE_DOCKER(m_fixture);
        const auto endpoint = DockerEndpoint::fromEnvironment();
        QVERIFY(endpoint);
        m_client = std::make_unique<DockerClient>(*endpoint);
    }

    void cleanup()
    {
        for (const QString &stack : std::as_const(m_stacks))
            takeDown(stack.section(QLatin1Char('|'), 0, 0), stack.section(QLatin1Char('|'), 1));
        m_stacks.clear();
        m_dirs.clear();
    }

    void rollout_succeeds_runsTasks_andPreRolloutOnlyOnExistingContainers()
    {
        QString name;
        const QString folder = project(QStringLiteral("ro"), name);
        QVERIFY(!folder.isEmpty());

        LocalRollout first(m_client.get(), folder, options(name));
        QSignalSpy added(first.rollout(), &Rollout::stepAdded);
        QSignalSpy logged(first.rollout(), &Rollout::logAppended);
        QVERIFY(runToEnd(first));
        const Rollout &r = *first.rollout();
        QVERIFY2(r.state() == RolloutState::Succeeded, qPrintable(describe(r)));
        const QStringList ids{QStringLiteral("validate"), QStringLiteral("build"), QStringLiteral("up"),
                              QStringLiteral("ready"), QStringLiteral("pre-rollout-0"), QStringLiteral("post-rollout-0"),
                              QStringLiteral("post-rollout-1")};
        QCOMPARE(r.stepCount(), ids.size());
        QCOMPARE(added.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(r.step(i).id, ids.at(i));
        QVERIFY(logged.size() > 10);

        // Build and up streamed compose's output; the wait saw the health check pass.
        // The classic builder (compose v1) says "Successfully built", BuildKit (compose v2) "naming to".
        static const QRegularExpression built(QStringLiteral("Successfully built|naming to "));
        QVERIFY2(logText(r, r.step(1)).contains(built), qPrintable(logText(r, r.step(1))));
        QVERIFY(logText(r, r.step(2)).contains(QStringLiteral("up -d")));
        QVERIFY2(logText(r, r.step(3)).contains(QStringLiteral("worker: healthy")), qPrintable(logText(r, r.step(3))));
        QVERIFY(logText(r, r.step(3)).contains(QStringLiteral("oneshot: done")));
        // No containers before this rollout: the pre-rollout task is skipped, as on a first deploy.
        QCOMPARE(r.step(4).state, RolloutStepState::Skipped);
        QVERIFY(r.step(4).message.contains(QStringLiteral("first deploy")));
        // The task ran in the worker container; its stdout and stderr are in the step's log.
        const RolloutStep &hello = r.step(5);
        QCOMPARE(hello.state, RolloutStepState::Succeeded);
        QCOMPARE(hello.kind, RolloutStep::Kind::PostRolloutTask);
        QVERIFY(hello.name.contains(QStringLiteral("Say hello")));
        QVERIFY2(logText(r, hello).contains(QStringLiteral("hello from the worker")), qPrintable(logText(r, hello)));
        bool stderrKept = false;
        for (qsizetype i = hello.firstLine; i < hello.firstLine + hello.lineCount; ++i) {
            const bool fromStderr = r.lineStream(i) == RolloutLogLine::Stream::Error;
            stderrKept = stderrKept || (fromStderr && r.lineText(i) == QLatin1String("a warning on stderr"));
        }
        QVERIFY(stderrKept);
        // when: LAGOON_ENVIRONMENT_TYPE == "production" is false locally.
        QCOMPARE(r.step(6).state, RolloutStepState::Skipped);
        QVERIFY(r.step(6).message.contains(QStringLiteral("false")));
        for (const RolloutStep &step : r.steps()) {
            QVERIFY(step.startedAt.isValid());
            QVERIFY(step.finishedAt.isValid());
        }

        // Again, as production: the containers exist now, so the pre-rollout task runs in them,
        // and the production-only task runs too.
        LocalRolloutOptions again = options(name);
        again.build = false;
        again.environmentType = QStringLiteral("production");
        LocalRollout second(m_client.get(), folder, again);
        QVERIFY(runToEnd(second));
        const Rollout &s = *second.rollout();
        QVERIFY2(s.state() == RolloutState::Succeeded, qPrintable(describe(s)));
        QCOMPARE(s.step(1).state, RolloutStepState::Skipped);
        QCOMPARE(s.step(4).state, RolloutStepState::Succeeded);
        QVERIFY2(logText(s, s.step(4)).contains(QStringLiteral("pre-rollout in")), qPrintable(logText(s, s.step(4))));
        QCOMPARE(s.step(6).state, RolloutStepState::Succeeded);
        QVERIFY(logText(s, s.step(6)).contains(QStringLiteral("this must not run locally")));
    }

    void failingTask_failsTheRollout_withItsOutput()
    {
        QString name;
        const QString folder = project(QStringLiteral("rofail"), name, [](const QDir &dir) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral(".lagoon.yml")),
                              "docker-compose-yaml: docker-compose.yml\n"
                              "tasks:\n"
                              "  post-rollout:\n"
                              "    - run:\n"
                              "        name: Migrate\n"
                              "        command: echo migrating; echo 'table users is locked' >&2; exit 3\n"
                              "        service: web\n"
                              "    - run:\n"
                              "        name: Never reached\n"
                              "        command: echo nope\n"
                              "        service: web\n"
                              "    - run:\n"
                              "        name: Unknown variable\n"
                              "        command: echo nope\n"
                              "        service: web\n"
                              "        when: MY_API_VARIABLE == \"on\"\n"));
        });
        LocalRollout job(m_client.get(), folder, options(name));
        QVERIFY(runToEnd(job));
        const Rollout &r = *job.rollout();
        QVERIFY2(r.state() == RolloutState::Failed, qPrintable(describe(r)));
        const int migrate = r.indexOf(QStringLiteral("post-rollout-0"));
        QCOMPARE(r.step(migrate).state, RolloutStepState::Failed);
        QVERIFY(r.step(migrate).message.contains(QStringLiteral("exit code 3")));
        QVERIFY(logText(r, r.step(migrate)).contains(QStringLiteral("migrating")));
        QVERIFY(logText(r, r.step(migrate)).contains(QStringLiteral("table users is locked")));
        QVERIFY2(r.message().contains(QStringLiteral("Post-rollout task \"Migrate\" failed with exit code 3")),
                 qPrintable(r.message()));
        QCOMPARE(r.step(migrate + 1).state, RolloutStepState::Skipped);
        QCOMPARE(r.step(migrate + 2).state, RolloutStepState::Skipped);
    }

    void unevaluableWhen_skipsWithANote()
    {
        QString name;
        const QString folder = project(QStringLiteral("rowhen"), name, [](const QDir &dir) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral(".lagoon.yml")),
                              "docker-compose-yaml: docker-compose.yml\n"
                              "tasks:\n"
                              "  post-rollout:\n"
                              "    - run:\n"
                              "        name: Needs an API variable\n"
                              "        command: echo nope\n"
                              "        service: web\n"
                              "        when: MY_API_VARIABLE == \"on\"\n"
                              "    - run:\n"
                              "        name: Given on the command line\n"
                              "        command: echo given\n"
                              "        service: web\n"
                              "        when: withDefault(\"FEATURE\", \"off\") == \"on\"\n"));
        });
        LocalRolloutOptions o = options(name);
        o.build = true;
        o.variables.insert(QStringLiteral("FEATURE"), QStringLiteral("on"));
        LocalRollout job(m_client.get(), folder, o);
        QVERIFY(runToEnd(job));
        const Rollout &r = *job.rollout();
        QVERIFY2(r.state() == RolloutState::Succeeded, qPrintable(describe(r)));
        const RolloutStep &skipped = r.step(r.indexOf(QStringLiteral("post-rollout-0")));
        QCOMPARE(skipped.state, RolloutStepState::Skipped);
        QVERIFY2(skipped.message.contains(QStringLiteral("cannot be evaluated locally"))
                     && skipped.message.contains(QStringLiteral("MY_API_VARIABLE")),
                 qPrintable(skipped.message));
        const RolloutStep &given = r.step(r.indexOf(QStringLiteral("post-rollout-1")));
        QCOMPARE(given.state, RolloutStepState::Succeeded);
        QVERIFY(logText(r, given).contains(QStringLiteral("given")));
    }

    void composeWithErrors_stopsAtValidate_withTheDiagnostics()
    {
        QString name;
        const QString folder = project(QStringLiteral("robad"), name, [](const QDir &dir) {
            // A service without lagoon.type (Lagoon refuses it) and one with an invalid name.
            QVERIFY(writeFile(dir.filePath(QStringLiteral("docker-compose.yml")),
                              "version: '2.3'\n"
                              "services:\n"
                              "  web:\n"
                              "    build: ./web\n"
                              "  Worker_1:\n"
                              "    build: ./worker\n"
                              "    labels:\n"
                              "      lagoon.type: worker\n"));
        });
        LocalRollout job(m_client.get(), folder, options(name));
        QVERIFY(runToEnd(job));
        const Rollout &r = *job.rollout();
        QVERIFY2(r.state() == RolloutState::Failed, qPrintable(describe(r)));
        const RolloutStep &validate = r.step(0);
        QCOMPARE(validate.state, RolloutStepState::Failed);
        QVERIFY(validate.message.contains(QStringLiteral("error")));
        const QString log = logText(r, validate);
        QVERIFY2(log.contains(QStringLiteral("docker-compose.yml:3:")) && log.contains(QStringLiteral("lagoon.type")),
                 qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("service name is invalid")), qPrintable(log));
        // Nothing reached Docker: no step after validate ran, and no container exists.
        for (int i = 1; i < r.stepCount(); ++i)
            QCOMPARE(r.step(i).state, RolloutStepState::Skipped);
        QCOMPARE(m_fixture.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                   QStringLiteral("label=com.docker.compose.project=") + name}),
                 QString());
    }

    void brokenYaml_stopsAtValidate()
    {
        QString name;
        const QString folder = project(QStringLiteral("royaml"), name, [](const QDir &dir) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("docker-compose.yml")),
                              "services:\n  web:\n    build: [./web\n"));
        });
        LocalRollout job(m_client.get(), folder, options(name));
        QVERIFY(runToEnd(job));
        const Rollout &r = *job.rollout();
        QCOMPARE(r.state(), RolloutState::Failed);
        QCOMPARE(r.step(0).state, RolloutStepState::Failed);
        QVERIFY2(logText(r, r.step(0)).contains(QStringLiteral("docker-compose.yml:")),
                 qPrintable(logText(r, r.step(0))));
    }

    void serviceThatDies_failsTheWait()
    {
        QString name;
        const QString folder = project(QStringLiteral("rodie"), name, [](const QDir &dir) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("oneshot/Dockerfile")),
                              "FROM lagoon-test/busybox\nCMD [\"sh\", \"-c\", \"echo cannot start; exit 3\"]\n"));
        });
        LocalRollout job(m_client.get(), folder, options(name));
        QVERIFY(runToEnd(job));
        const Rollout &r = *job.rollout();
        QVERIFY2(r.state() == RolloutState::Failed, qPrintable(describe(r)));
        const RolloutStep &ready = r.step(r.indexOf(QStringLiteral("ready")));
        QCOMPARE(ready.state, RolloutStepState::Failed);
        QVERIFY2(ready.message.contains(QStringLiteral("oneshot")) && ready.message.contains(QStringLiteral("code 3")),
                 qPrintable(ready.message));
        QCOMPARE(r.step(r.indexOf(QStringLiteral("post-rollout-0"))).state, RolloutStepState::Skipped);
    }

    void neverHealthy_timesOut_namingTheService()
    {
        QString name;
        const QString folder = project(QStringLiteral("roslow"), name, [](const QDir &dir) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("worker/Dockerfile")),
                              "FROM lagoon-test/busybox\nRUN mkdir -p /tmp\n"
                              "HEALTHCHECK --interval=1s --timeout=2s --start-period=60s --retries=3 "
                              "CMD [\"test\", \"-f\", \"/tmp/ready\"]\n"
                              "CMD [\"sh\", \"-c\", \"exec sleep 3600\"]\n"));
        });
        LocalRolloutOptions o = options(name);
        o.readyTimeout = 4s;
        LocalRollout job(m_client.get(), folder, o);
        QVERIFY(runToEnd(job));
        const Rollout &r = *job.rollout();
        QVERIFY2(r.state() == RolloutState::Failed, qPrintable(describe(r)));
        const RolloutStep &ready = r.step(r.indexOf(QStringLiteral("ready")));
        QCOMPARE(ready.state, RolloutStepState::Failed);
        QVERIFY2(ready.message.contains(QStringLiteral("Not ready after 4.0 s"))
                     && ready.message.contains(QStringLiteral("worker (running, health check starting)")),
                 qPrintable(ready.message));
        QVERIFY(!ready.message.contains(QStringLiteral("web (")));
    }

    void cancel_duringTheWait_endsCancelled()
    {
        QString name;
        const QString folder = project(QStringLiteral("rocancel"), name, [](const QDir &dir) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("worker/Dockerfile")),
                              "FROM lagoon-test/busybox\nRUN mkdir -p /tmp\n"
                              "HEALTHCHECK --interval=1s --timeout=2s --start-period=60s --retries=3 "
                              "CMD [\"test\", \"-f\", \"/tmp/ready\"]\n"
                              "CMD [\"sh\", \"-c\", \"exec sleep 3600\"]\n"));
        });
        LocalRollout job(m_client.get(), folder, options(name));
        QSignalSpy finished(&job, &LocalRollout::finished);
        connect(job.rollout(), &Rollout::stepChanged, &job, [&job](int index) {
            const RolloutStep &step = job.rollout()->step(index);
            if (step.id == QLatin1String("ready") && step.state == RolloutStepState::Running)
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(240000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<RolloutState>(), RolloutState::Cancelled);
        const Rollout &r = *job.rollout();
        QCOMPARE(r.step(r.indexOf(QStringLiteral("ready"))).state, RolloutStepState::Cancelled);
        QVERIFY(!job.isRunning());
        job.cancel(); // nothing more happens
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    void cancel_duringTheBuild_stopsCompose()
    {
        QString name;
        const QString folder = project(QStringLiteral("robuild"), name, [](const QDir &dir) {
            // A build step that takes a while, so there is a compose process to stop.
            QVERIFY(writeFile(dir.filePath(QStringLiteral("web/Dockerfile")),
                              "FROM lagoon-test/busybox\nRUN sleep 30\nCMD [\"httpd\", \"-f\", \"-p\", \"8080\"]\n"));
        });
        LocalRollout job(m_client.get(), folder, options(name));
        QSignalSpy finished(&job, &LocalRollout::finished);
        connect(job.rollout(), &Rollout::logAppended, &job, [&job](int index, qsizetype, qsizetype) {
            if (index >= 0 && job.rollout()->step(index).id == QLatin1String("build")
                && logText(*job.rollout(), job.rollout()->step(index)).contains(QStringLiteral("RUN sleep 30")))
                job.cancel();
        });
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<RolloutState>(), RolloutState::Cancelled);
        QCOMPARE(job.rollout()->step(1).state, RolloutStepState::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_LocalRollout)
#include "tst_localrollout.moc"
