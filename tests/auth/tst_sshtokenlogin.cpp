// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <optional>

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/auth/jwt.h"
#include "core/auth/sshtokenlogin.h"

#include "tests/auth/authsandbox.h"
#include "tests/auth/fakejwt.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using namespace std::chrono_literals;

// SshTokenLogin with the system's OpenSSH client against the sandbox's sshd, which answers
// `grant` and `token` like Lagoon's SSH token service. Keys are generated per test run; ssh uses
// a known_hosts file and an empty ssh_config of the test's own.
class tst_SshTokenLogin : public QObject
{
    Q_OBJECT

private:
    Test::AuthSandbox m_sandbox;
    QTemporaryDir m_dir;
    QString m_developerKey;

    SshTokenOptions options(const QString &key, const QString &knownHosts = {})
    {
        SshTokenOptions options;
        options.host = m_sandbox.sshHost();
        options.port = m_sandbox.sshPort();
        options.user = m_sandbox.sshUser();
        options.identityFile = key;
        options.knownHostsFile = knownHosts.isEmpty() ? m_dir.filePath(QStringLiteral("known_hosts")) : knownHosts;
        options.configFile = m_dir.filePath(QStringLiteral("ssh_config"));
        options.timeout = 30s;
        return options;
    }

    static Result<TokenSet> run(SshTokenLogin &login, int timeoutMs = 40000)
    {
        std::optional<Result<TokenSet>> result;
        int finished = 0;
        QObject::connect(&login, &SshTokenLogin::finished, &login, [&](const Result<TokenSet> &r) {
            result = r;
            ++finished;
        });
        login.start();
        Test::SandboxFixture::waitUntil([&] { return result.has_value(); }, timeoutMs);
        QTest::qWait(50);
        if (finished > 1)
            return makeError(Error::Code::Internal, QStringLiteral("finished %1 times").arg(finished));
        return result.value_or(makeError(Error::Code::Internal, QStringLiteral("no result")));
    }

    static QString describe(const Result<TokenSet> &result)
    {
        return result ? QStringLiteral("tokens")
                      : result.error().message + QStringLiteral(" / ") + result.error().detail;
    }

