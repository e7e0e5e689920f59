// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <memory>

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
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
        // Queued into this thread: the primary's thread never touches the list.
        QObject::connect(m_instance, &SingleInstance::requestReceived, &m_recorder,
                         [this](const QJsonObject &request) { m_received.append(request); }, Qt::QueuedConnection);
    }
    ~PrimaryThread()
    {
        QMetaObject::invokeMethod(m_instance, [this] { delete m_instance; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    SingleInstance *instance() const { return m_instance; }
    /** The requests the primary received, recorded in the test's thread. */
    QList<QJsonObject> *received() { return &m_received; }
    SingleInstance::Role role() const { return m_role; }

private:
    QThread m_thread;
    QObject m_recorder;
    QList<QJsonObject> m_received;
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
        const QList<QJsonObject> &received = *primary.received();

        SingleInstance second(m_socket);
        QCOMPARE(second.claim({{u"folder"_s, u"/home/dev/site"_s}}), SingleInstance::Role::Forwarded);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).value(u"folder"_s).toString(), u"/home/dev/site"_s);

        // And again: the primary keeps serving later launches.
        SingleInstance third(m_socket);
        QCOMPARE(third.claim({{u"folder"_s, QString()}}), SingleInstance::Role::Forwarded);
        QTRY_COMPARE(received.size(), 2);
    }

    void aSocketLeftByACrashedPrimaryIsTakenOver()
    {
        // What a killed primary leaves: a bound AF_UNIX socket file with nobody listening on it.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(m_socket);
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        ::close(fd);
        QVERIFY(QFileInfo(m_socket).exists());

        SingleInstance instance(m_socket);
        QCOMPARE(instance.claim({}), SingleInstance::Role::Primary);
        // The socket is the new primary's now, and only its user may connect.
        QLocalSocket probe;
        probe.connectToServer(m_socket);
        QVERIFY(probe.waitForConnected(3000));
        QCOMPARE(QFileInfo(m_socket).permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup
                                                      | QFile::WriteGroup),
                 QFile::Permissions());
    }

    void aPrimaryThatIsBusyKeepsItsSocket()
    {
        QLocalServer busy; // accepts connections but never answers, like a primary still starting
        QVERIFY(busy.listen(m_socket));
        SingleInstance second(m_socket);
        QCOMPARE(second.claim({{u"folder"_s, u"/x"_s}}, 500), SingleInstance::Role::Failed);
        QVERIFY(!second.errorString().isEmpty());
        // Its socket was not taken: a later launch still reaches it.
        QLocalSocket probe;
        probe.connectToServer(m_socket);
        QVERIFY(probe.waitForConnected(3000));
    }

    void aLaunchThatGaveUpIsNotOpenedLaterToo()
    {
        PrimaryThread primary(m_socket);
        const QList<QJsonObject> &received = *primary.received();
        // The primary is busy (its thread blocked) for longer than the launch waits.
        QMetaObject::invokeMethod(primary.instance(), [] { QThread::msleep(1500); }, Qt::QueuedConnection);
        SingleInstance late(m_socket);
        QCOMPARE(late.claim({{u"folder"_s, u"/late"_s}}, 300), SingleInstance::Role::Failed);
        // Once free, the primary finds the request expired: the launch has a window of its own.
        SingleInstance next(m_socket);
        QCOMPARE(next.claim({{u"folder"_s, u"/next"_s}}), SingleInstance::Role::Forwarded);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.at(0).value(u"folder"_s).toString(), u"/next"_s);
        QVERIFY(!received.at(0).contains(u"x-deadline"_s));
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
        const QList<QJsonObject> &received = *primary.received();
        QLocalSocket socket;
        socket.connectToServer(m_socket);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("not json\n");
        QVERIFY(socket.waitForBytesWritten(3000));
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(received.size(), 0);

        SingleInstance second(m_socket);
        QCOMPARE(second.claim({{u"folder"_s, u"/ok"_s}}), SingleInstance::Role::Forwarded);
        QTRY_COMPARE(received.size(), 1);
    }

    void theDefaultSocketIsPrivateToTheUser()
    {
        const QByteArray old = qgetenv("XDG_RUNTIME_DIR");
        const auto restore = qScopeGuard([&old] { qputenv("XDG_RUNTIME_DIR", old); });
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
        QCOMPARE(SingleInstance::defaultSocketPath(u"sh.lagoon.Desktop"_s), m_dir->filePath(u"sh.lagoon.Desktop.socket"_s));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_socket;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
