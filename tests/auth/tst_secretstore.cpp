// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "core/auth/memorysecretstore.h"

#include "tests/auth/secretstoretests.h"

using namespace Lagoon;

// The SecretStore contract, shown with the in-memory store the other tests use in place of the
// keychain (tst_keychainsecretstore runs the same calls against a real Secret Service).
class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeReadRemove_roundTrip()
    {
        MemorySecretStore store;
        Test::SecretStoreCalls calls(&store);
        QVERIFY(calls.store(QStringLiteral("a1"), QStringLiteral("tokens"), QByteArray("s3cr\0et", 7)));
        const auto read = calls.read(QStringLiteral("a1"), QStringLiteral("tokens"));
        QVERIFY(read);
        QCOMPARE(*read, QByteArray("s3cr\0et", 7));
        QVERIFY(calls.store(QStringLiteral("a1"), QStringLiteral("tokens"), "second"));
        QCOMPARE(*calls.read(QStringLiteral("a1"), QStringLiteral("tokens")), QByteArray("second"));
        QVERIFY(calls.remove(QStringLiteral("a1"), QStringLiteral("tokens")));
        QCOMPARE(calls.read(QStringLiteral("a1"), QStringLiteral("tokens")).error().code, Error::Code::NotFound);
        QCOMPARE(store.size(), 0);
    }

    void accountsAndKeys_areSeparate()
    {
        MemorySecretStore store;
        Test::SecretStoreCalls calls(&store);
        QVERIFY(calls.store(QStringLiteral("a1"), QStringLiteral("tokens"), "one"));
        QVERIFY(calls.store(QStringLiteral("a2"), QStringLiteral("tokens"), "two"));
        QVERIFY(calls.store(QStringLiteral("a1"), QStringLiteral("other"), "three"));
        QCOMPARE(*calls.read(QStringLiteral("a1"), QStringLiteral("tokens")), QByteArray("one"));
        QCOMPARE(*calls.read(QStringLiteral("a2"), QStringLiteral("tokens")), QByteArray("two"));
        QCOMPARE(*calls.read(QStringLiteral("a1"), QStringLiteral("other")), QByteArray("three"));
        // "a1/tokens" must not be reachable as account "a1/" + key "tokens" or the like.
        QCOMPARE(calls.read(QStringLiteral("a1t"), QStringLiteral("okens")).error().code, Error::Code::NotFound);
    }

    void removeMissing_succeeds()
    {
        MemorySecretStore store;
        Test::SecretStoreCalls calls(&store);
        QVERIFY(calls.remove(QStringLiteral("nobody"), QStringLiteral("tokens")));
    }

    void answers_areNeverSynchronous()
    {
        MemorySecretStore store;
        QObject context;
        bool answered = false;
        store.store(QStringLiteral("a"), QStringLiteral("k"), "v", &context,
                    [&answered](const Result<void> &) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
    }

    void destroyedContext_getsNoAnswer()
    {
        MemorySecretStore store;
        auto *context = new QObject;
        bool answered = false;
        store.read(QStringLiteral("a"), QStringLiteral("k"), context,
                   [&answered](const Result<QByteArray> &) { answered = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
