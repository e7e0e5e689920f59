// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QUuid>

#include "core/auth/keychainsecretstore.h"

#include "tests/auth/secretstoretests.h"

using namespace Lagoon;

// KeychainSecretStore against a real Secret Service. tests/services/session.sh provides one: a
// private D-Bus session with gnome-keyring-daemon unlocked in a throwaway HOME. Without one this
// test fails and says so: a skipped keychain test would hide that secrets cannot be stored.
class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    // A service name of this run only, so nothing of the user's own keychain is touched.
    const QString m_service = QStringLiteral("sh.lagoon.Desktop.test-") + QUuid::createUuid().toString(QUuid::Id128);

private Q_SLOTS:
    void initTestCase()
    {
        const QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(),
                 "No D-Bus session bus: run the tests through tests/services/session.sh (installer/setup.sh test "
                 "does), which starts a private session with gnome-keyring-daemon");
        const QString secrets = QStringLiteral("org.freedesktop.secrets");
        const bool running = bus.interface()->isServiceRegistered(secrets).value();
        const bool activatable = bus.interface()->activatableServiceNames().value().contains(secrets);
        QVERIFY2(running || activatable,
                 "No Secret Service (org.freedesktop.secrets) answers on the session bus: start gnome-keyring-daemon "
                 "--unlock --components=secrets (tests/services/session.sh does; Debian package gnome-keyring)");
        // An activatable but locked keyring answers the bus and still refuses every secret.
        KeychainSecretStore store(m_service);
        Test::SecretStoreCalls calls(&store);
        const auto probe = calls.store(QStringLiteral("probe"), QStringLiteral("probe"), "probe");
        QVERIFY2(probe, qPrintable(QStringLiteral("The Secret Service refused a test secret (%1: %2). It must be "
                                                  "unlocked without a prompt, as tests/services/session.sh does.")
                                       .arg(probe ? QString() : probe.error().message,
                                            probe ? QString() : probe.error().detail)));
        QVERIFY(calls.remove(QStringLiteral("probe"), QStringLiteral("probe")));
    }

    void storeReadRemove_roundTrip()
    {
        KeychainSecretStore store(m_service);
        Test::SecretStoreCalls calls(&store);
        const QByteArray secret("token-\0-with-binary-\xff", 21);
        const auto stored = calls.store(QStringLiteral("account-1"), QStringLiteral("tokens"), secret);
        QVERIFY2(stored, qPrintable(stored ? QString()
                                           : stored.error().message + QStringLiteral(" / ") + stored.error().detail));
        const auto read = calls.read(QStringLiteral("account-1"), QStringLiteral("tokens"));
        QVERIFY2(read,
                 qPrintable(read ? QString() : read.error().message + QStringLiteral(" / ") + read.error().detail));
        QCOMPARE(*read, secret);

        QVERIFY(calls.store(QStringLiteral("account-1"), QStringLiteral("tokens"), "replaced"));
        QCOMPARE(*calls.read(QStringLiteral("account-1"), QStringLiteral("tokens")), QByteArray("replaced"));

        QVERIFY(calls.remove(QStringLiteral("account-1"), QStringLiteral("tokens")));
        const auto gone = calls.read(QStringLiteral("account-1"), QStringLiteral("tokens"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, Error::Code::NotFound);
    }

    void accounts_areSeparate()
    {
        KeychainSecretStore store(m_service);
        Test::SecretStoreCalls calls(&store);
        QVERIFY(calls.store(QStringLiteral("account-a"), QStringLiteral("tokens"), "a"));
        QVERIFY(calls.store(QStringLiteral("account-b"), QStringLiteral("tokens"), "b"));
        QCOMPARE(*calls.read(QStringLiteral("account-a"), QStringLiteral("tokens")), QByteArray("a"));
        QCOMPARE(*calls.read(QStringLiteral("account-b"), QStringLiteral("tokens")), QByteArray("b"));
        QVERIFY(calls.remove(QStringLiteral("account-a"), QStringLiteral("tokens")));
        QCOMPARE(*calls.read(QStringLiteral("account-b"), QStringLiteral("tokens")), QByteArray("b"));
        QVERIFY(calls.remove(QStringLiteral("account-b"), QStringLiteral("tokens")));
    }

    void removeMissing_succeeds()
    {
        KeychainSecretStore store(m_service);
        Test::SecretStoreCalls calls(&store);
        const auto removed = calls.remove(QStringLiteral("never-stored"), QStringLiteral("tokens"));
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().detail));
    }

    void secret_neverLandsInAPlainFile()
    {
        // QtKeychain's plain-text fallback writes to the application's default QSettings file.
        KeychainSecretStore store(m_service);
        Test::SecretStoreCalls calls(&store);
        const QByteArray marker = "plain-text-marker-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        QVERIFY(calls.store(QStringLiteral("account-p"), QStringLiteral("tokens"), marker));
        QFile fallback(QSettings().fileName());
        if (fallback.open(QIODevice::ReadOnly))
            QVERIFY2(!fallback.readAll().contains(marker), qPrintable(fallback.fileName()));
        QVERIFY(calls.remove(QStringLiteral("account-p"), QStringLiteral("tokens")));
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
