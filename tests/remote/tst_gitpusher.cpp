// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// GitPusher against a real bare repository served over SSH by the sandbox's sshd (--git-root),
// with an ssh-agent of the test's own holding a key registered with the sandbox.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "core/deploy/gitpusher.h"
#include "core/project/gitrepository.h"
#include "tests/auth/authsandbox.h"
#include "tests/support/gitfixture.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using Failure = GitPushResult::Failure;

namespace {

// `ssh-agent -D -a SOCKET` in the foreground, so the test owns and ends it.
class Agent
{
public:
    ~Agent()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool start(const QString &socket, const QString &key)
    {
        m_socket = socket;
        m_process.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        if (!Test::SandboxFixture::waitUntil([&socket] { return QFileInfo::exists(socket); }, 20000))
            return false;
        QProcess add;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        add.setProcessEnvironment(environment);
        add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), key});
        return add.waitForFinished(20000) && add.exitCode() == 0;
    }
    QString socket() const { return m_socket; }

private:
    QProcess m_process;
    QString m_socket;
};

} // namespace

class TestGitPusher : public QObject
{
    Q_OBJECT

private:
    Test::AuthSandbox m_sandbox;
    Test::GitFixture m_git;
    Agent m_agent;
    Agent m_strangerAgent;
    QString m_url;
    QString m_knownHosts;
    int m_clones = 0;

    QString gitRoot() const { return m_git.path(QStringLiteral("root")); }

