// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/auth/jwt.h"
#include "core/auth/sshtokenerrors.h"
#include "core/auth/sshtokenlogin.h"
#include "core/auth/tokenset.h"

#include "tests/auth/fakejwt.h"

using namespace Lagoon;
using namespace std::chrono_literals;

// Reading tokens without the network: JWT claims, the stored form, pasted and SSH output, and
// what ssh's failures mean.
class tst_TokenSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payload_validToken_readsExpAndIat()
    {
        const QString token = Test::fakeJwt({{QStringLiteral("exp"), 1893456000.0},
                                             {QStringLiteral("iat"), 1893455700.0},
                                             {QStringLiteral("email"), QStringLiteral("a@example.com")}});
        const auto claims = Jwt::payload(token);
        QVERIFY(claims);
        QCOMPARE(Jwt::expiry(*claims), QDateTime::fromSecsSinceEpoch(1893456000).toUTC());
        QCOMPARE(Jwt::issuedAt(*claims), QDateTime::fromSecsSinceEpoch(1893455700).toUTC());
        const auto tokens = TokenSet::fromAccessToken(token, QStringLiteral("refresh"));
        QVERIFY(tokens);
        QCOMPARE(tokens->lifetime(), 300s);
        QVERIFY(tokens->canRefresh());
    }

    void payload_base64urlWithoutPadding_decodes()
    {
        // '?' and '>' in the JSON give '-' and '_' in base64url, and 1 or 2 missing '='.
        for (const QString &name : {QStringLiteral("a?>"), QStringLiteral("ab?>"), QStringLiteral("abc?>")}) {
            const QString token = Test::fakeJwt({{QStringLiteral("exp"), 2000000000}, {QStringLiteral("name"), name}});
            const auto claims = Jwt::payload(token);
            QVERIFY2(claims, qPrintable(token));
            QCOMPARE(claims->value(QStringLiteral("name")).toString(), name);
        }
    }

    void payload_malformed_isParseFailed_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("two parts") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9");
        QTest::newRow("five parts (JWE)") << QStringLiteral("a.b.c.d.e");
        QTest::newRow("not base64url") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.%%%.sig");
        QTest::newRow("not json") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig");
        QTest::newRow("json array") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.WzFd.sig");
        QTest::newRow("non-latin1") << QStringLiteral("a.\u00e9\u4e2d.c");
        QTest::newRow("huge") << (QString(70000, QLatin1Char('a')) + QStringLiteral(".b.c"));
    }

    void payload_malformed_isParseFailed()
    {
        QFETCH(QString, token);
        const auto claims = Jwt::payload(token);
        QVERIFY(!claims);
        QCOMPARE(claims.error().code, Error::Code::ParseFailed);
        QVERIFY(!claims.error().message.isEmpty());
        // The error explains the shape, never repeats the token.
        if (token.size() > 8)
            QVERIFY(!claims.error().detail.contains(token) && !claims.error().message.contains(token));
    }

    void expiry_missingOrOdd_isNullopt()
    {
        QVERIFY(!Jwt::expiry({}).has_value());
        QVERIFY(!Jwt::expiry({{QStringLiteral("exp"), QStringLiteral("1893456000")}}).has_value());
        QVERIFY(!Jwt::expiry({{QStringLiteral("exp"), -5}}).has_value());
        QVERIFY(!Jwt::expiry({{QStringLiteral("exp"), 1e300}}).has_value());
        QCOMPARE(Jwt::expiry({{QStringLiteral("exp"), 1893456000.75}}),
                 QDateTime::fromSecsSinceEpoch(1893456000).toUTC());
    }

    void expiresWithin_usesTheMargin()
    {
        const auto tokens = TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(100));
        QVERIFY(tokens);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!tokens->expiresWithin(60s, now));
        QVERIFY(tokens->expiresWithin(120s, now));
        QVERIFY(tokens->expiresWithin(0s, now.addSecs(101)));
        // A token without exp never counts as expiring: the API's 401 decides.
        TokenSet opaque{QStringLiteral("opaque"), {}, {}, {}};
        QVERIFY(!opaque.expiresWithin(3600s, now));
        QCOMPARE(opaque.lifetime(), 0s);
    }

    void secret_roundTrips()
    {
        auto tokens = TokenSet::fromAccessToken(Test::fakeJwtExpiringIn(300), QStringLiteral("refresh-1"));
        QVERIFY(tokens);
        const auto back = TokenSet::fromSecret(tokens->toSecret());
        QVERIFY(back);
        QCOMPARE(*back, *tokens);
        // An opaque token keeps the expiry it was given.
        const TokenSet opaque{
            QStringLiteral("opaque"), QString(), QDateTime::fromSecsSinceEpoch(1893456000).toUTC(), {}};
        const auto opaqueBack = TokenSet::fromSecret(opaque.toSecret());
        QVERIFY(opaqueBack);
        QCOMPARE(opaqueBack->expiresAt, opaque.expiresAt);
        QCOMPARE(TokenSet::fromSecret("garbage").error().code, Error::Code::ParseFailed);
    }

    void tokenResponse_opaqueTokenUsesExpiresIn()
    {
        const QDateTime received = QDateTime::fromSecsSinceEpoch(1893456000).toUTC();
        const auto tokens = TokenSet::fromTokenResponse({{QStringLiteral("access_token"), QStringLiteral("opaque")},
                                                         {QStringLiteral("refresh_token"), QStringLiteral("r")},
                                                         {QStringLiteral("expires_in"), 300}},
                                                        received);
        QVERIFY(tokens);
        QCOMPARE(tokens->expiresAt, received.addSecs(300));
        QCOMPARE(tokens->refreshToken, QStringLiteral("r"));
        QCOMPARE(TokenSet::fromTokenResponse({{QStringLiteral("error"), QStringLiteral("x")}}, received).error().code,
                 Error::Code::ParseFailed);
    }

    void pasted_trimsAndDropsBearer()
    {
        const QString token = Test::fakeJwtExpiringIn(600);
        const auto tokens = TokenSet::fromPastedToken(QStringLiteral("  Bearer ") + token + QStringLiteral("\n"),
                                                      QDateTime::currentDateTimeUtc());
        QVERIFY(tokens);
        QCOMPARE(tokens->accessToken, token);
        QVERIFY(!tokens->canRefresh());
    }

    void pasted_expired_saysPasteANewOne()
    {
        const auto tokens = TokenSet::fromPastedToken(Test::fakeJwtExpiringIn(-10), QDateTime::currentDateTimeUtc());
        QVERIFY(!tokens);
        QCOMPARE(tokens.error().code, Error::Code::Unauthorized);
        QVERIFY2(tokens.error().message.contains(QStringLiteral("paste a new one or sign in")),
                 qPrintable(tokens.error().message));
        QCOMPARE(TokenSet::fromPastedToken(QStringLiteral("hello"), QDateTime::currentDateTimeUtc()).error().code,
                 Error::Code::ParseFailed);
    }

    void sshOutput_grantJson()
    {
        const QString access = Test::fakeJwtExpiringIn(300);
        const QByteArray grant = QByteArrayLiteral("{\"access_token\":\"") + access.toLatin1() +
                                 QByteArrayLiteral("\",\"token_type\":\"Bearer\",\"refresh_token\":\"rt\",\"expiry\":"
                                                   "\"2030-01-01T00:00:00.123456789+10:00\"}\n");
        const auto tokens = SshTokenLogin::parseOutput(grant, QDateTime::currentDateTimeUtc());
        QVERIFY(tokens);
        QCOMPARE(tokens->accessToken, access);
        QCOMPARE(tokens->refreshToken, QStringLiteral("rt"));
        // exp from the JWT wins over Go's expiry field.
        QCOMPARE(tokens->expiresAt, TokenSet::fromAccessToken(access)->expiresAt);
    }

    void sshOutput_grantWithOpaqueTokenUsesGoExpiry()
    {
        const auto tokens = SshTokenLogin::parseOutput(
            "{\"access_token\":\"opaque\",\"expiry\":\"2030-01-01T00:00:00.123456789+10:00\"}",
            QDateTime::currentDateTimeUtc());
        QVERIFY(tokens);
        QCOMPARE(tokens->expiresAt,
                 QDateTime::fromString(QStringLiteral("2029-12-31T14:00:00.123Z"), Qt::ISODateWithMs));
    }

    void sshOutput_bareTokenAfterBanner()
    {
        const QString access = Test::fakeJwtExpiringIn(300);
        const auto tokens = SshTokenLogin::parseOutput(QByteArrayLiteral("Welcome to Lagoon\n\n") + access.toLatin1() +
                                                           QByteArrayLiteral("\n\n"),
                                                       QDateTime::currentDateTimeUtc());
        QVERIFY(tokens);
        QCOMPARE(tokens->accessToken, access);
        QVERIFY(!tokens->canRefresh());
    }

    void sshOutput_garbage_isParseFailed()
    {
        QCOMPARE(SshTokenLogin::parseOutput("", QDateTime::currentDateTimeUtc()).error().code,
                 Error::Code::ParseFailed);
        QCOMPARE(SshTokenLogin::parseOutput("{broken", QDateTime::currentDateTimeUtc()).error().code,
                 Error::Code::ParseFailed);
        QCOMPARE(
            SshTokenLogin::parseOutput("{\"token_type\":\"Bearer\"}", QDateTime::currentDateTimeUtc()).error().code,
            Error::Code::ParseFailed);
        QCOMPARE(SshTokenLogin::parseOutput("unknown command", QDateTime::currentDateTimeUtc()).error().code,
                 Error::Code::ParseFailed);
    }

    void sshErrors_classified_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stderrText");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("key refused") << 255 << QByteArray("lagoon@ssh.example.com: Permission denied (publickey).\n")
                                     << Error::Code::Unauthorized << QStringLiteral("refused");
        QTest::newRow("host key changed")
            << 255
            << QByteArray("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
                          "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
                          "Host key for [ssh.example.com]:32222 has changed and you have requested strict checking.\n"
                          "Host key verification failed.\n")
            << Error::Code::TlsError << QStringLiteral("ssh-keygen -R \"[ssh.example.com]:32222\"");
        QTest::newRow("refused") << 255
                                 << QByteArray("ssh: connect to host ssh.example.com port 32222: Connection refused\n")
                                 << Error::Code::NetworkError << QStringLiteral("connection refused");
        QTest::newRow("dns") << 255
                             << QByteArray(
                                    "ssh: Could not resolve hostname ssh.example.com: Name or service not known\n")
                             << Error::Code::NetworkError << QStringLiteral("cannot be found");
        QTest::newRow("timeout") << 255
                                 << QByteArray(
                                        "ssh: connect to host ssh.example.com port 32222: Connection timed out\n")
                                 << Error::Code::NetworkError << QStringLiteral("firewall");
        QTest::newRow("hung up") << 255 << QByteArray("kex_exchange_identification: Connection closed by remote host\n")
                                 << Error::Code::ConnectionLost << QStringLiteral("closed the connection");
        QTest::newRow("service said no") << 1 << QByteArray("invalid user: this SSH key is not registered\n")
                                         << Error::Code::ApiError << QStringLiteral("invalid user");
    }

    void sshErrors_classified()
    {
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stderrText);
        QFETCH(Error::Code, code);
        QFETCH(QString, mentions);
        SshTokenOptions options;
        options.host = QStringLiteral("ssh.example.com");
        options.port = 32222;
        const Error error = SshTokenErrors::fromExit(exitCode, stderrText, options);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(mentions, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(!error.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TokenSet)
#include "tst_tokenset.moc"
