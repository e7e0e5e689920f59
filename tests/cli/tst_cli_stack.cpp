// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// `lagoon-desktop-cli stack …` against the real engine and docker-compose, on copies of
// tests/data/stack-rollout under project names of this run's own: rollout output and exit codes
// (0 success, 1 failed rollout, 2 usage or Docker not usable, with the doctor's explanation),
// ps, logs, up and down. Every stack is taken down with its volumes and images afterwards.
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/clirunner.h"
#include "tests/support/dockerfixture.h"

using Lagoon::Test::CliRun;
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

/** Like Lagoon::Test::runCli, with room for a whole rollout and an optional wrapper (setpriv). */
CliRun runStack(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                int timeoutMs = 300000, const QStringList &wrapper = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    const QString cli = qEnvironmentVariable("LAGOON_CLI");
    if (wrapper.isEmpty())
        process.start(cli, QStringList{QStringLiteral("stack")} + arguments);
    else
        process.start(wrapper.constFirst(), wrapper.mid(1) + QStringList{cli, QStringLiteral("stack")} + arguments);
    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray both(const CliRun &r)
{
    return r.out + "\n--- stderr ---\n" + r.err;
}

} // namespace

class tst_CliStack : public QObject
{
    Q_OBJECT

private:
    DockerFixture m_fixture;
    QTemporaryDir m_root;
    QStringList m_stacks; // "folder|project"

    QString project(const QString &stem, QString &name)
    {
        const QString folder = m_root.filePath(stem);
        if (!copyTree(QStringLiteral(LAGOON_TEST_DATA_DIR "/stack-rollout"), folder))
            return {};
        name = m_fixture.uniqueProject(stem);
        m_stacks.append(folder + QLatin1Char('|') + name);
        return folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LAGOON_REQUIRE_DOCKER(m_fixture);
        QVERIFY(m_root.isValid());
    }

    void cleanup()
    {
        for (const QString &stack : std::as_const(m_stacks)) {
            const QString folder = stack.section(QLatin1Char('|'), 0, 0);
            const QString name = stack.section(QLatin1Char('|'), 1);
            QProcess compose;
            compose.start(QStringLiteral("docker-compose"),
                          {QStringLiteral("-p"), name, QStringLiteral("-f"), QDir(folder).filePath(QStringLiteral("docker-compose.yml")),
                           QStringLiteral("down"), QStringLiteral("-v"), QStringLiteral("-t"), QStringLiteral("1"),
                           QStringLiteral("--rmi"), QStringLiteral("local")});
            if (!compose.waitForFinished(120000))
                compose.kill();
            m_fixture.removeProject(name);
        }
        m_stacks.clear();
    }

