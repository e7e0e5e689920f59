// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QPointer>

#include "widgets/notify/desktopnotifier.h"

class QSystemTrayIcon;

namespace Lagoon {

/**
 * The fallback where no notification service exists: the tray icon's message balloon, which a
 * click turns into activated() for the deployment it told about.
 */
class TrayNotifier final : public DesktopNotifier
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    /** `tray` is the app's tray icon (LagoonTrayIcon::icon()); it may go away before the notifier. */
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    void notify(const DeploymentOutcome &outcome, const NotificationText &text) override;

    /** What the balloon says now (the newest message); empty before the first one. */
    const NotificationText &lastMessage() const { return m_lastText; }

private:
    QPointer<QSystemTrayIcon> m_tray;
    std::optional<DeploymentRef> m_last;
    NotificationText m_lastText;
};

} // namespace Lagoon
