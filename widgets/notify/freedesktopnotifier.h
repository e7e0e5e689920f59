// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDBusConnection>
#include <QHash>

#include "widgets/notify/desktopnotifier.h"

namespace Lagoon {

/**
 * Desktop notifications over D-Bus (org.freedesktop.Notifications, the Desktop Notifications
 * Specification): one Notify per outcome with the action "default" (labelled Open rollout),
 * the hints desktop-entry and urgency (critical for failures), and ActionInvoked turned into
 * activated(). The call is asynchronous; when no service answers it, failed() hands the outcome to
 * the fallback.
 */
class FreedesktopNotifier final : public DesktopNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifier)

public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";
    static constexpr const char *Interface = "org.freedesktop.Notifications";

    explicit FreedesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    /** The icon name or file URL the server shows ("lagoon-desktop" by default). */
    void setAppIcon(const QString &icon) { m_appIcon = icon; }
    /** The desktop file's name without ".desktop" (the app id). */
    void setDesktopEntry(const QString &entry) { m_desktopEntry = entry; }

    void notify(const DeploymentOutcome &outcome, const NotificationText &text) override;

    /** Notifications the server shows now (not closed yet), by server id. */
    int shownCount() const { return int(m_shown.size()); }

Q_SIGNALS:
    /** The server took the notification: its id. */
    void shown(uint id);

private Q_SLOTS:
    // Old-style slots: QDBusConnection::connect() takes no functors in Qt 6.4.
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QString m_appIcon;
    QString m_desktopEntry;
    QHash<uint, DeploymentRef> m_shown;
};

} // namespace Lagoon