    void usageErrors_exit2()
    {
        QCOMPARE(runStack({}).exitCode, 2);
        QCOMPARE(runStack({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runStack({QStringLiteral("ps"), QStringLiteral("/no/such/folder")}).exitCode, 2);
        QCOMPARE(runStack({QStringLiteral("ps"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        QString name;
        const QString folder = project(QStringLiteral("clitail"), name);
        const CliRun tail = runStack({QStringLiteral("logs"), QStringLiteral("-C"), folder, QStringLiteral("--tail"), QStringLiteral("x")});
        QCOMPARE(tail.exitCode, 2);
        const CliRun help = runStack({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("rollout"));
    }

    void rollout_succeeds_printsStepsAndTaskOutput_thenPsAndLogs()
    {
        QString name;
        const QString folder = project(QStringLiteral("clirollout"), name);
        const CliRun r = runStack({QStringLiteral("rollout"), folder, QStringLiteral("-p"), name});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        const QString text = r.text();
        for (const char *expected : {"==> Validate", "<== Build the images: succeeded (", "==> Start the services",
                                     "worker: healthy", "<== Post-rollout task: Say hello: succeeded (",
                                     "    hello from the worker", "Skipped: its condition is false here.",
                                     "Rollout succeeded in "}) {
            QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(QLatin1String(expected) + QLatin1Char('\n') + text));
        }

        const CliRun ps = runStack({QStringLiteral("ps"), QStringLiteral("-C"), folder, QStringLiteral("-p"), name});
        QVERIFY2(ps.exitCode == 0, both(ps).constData());
        const QStringList rows = ps.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(0).startsWith(QStringLiteral("SERVICE")));
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("web")) && rows.at(1).contains(QStringLiteral("running"))
                     && rows.at(1).contains(QStringLiteral("http://localhost:")),
                 qPrintable(rows.at(1)));
        QVERIFY(rows.at(2).startsWith(QStringLiteral("worker")) && rows.at(2).contains(QStringLiteral("healthy")));
        QVERIFY(rows.at(3).startsWith(QStringLiteral("oneshot")) && rows.at(3).contains(QStringLiteral("exited (0)")));

        const CliRun json = runStack({QStringLiteral("ps"), folder, QStringLiteral("-p"), name, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray services = json.json().value(QLatin1String("services")).toArray();
        QCOMPARE(services.size(), 3);
        QCOMPARE(services.at(1).toObject().value(QLatin1String("health")).toString(), QStringLiteral("healthy"));
        QCOMPARE(services.at(0).toObject().value(QLatin1String("ports")).toArray().size(), 1);

        const CliRun logs = runStack({QStringLiteral("logs"), QStringLiteral("-C"), folder, QStringLiteral("-p"), name});
        QVERIFY2(logs.exitCode == 0, both(logs).constData());
        QVERIFY2(logs.out.contains("worker  | worker ready") && logs.out.contains("oneshot | oneshot ran"), logs.out.constData());
        const CliRun one = runStack({QStringLiteral("logs"), QStringLiteral("worker"), QStringLiteral("-C"), folder, QStringLiteral("-p"), name});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains("worker | worker starting"));
        QVERIFY(!one.out.contains("oneshot"));
        QCOMPARE(runStack({QStringLiteral("logs"), QStringLiteral("nosuch"), QStringLiteral("-C"), folder, QStringLiteral("-p"), name}).exitCode, 2);
    }

    void logsFollow_endsWhenStdinCloses()
    {
        QString name;
        const QString folder = project(QStringLiteral("clifollow"), name);
        QCOMPARE(runStack({QStringLiteral("up"), folder, QStringLiteral("-p"), name}).exitCode, 0);
        QProcess follow;
        follow.start(qEnvironmentVariable("LAGOON_CLI"), {QStringLiteral("stack"), QStringLiteral("logs"), QStringLiteral("worker"),
                                                          QStringLiteral("--follow"), QStringLiteral("-C"), folder,
                                                          QStringLiteral("-p"), name});
        QVERIFY(follow.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY2_WITH_TIMEOUT((seen += follow.readAllStandardOutput()).contains("worker | worker"),
                                  QByteArray(seen + follow.readAllStandardError()).constData(), 30000);
        QVERIFY(follow.state() == QProcess::Running); // still following
        follow.closeWriteChannel();
        QVERIFY(follow.waitForFinished(15000));
        QCOMPARE(follow.exitCode(), 0);

        const CliRun down = runStack({QStringLiteral("down"), folder, QStringLiteral("-p"), name, QStringLiteral("-v")});
        QVERIFY2(down.exitCode == 0, both(down).constData());
        QCOMPARE(m_fixture.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                   QStringLiteral("label=com.docker.compose.project=") + name}),
                 QString());
    }

    void rollout_failingTask_exit1_withItsOutput()
    {
        QString name;
        const QString folder = project(QStringLiteral("clifail"), name);
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral(".lagoon.yml")),
                          "docker-compose-yaml: docker-compose.yml\n"
                          "tasks:\n"
                          "  post-rollout:\n"
                          "    - run:\n"
                          "        name: Migrate\n"
                          "        command: echo migrating; echo 'table users is locked' >&2; exit 3\n"
                          "        service: worker\n"));
        const CliRun r = runStack({QStringLiteral("rollout"), folder, QStringLiteral("-p"), name});
        QVERIFY2(r.exitCode == 1, both(r).constData());
        QVERIFY(r.out.contains("    migrating"));
        QVERIFY(r.out.contains("    table users is locked"));
        QVERIFY(r.out.contains("<== Post-rollout task: Migrate: failed"));
        QVERIFY2(r.out.contains("Rollout failed after ") && r.out.contains("Post-rollout task \"Migrate\" failed with exit code 3"),
                 r.out.constData());
    }

