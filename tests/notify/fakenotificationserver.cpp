// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// A notification server for the tests: owns org.freedesktop.Notifications on the session bus,
// records every Notify call and, on the test's request, invokes an action or closes a
// notification as a real server does when the user clicks it. The test reads the record and
// drives it through the control object /test (interface org.lagoon.test.NotificationServer).
// It prints "ready" on stdout once it owns the name.

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QJsonArray recorded;
    uint nextId = 1;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        const uint id = replacesId != 0 ? replacesId : nextId++;
        QJsonObject hintsJson;
        for (auto it = hints.begin(); it != hints.end(); ++it) {
            // urgency is a byte (D-Bus 'y'); JSON gets its number.
            const QVariant value = it.value();
            if (value.typeId() == QMetaType::UChar)
                hintsJson.insert(it.key(), int(value.value<uchar>()));
            else
                hintsJson.insert(it.key(), QJsonValue::fromVariant(value));
        }
        recorded.append(QJsonObject{{QStringLiteral("id"), qint64(id)},
                                    {QStringLiteral("appName"), appName},
                                    {QStringLiteral("appIcon"), appIcon},
                                    {QStringLiteral("summary"), summary},
                                    {QStringLiteral("body"), body},
                                    {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
                                    {QStringLiteral("hints"), hintsJson},
                                    {QStringLiteral("expireTimeout"), expireTimeout}});
        return id;
    }

    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Lagoon Desktop tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fakenotificationserver");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

class Control final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.lagoon.test.NotificationServer")

public:
    explicit Control(NotificationServer *server) : m_server(server) {}

public Q_SLOTS:
    QString Recorded() { return QString::fromUtf8(QJsonDocument(m_server->recorded).toJson(QJsonDocument::Compact)); }
    /** What a click does: the action, then the notification closes (reason 2, dismissed by the user). */
    void Invoke(uint id, const QString &action)
    {
        Q_EMIT m_server->ActionInvoked(id, action);
        Q_EMIT m_server->NotificationClosed(id, 2);
    }

private:
    NotificationServer *m_server;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    QTextStream err(stderr);
    if (!bus.isConnected()) {
        err << "fakenotificationserver: no session bus: " << bus.lastError().message() << Qt::endl;
        return 2;
    }
    NotificationServer server;
    Control control(&server);
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) ||
        !bus.registerObject(QStringLiteral("/test"), &control, QDBusConnection::ExportAllSlots)) {
        err << "fakenotificationserver: cannot register objects" << Qt::endl;
        return 2;
    }
    if (!bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        err << "fakenotificationserver: org.freedesktop.Notifications is taken: " << bus.lastError().message()
            << Qt::endl;
        return 3;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    return app.exec();
}

#include "fakenotificationserver.moc"
