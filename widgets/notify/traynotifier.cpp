// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/notify/traynotifier.h"

#include <QSystemTrayIcon>

namespace Lagoon {

namespace {
constexpr int MessageMs = 10000;
} // namespace

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent) : DesktopNotifier(parent), m_tray(tray)
{
    if (tray) {
        // The balloon shows one message at a time, so a click is about the newest one.
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_last)
                Q_EMIT activated(*m_last);
        });
    }
}

void TrayNotifier::notify(const DeploymentOutcome &outcome, const NotificationText &text)
{
    if (!m_tray || !m_tray->isVisible() || !QSystemTrayIcon::isSystemTrayAvailable()) {
        Q_EMIT failed(outcome, text);
        return;
    }
    m_last = outcome.deployment;
    m_lastText = text;
    m_tray->showMessage(text.summary, text.body,
                        outcome.isFailure() ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, MessageMs);
}

} // namespace Lagoon