    void rollout_composeErrors_exit1_withTheDiagnostics()
    {
        QString name;
        const QString folder = project(QStringLiteral("clibad"), name);
        QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("docker-compose.yml")),
                          "version: '2.3'\nservices:\n  web:\n    build: ./web\n"));
        const CliRun r = runStack({QStringLiteral("rollout"), folder, QStringLiteral("-p"), name});
        QVERIFY2(r.exitCode == 1, both(r).constData());
        QVERIFY2(r.out.contains("docker-compose.yml:3:") && r.out.contains("lagoon.type"), r.out.constData());
        QVERIFY(r.out.contains("<== Validate: failed"));
        QVERIFY(!r.out.contains("==> Build the images\n  |"));
    }

    void dockerNotRunning_exit2_withTheExplanation()
    {
        QString name;
        const QString folder = project(QStringLiteral("clinodocker"), name);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_root.filePath(QStringLiteral("no-docker.sock")));
        for (const QString &action : {QStringLiteral("rollout"), QStringLiteral("ps"), QStringLiteral("up")}) {
            const CliRun r = runStack({action, folder, QStringLiteral("-p"), name}, env);
            QVERIFY2(r.exitCode == 2, both(r).constData());
            QVERIFY2(r.err.contains("Problem: Docker is not running") && r.err.contains("Fix: Start Docker"), r.err.constData());
            QVERIFY(!r.out.contains("==> Validate"));
        }
    }

    void composeMissing_exit2()
    {
        QString name;
        const QString folder = project(QStringLiteral("clinocompose"), name);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), QString());
        const CliRun r = runStack({QStringLiteral("up"), folder, QStringLiteral("-p"), name}, env);
        QVERIFY2(r.exitCode == 2, both(r).constData());
        QVERIFY2(r.err.contains("Problem: Docker Compose is not installed"), r.err.constData());
    }

    void portInUse_exit2_beforeAnythingStarts()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        QString name;
        const QString folder = project(QStringLiteral("cliport"), name);
        QFile compose(QDir(folder).filePath(QStringLiteral("docker-compose.yml")));
        QVERIFY(compose.open(QIODevice::ReadOnly));
        QByteArray text = compose.readAll();
        compose.close();
        const QByteArray published = "127.0.0.1:" + QByteArray::number(taken.serverPort()) + ":8080";
        text.replace("127.0.0.1::8080", published);
        QVERIFY(writeFile(compose.fileName(), text));

        const CliRun r = runStack({QStringLiteral("rollout"), folder, QStringLiteral("-p"), name});
        QVERIFY2(r.exitCode == 2, both(r).constData());
        const QByteArray problem = "Problem: Port " + QByteArray::number(taken.serverPort()) + " is already in use";
        QVERIFY2(r.err.contains(problem),
                 r.err.constData());
        QVERIFY(r.err.contains("The service web publishes"));
        QCOMPARE(m_fixture.docker({QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--filter"),
                                   QStringLiteral("label=com.docker.compose.project=") + name}),
                 QString());
    }

    void permissionDenied_asAnotherUser_exit2_withTheDockerGroupFix()
    {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (::geteuid() != 0 || setpriv.isEmpty()) {
            qWarning("permission case not run for real: it needs root and setpriv to run the CLI as nobody "
                     "(tst_dockerdoctor still checks the EACCES classification)");
            QSKIP("needs root and setpriv");
        }
        // A socket only its owner (root) may use, in a folder everyone may enter, like
        // /var/run/docker.sock for a user outside the docker group.
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const QString socketPath = dir.filePath(QStringLiteral("docker.sock"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray bytes = QFile::encodeName(socketPath);
        std::memcpy(address.sun_path, bytes.constData(), static_cast<size_t>(bytes.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)), 0);
        QCOMPARE(::listen(fd, 4), 0);
        QCOMPARE(::chmod(bytes.constData(), 0600), 0);

        // The project must be readable by nobody too.
        QTemporaryDir projectRoot;
        const QString folder = projectRoot.filePath(QStringLiteral("p"));
        QVERIFY(copyTree(QStringLiteral(LAGOON_TEST_DATA_DIR "/stack-rollout"), folder));
        QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("a+rX"), projectRoot.path()});

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + socketPath);
        const CliRun r = runStack({QStringLiteral("ps"), folder, QStringLiteral("-p"), QStringLiteral("permtest")}, env, 60000,
                                  {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                   QStringLiteral("--clear-groups")});
        ::close(fd);
        QVERIFY2(r.exitCode == 2, both(r).constData());
        QVERIFY2(r.err.contains("Problem: Permission denied on the Docker socket"), r.err.constData());
        QVERIFY(r.err.contains("sudo usermod -aG docker $USER, then log in again"));
        QVERIFY(r.err.contains("errno 13"));
    }
};

QTEST_GUILESS_MAIN(tst_CliStack)
#include "tst_cli_stack.moc"