    // A stand-in for ssh: prints `body` for `grant`/`token` as the real service would, or fails.
    QString fakeSsh(const QString &name, const QByteArray &script)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + script);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile config(m_dir.filePath(QStringLiteral("ssh_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_developerKey =
            m_sandbox.newKey(m_dir.path(), QStringLiteral("developer"), QStringLiteral("developer@example.com"));
        QVERIFY2(!m_developerKey.isEmpty(), "ssh-keygen or the key registration failed");
    }

    void grant_registeredKey_givesTokensTheApiAccepts()
    {
        SshTokenLogin login(options(m_developerKey));
        QVERIFY(login.arguments(QStringLiteral("grant")).contains(QStringLiteral("BatchMode=yes")));
        QVERIFY(login.arguments(QStringLiteral("grant")).contains(QStringLiteral("StrictHostKeyChecking=accept-new")));
        const auto tokens = run(login);
        QVERIFY2(tokens, qPrintable(describe(tokens)));
        QVERIFY(tokens->canRefresh()); // grant's JSON carries one
        QVERIFY(tokens->expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(m_sandbox.whoAmI(tokens->accessToken), QStringLiteral("developer@example.com"));
        // accept-new recorded the sandbox's host key.
        QFile knownHosts(m_dir.filePath(QStringLiteral("known_hosts")));
        QVERIFY(knownHosts.open(QIODevice::ReadOnly));
        QVERIFY(knownHosts.readAll().contains(m_sandbox.info()
                                                  .value(QStringLiteral("ssh"))
                                                  .toObject()
                                                  .value(QStringLiteral("hostPublicKey"))
                                                  .toString()
                                                  .section(QLatin1Char(' '), 1, 1)
                                                  .toLatin1()));
    }

    void unknownKey_isRefusedClearly()
    {
        const QString stranger = m_sandbox.newKey(m_dir.path(), QStringLiteral("stranger"));
        QVERIFY(!stranger.isEmpty());
        SshTokenLogin login(options(stranger));
        const auto tokens = run(login);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::Unauthorized);
        QVERIFY2(tokens.error().message.contains(QStringLiteral("refused")) &&
                     tokens.error().message.contains(stranger),
                 qPrintable(describe(tokens)));
        QVERIFY(tokens.error().detail.contains(QStringLiteral("Permission denied")));
    }

    void closedPort_isANetworkError()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        SshTokenOptions closed = options(m_developerKey);
        closed.port = reserve.serverPort();
        reserve.close();
        SshTokenLogin login(closed);
        const auto tokens = run(login);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::NetworkError);
        QVERIFY2(tokens.error().message.contains(QStringLiteral("connection refused")), qPrintable(describe(tokens)));
    }

    void changedHostKey_isRefusedWithAdvice()
    {
        // A known_hosts entry for the sandbox's address with another key: what a reinstalled
        // server, or someone in between, looks like.
        const QString other = m_sandbox.newKey(m_dir.path(), QStringLiteral("otherhost"));
        QFile otherPublic(other + QStringLiteral(".pub"));
        QVERIFY(otherPublic.open(QIODevice::ReadOnly));
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts_changed"));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[%1]:%2 ").arg(m_sandbox.sshHost()).arg(m_sandbox.sshPort()).toLatin1() +
                   otherPublic.readAll().trimmed().split(' ').mid(0, 2).join(' ') + '\n');
        file.close();
        SshTokenLogin login(options(m_developerKey, knownHosts));
        const auto tokens = run(login);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::TlsError);
        QVERIFY2(tokens.error().message.contains(QStringLiteral("ssh-keygen -R")), qPrintable(describe(tokens)));
    }

    void missingSsh_saysInstallIt()
    {
        SshTokenOptions missing = options(m_developerKey);
        missing.sshProgram = m_dir.filePath(QStringLiteral("no-such-ssh"));
        SshTokenLogin login(missing);
        const auto tokens = run(login);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::NotFound);
        QVERIFY2(tokens.error().message.contains(QStringLiteral("OpenSSH")), qPrintable(describe(tokens)));
    }

    void missingKeyFile_isNotFound()
    {
        SshTokenLogin login(options(m_dir.filePath(QStringLiteral("no-such-key"))));
        const auto tokens = run(login);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::NotFound);
        QVERIFY(tokens.error().message.contains(QStringLiteral("no-such-key")));
    }

    void grantUnknown_fallsBackToToken()
    {
        // An older token service that only knows `token`.
        const QString token = Test::fakeJwtExpiringIn(300);
        SshTokenOptions old = options(m_developerKey);
        old.sshProgram = fakeSsh(QStringLiteral("old-ssh"), "for last; do :; done\n"
                                                            "if [ \"$last\" = token ]; then echo '" +
                                                                token.toLatin1() +
                                                                "'; exit 0; fi\n"
                                                                "echo \"unknown command: $last\" >&2; exit 1\n");
        SshTokenLogin login(old);
        const auto tokens = run(login);
        QVERIFY2(tokens, qPrintable(describe(tokens)));
        QCOMPARE(tokens->accessToken, token);
        QVERIFY(!tokens->canRefresh());
    }

    void serviceAnswersNonsense_isParseFailed()
    {
        SshTokenOptions odd = options(m_developerKey);
        odd.sshProgram = fakeSsh(QStringLiteral("odd-ssh"), "echo 'hello there'\n");
        SshTokenLogin login(odd);
        const auto tokens = run(login);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::ParseFailed);
    }

    void hangingSsh_timesOut()
    {
        SshTokenOptions slow = options(m_developerKey);
        slow.sshProgram = fakeSsh(QStringLiteral("slow-ssh"), "exec sleep 60\n");
        slow.timeout = 700ms;
        SshTokenLogin login(slow);
        QElapsedTimer clock;
        clock.start();
        const auto tokens = run(login, 10000);
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::Timeout);
        QVERIFY(clock.elapsed() < 5000);
    }

    void cancel_finishesOnce()
    {
        SshTokenOptions slow = options(m_developerKey);
        slow.sshProgram = fakeSsh(QStringLiteral("slow-ssh2"), "exec sleep 60\n");
        SshTokenLogin login(slow);
        std::optional<Result<TokenSet>> result;
        int finished = 0;
        connect(&login, &SshTokenLogin::finished, this, [&](const Result<TokenSet> &r) {
            result = r;
            ++finished;
        });
        login.start();
        QTest::qWait(200);
        login.cancel();
        login.cancel();
        QTest::qWait(200);
        QCOMPARE(finished, 1);
        QCOMPARE(result->error().code, Error::Code::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_SshTokenLogin)
#include "tst_sshtokenlogin.moc"
