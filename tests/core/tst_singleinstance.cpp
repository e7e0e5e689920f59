// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include <QFile>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/util/singleinstance.h"

using namespace Lagoon;
using namespace Qt::StringLiterals;

namespace {

/** A primary in its own thread, so this thread can play the second instance with blocking calls. */
class PrimaryThread
{
public:
    explicit PrimaryThread(const QString &socketPath)
    {
        m_thread.start();
        m_instance = new SingleInstance(socketPath);
        m_instance->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_instance, [this] { m_role = m_instance->claim({}); }, Qt::BlockingQueuedConnection);
    }
    ~PrimaryThread()
    {
        QMetaObject::invokeMethod(m_instance, [this] { delete m_instance; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    SingleInstance *instance() const { return m_instance; }
    SingleInstance::Role role() const { return m_role; }

private:
    QThread m_thread;
    SingleInstance *m_instance = nullptr;
    SingleInstance::Role m_role = SingleInstance::Role::Failed;
};

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_socket = m_dir->filePath(u"app.socket"_s);
    }

    void theFirstInstanceBecomesPrimary()
    {
        SingleInstance instance(m_socket);
        QCOMPARE(instance.claim({{u"folder"_s, u"/x"_s}}), SingleInstance::Role::Primary);
        QVERIFY(QFile::exists(m_socket));
    }

    void aSecondInstanceHandsItsFolderToThePrimary()
    {
        PrimaryThread primary(m_socket);
        QCOMPARE(primary.role(), SingleInstance::Role::Primary);
        QSignalSpy received(primary.instance(), &SingleInstance::requestReceived);

        SingleInstance second(m_socket);
        QCOMPARE(second.claim({{u"folder"_s, u"/home/dev/site"_s}}), SingleInstance::Role::Forwarded);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toJsonObject().value(u"folder"_s).toString(), u"/home/dev/site"_s);

        // And again: the primary keeps serving later launches.
        SingleInstance third(m_socket);
        QCOMPARE(third.claim({{u"folder"_s, QString()}}), SingleInstance::Role::Forwarded);
        QTRY_COMPARE(received.count(), 2);
    }

    void aSocketLeftByACrashedPrimaryIsTakenOver()
    {
        // What a killed primary leaves: the socket file, with nobody listening.
        {
            QLocalServer crashed;
            QVERIFY(crashed.listen(m_socket));
        }
        QFile leftover(m_socket);
        if (!leftover.exists()) { // QLocalServer removed it on close; recreate a dead socket file.
            QVERIFY(leftover.open(QIODevice::WriteOnly));
            leftover.close();
        }
        SingleInstance instance(m_socket);
        QCOMPARE(instance.claim({}), SingleInstance::Role::Primary);
    }

    void whenThePrimaryQuitsTheNextLaunchBecomesPrimary()
    {
        {
            PrimaryThread primary(m_socket);
            QCOMPARE(primary.role(), SingleInstance::Role::Primary);
        }
        SingleInstance next(m_socket);
        QCOMPARE(next.claim({}), SingleInstance::Role::Primary);
    }

    void garbageOnTheSocketIsIgnored()
    {
        PrimaryThread primary(m_socket);
        QSignalSpy received(primary.instance(), &SingleInstance::requestReceived);
        QLocalSocket socket;
        socket.connectToServer(m_socket);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("not json\n");
        QVERIFY(socket.waitForBytesWritten(3000));
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(received.count(), 0);

        SingleInstance second(m_socket);
        QCOMPARE(second.claim({{u"folder"_s, u"/ok"_s}}), SingleInstance::Role::Forwarded);
        QTRY_COMPARE(received.count(), 1);
    }

    void theDefaultSocketIsPrivateToTheUser()
    {
        const QByteArray old = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
        QCOMPARE(SingleInstance::defaultSocketPath(u"sh.lagoon.Desktop"_s), m_dir->filePath(u"sh.lagoon.Desktop.socket"_s));
        qputenv("XDG_RUNTIME_DIR", old);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_socket;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
