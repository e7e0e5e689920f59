// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include "core/notify/deploymentoutcome.h"

namespace Lagoon {

class DeploymentMonitor;
class DesktopNotifier;
class LagoonBrowser;
class LagoonSession;
class LagoonTrayIcon;
class NotificationPolicy;
class Settings;
class TrayNotifier;
struct LagoonEnvironmentRef;

/**
 * Desktop notifications put together: the monitor's outcomes go through the policy to the
 * desktop notifier (freedesktop notifications), or to the tray's message when that fails; the
 * tray icon lists the running deployments. Clicking a notification or a tray entry asks for the
 * deployment (deploymentRequested()); what to show is the window's business.
 */
class DeploymentNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentNotifications)

public:
    /**
     * `desktop` (owned; nullptr: the tray only) delivers first. `withTray` creates the tray icon
     * (shown where the desktop has a tray). `stateFile` as NotificationPolicy takes it.
     */
    DeploymentNotifications(Settings *settings, const QString &stateFile, DesktopNotifier *desktop, bool withTray,
                            QObject *parent = nullptr);
    ~DeploymentNotifications() override;

    DeploymentMonitor *monitor() const { return m_monitor; }
    NotificationPolicy *policy() const { return m_policy; }
    DesktopNotifier *desktopNotifier() const { return m_desktop; }
    TrayNotifier *trayNotifier() const { return m_trayNotifier; }
    /** nullptr when made without a tray. */
    LagoonTrayIcon *tray() const { return m_tray; }

    /** Follows the environment open in `browser` (and its account's session going away). */
    void followBrowser(LagoonBrowser *browser);
    /**
     * The account's current session (nullptr: none). The watches follow a new session of the same
     * account (a renewal or a new sign-in replaces the session object), so builds started before
     * are still notified; another account's session ends the watches of the one before.
     */
    void setSession(Lagoon::LagoonSession *session);
    /** The user started `buildName` in the environment open in the browser, or in `environment` of `session`. */
    void expect(LagoonSession *session, const LagoonEnvironmentRef &environment, const QString &buildName);

    /** Closing the window should hide it: the setting is on, a tray shows, and deployments are running. */
    bool keepsWatchingWhenClosed() const;
    /** The window was hidden to the tray: says so, the first time ever. */
    void noteHiddenToTray();

Q_SIGNALS:
    void deploymentRequested(const Lagoon::DeploymentRef &deployment);
    void showRequested();
    void quitRequested();

private:
    void onOutcome(const DeploymentOutcome &outcome);
    void onBrowsed(const LagoonEnvironmentRef &environment);

    Settings *m_settings;
    DeploymentMonitor *m_monitor;
    NotificationPolicy *m_policy;
    DesktopNotifier *m_desktop;
    LagoonTrayIcon *m_tray = nullptr;
    TrayNotifier *m_trayNotifier = nullptr;
    QPointer<LagoonBrowser> m_browser;
    QPointer<LagoonSession> m_session;
    QString m_sessionAccount;
};

} // namespace Lagoon