    // A clone of the bare repository with one new commit on main, origin = the SSH URL.
    QString cloneWithCommit(const QString &message)
    {
        const QString name = QStringLiteral("work%1").arg(++m_clones);
        bool ok = false;
        m_git.git({}, {QStringLiteral("clone"), QStringLiteral("-q"), gitRoot() + QStringLiteral("/site.git"), name}, &ok);
        if (!ok)
            return {};
        m_git.git(name, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), m_url}, &ok);
        if (!ok || !m_git.commit(name, QStringLiteral("%1.txt").arg(message), message.toUtf8(), message))
            return {};
        return m_git.path(name);
    }

    GitPushResult push(const QString &workdir, const QString &knownHosts)
    {
        GitPusher pusher;
        QSignalSpy finished(&pusher, &GitPusher::finished);
        GitPushOptions options;
        options.knownHostsFile = knownHosts;
        if (!pusher.push(workdir, options))
            return {Failure::Other, QStringLiteral("push() refused to start"), {}, {}, {}, {}, {}};
        if (!finished.wait(60000))
            return {Failure::Other, QStringLiteral("no result within 60 s"), {}, {}, {}, {}, {}};
        return finished.first().first().value<GitPushResult>();
    }

    QString bareHead()
    {
        return m_git.git(QStringLiteral("root/site.git"), {QStringLiteral("rev-parse"), QStringLiteral("main")}).trimmed();
    }

    void writeFile(const QString &file, const QByteArray &content)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_git.isValid());
        QVERIFY(QDir().mkpath(gitRoot()));
        bool ok = false;
        m_git.git(QStringLiteral("root"), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                                           QStringLiteral("-b"), QStringLiteral("main"), QStringLiteral("site.git")},
                  &ok);
        QVERIFY(ok);
        QVERIFY(m_git.init(QStringLiteral("seed")));
        QVERIFY(m_git.commit(QStringLiteral("seed"), QStringLiteral("README"), "seed\n", QStringLiteral("seed")));
        m_git.git(QStringLiteral("seed"), {QStringLiteral("push"), QStringLiteral("-q"), gitRoot() + QStringLiteral("/site.git"),
                                           QStringLiteral("main")},
                  &ok);
        QVERIFY(ok);

        QVERIFY2(m_sandbox.start({QStringLiteral("--git-root"), gitRoot()}), qPrintable(m_sandbox.errorString()));
        m_url = QStringLiteral("ssh://%1@%2:%3/site.git").arg(m_sandbox.sshUser(), m_sandbox.sshHost()).arg(m_sandbox.sshPort());
        const QString key = m_sandbox.newKey(m_git.path(), QStringLiteral("developer"), QStringLiteral("developer@example.com"));
        QVERIFY(!key.isEmpty());
        const QString stranger = m_sandbox.newKey(m_git.path(), QStringLiteral("stranger"));
        QVERIFY(!stranger.isEmpty());
        QVERIFY(m_agent.start(m_git.path(QStringLiteral("agent.sock")), key));
        QVERIFY(m_strangerAgent.start(m_git.path(QStringLiteral("stranger.sock")), stranger));

        m_knownHosts = m_git.path(QStringLiteral("known_hosts"));
        writeFile(m_knownHosts, QStringLiteral("[%1]:%2 %3\n")
                                    .arg(m_sandbox.sshHost())
                                    .arg(m_sandbox.sshPort())
                                    .arg(m_sandbox.info().value(QStringLiteral("ssh")).toObject().value(QStringLiteral("hostPublicKey")).toString())
                                    .toUtf8());
    }

    void init() { qputenv("SSH_AUTH_SOCK", m_agent.socket().toUtf8()); }

    void pushesTheBranchAndSetsItsUpstream()
    {
        const QString work = cloneWithCommit(QStringLiteral("first"));
        QVERIFY(!work.isEmpty());
        // A branch of its own without upstream, as a new feature branch is.
        bool ok = false;
        m_git.git(QFileInfo(work).fileName(), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                                               QStringLiteral("feature/x")},
                  &ok);
        QVERIFY(ok);
        QCOMPARE(GitRepository::inspect(work)->hasUpstream(), false);

        const GitPushResult result = push(work, m_knownHosts);
        QVERIFY2(result.ok(), qPrintable(result.message + QLatin1Char(' ') + result.detail));
        QCOMPARE(result.branch, QStringLiteral("feature/x"));
        QCOMPARE(result.remote, QStringLiteral("origin"));
        const QString pushed =
            m_git.git(QStringLiteral("root/site.git"), {QStringLiteral("rev-parse"), QStringLiteral("feature/x")}).trimmed();
        QCOMPARE(pushed, result.sha);
        const Result<GitState> state = GitRepository::inspect(work);
        QVERIFY(state.has_value());
        QCOMPARE(state->upstream, QStringLiteral("origin/feature/x"));
        QCOMPARE(state->ahead, 0);
    }

    void pushesMainFastForward()
    {
        const QString work = cloneWithCommit(QStringLiteral("second"));
        QVERIFY(!work.isEmpty());
        const GitPushResult result = push(work, m_knownHosts);
        QVERIFY2(result.ok(), qPrintable(result.message + QLatin1Char(' ') + result.detail));
        QCOMPARE(bareHead(), result.sha);
        QCOMPARE(GitRepository::inspect(work)->ahead, 0);
    }

    void refusedKeyIsExplained()
    {
        const QString work = cloneWithCommit(QStringLiteral("refused"));
        const QString before = bareHead();
        qputenv("SSH_AUTH_SOCK", m_strangerAgent.socket().toUtf8());
        const GitPushResult result = push(work, m_knownHosts);
        QCOMPARE(result.failure, Failure::AuthRefused);
        QVERIFY2(result.message.contains(QLatin1String("refused the SSH keys in your ssh-agent")), qPrintable(result.message));
        QCOMPARE(bareHead(), before);
    }

    void noAgentIsExplained()
    {
        const QString work = cloneWithCommit(QStringLiteral("noagent"));
        qunsetenv("SSH_AUTH_SOCK");
        const GitPushResult result = push(work, m_knownHosts);
        QCOMPARE(result.failure, Failure::NoCredentials);
        QVERIFY2(result.message.contains(QLatin1String("No ssh-agent")), qPrintable(result.message));
    }

    void unknownHostKeyIsRefused()
    {
        const QString work = cloneWithCommit(QStringLiteral("unknown"));
        const QString before = bareHead();
        const QString empty = m_git.path(QStringLiteral("empty_known_hosts"));
        writeFile(empty, "# nothing known\n");
        const GitPushResult result = push(work, empty);
        QCOMPARE(result.failure, Failure::HostKeyUnknown);
        QVERIFY2(result.message.contains(QStringLiteral("[%1]:%2 is not in your known_hosts").arg(m_sandbox.sshHost()).arg(m_sandbox.sshPort())),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(QLatin1String("SHA256:")));
        QCOMPARE(bareHead(), before);
    }

    void changedHostKeyIsRefused()
    {
        const QString work = cloneWithCommit(QStringLiteral("changed"));
        const QString before = bareHead();
        // Another ed25519 key listed for the same [host]:port: what a replaced server looks like.
        const QString other = m_sandbox.newKey(m_git.path(), QStringLiteral("otherhost"));
        QFile otherPub(other + QStringLiteral(".pub"));
        QVERIFY(otherPub.open(QIODevice::ReadOnly));
        const QString changed = m_git.path(QStringLiteral("changed_known_hosts"));
        writeFile(changed, QStringLiteral("[%1]:%2 %3\n")
                               .arg(m_sandbox.sshHost())
                               .arg(m_sandbox.sshPort())
                               .arg(QString::fromUtf8(otherPub.readAll().trimmed()))
                               .toUtf8());
        const GitPushResult result = push(work, changed);
        QCOMPARE(result.failure, Failure::HostKeyChanged);
        QVERIFY2(result.message.contains(QLatin1String("is not the one your known_hosts lists")), qPrintable(result.message));
        QCOMPARE(bareHead(), before);
    }

    void nonFastForwardIsRejected()
    {
        // Someone else pushed first; this clone does not have their commit.
        const QString mine = cloneWithCommit(QStringLiteral("mine"));
        const QString theirs = cloneWithCommit(QStringLiteral("theirs"));
        QVERIFY(push(theirs, m_knownHosts).ok());
        const QString before = bareHead();
        const GitPushResult result = push(mine, m_knownHosts);
        QCOMPARE(result.failure, Failure::Rejected);
        QVERIFY2(result.message.contains(QLatin1String("pull (or rebase) and push again")), qPrintable(result.message));
        QCOMPARE(bareHead(), before);
    }

    void missingRemoteIsExplained()
    {
        const QString work = cloneWithCommit(QStringLiteral("noremote"));
        GitPushOptions options;
        options.remote = QStringLiteral("nowhere");
        const GitPushResult result = GitPusher::pushNow(work, options);
        QCOMPARE(result.failure, Failure::Other);
        QCOMPARE(result.message, QStringLiteral("The repository has no remote called nowhere."));
    }
};

QTEST_GUILESS_MAIN(TestGitPusher)
#include "tst_gitpusher.moc"
