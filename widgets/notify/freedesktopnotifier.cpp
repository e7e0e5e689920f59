// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/notify/freedesktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcDesktopNotify, "lagoon.notify.dbus")

namespace Lagoon {

namespace {
// Urgency levels of the specification.
constexpr uchar NormalUrgency = 1;
constexpr uchar CriticalUrgency = 2;
// A server that does not answer within this is treated as absent.
constexpr int CallTimeoutMs = 5000;
} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : DesktopNotifier(parent), m_bus(bus), m_appIcon(QStringLiteral("lagoon-desktop"))
{
    m_bus.connect(QLatin1String(Service), QLatin1String(Path), QLatin1String(Interface),
                  QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QLatin1String(Service), QLatin1String(Path), QLatin1String(Interface),
                  QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

void FreedesktopNotifier::notify(const DeploymentOutcome &outcome, const NotificationText &text)
{
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(outcome.isFailure() ? CriticalUrgency : NormalUrgency));
    if (!m_desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), m_desktopEntry);
    hints.insert(QStringLiteral("category"),
                 outcome.isFailure() ? QStringLiteral("transfer.error") : QStringLiteral("transfer.complete"));

    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(Service), QLatin1String(Path),
                                                       QLatin1String(Interface), QStringLiteral("Notify"));
    // "default" is what a click on the notification invokes; servers that list actions show its label.
    const QStringList actions = {QStringLiteral("default"), tr("Open rollout")};
    call << QStringLiteral("Lagoon Desktop") << uint(0) << m_appIcon << text.summary << text.body << actions << hints
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, outcome, text](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcDesktopNotify)
                        << "no notification service:" << reply.error().name() << reply.error().message();
                    Q_EMIT failed(outcome, text);
                    return;
                }
                m_shown.insert(reply.value(), outcome.deployment);
                Q_EMIT shown(reply.value());
            });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // The server broadcasts every application's actions: only ours are in m_shown.
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend())
        return;
    if (action == QLatin1String("default"))
        Q_EMIT activated(*it);
}

void FreedesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_shown.remove(id);
}

} // namespace Lagoon
