// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/notify/deploymentnotifications.h"

#include <QSystemTrayIcon>

#include "core/notify/deploymentmonitor.h"
#include "core/notify/notificationpolicy.h"
#include "core/notify/notificationsettings.h"
#include "core/notify/notificationtext.h"
#include "core/remote/lagoonsession.h"
#include "core/settings/settings.h"

#include "widgets/lagoon/lagoonbrowser.h"
#include "core/remote/lagoonenvironmentref.h"
#include "widgets/notify/desktopnotifier.h"
#include "widgets/notify/lagoontrayicon.h"
#include "widgets/notify/traynotifier.h"

namespace Lagoon {

DeploymentNotifications::DeploymentNotifications(Settings *settings, const QString &stateFile, DesktopNotifier *desktop,
                                                 bool withTray, QObject *parent)
    : QObject(parent), m_settings(settings), m_monitor(new DeploymentMonitor(this)),
      m_policy(new NotificationPolicy(settings, stateFile, this)), m_desktop(desktop)
{
    if (withTray) {
        m_tray = new LagoonTrayIcon(this);
        m_trayNotifier = new TrayNotifier(m_tray->icon(), this);
        m_tray->setDoNotDisturb(m_policy->doNotDisturb());
        m_tray->setRunning({});
        if (LagoonTrayIcon::isAvailable())
            m_tray->icon()->show();
        connect(m_tray, &LagoonTrayIcon::deploymentRequested, this, &DeploymentNotifications::deploymentRequested);
        connect(m_tray, &LagoonTrayIcon::showRequested, this, &DeploymentNotifications::showRequested);
        connect(m_tray, &LagoonTrayIcon::quitRequested, this, &DeploymentNotifications::quitRequested);
        connect(m_tray, &LagoonTrayIcon::doNotDisturbToggled, m_policy, &NotificationPolicy::setDoNotDisturb);
        connect(m_policy, &NotificationPolicy::doNotDisturbChanged, m_tray, &LagoonTrayIcon::setDoNotDisturb);
        connect(m_monitor, &DeploymentMonitor::runningChanged, m_tray,
                [this] { m_tray->setRunning(m_monitor->running()); });
        connect(m_trayNotifier, &DesktopNotifier::activated, this, &DeploymentNotifications::deploymentRequested);
    }
    if (m_desktop) {
        m_desktop->setParent(this);
        connect(m_desktop, &DesktopNotifier::activated, this, &DeploymentNotifications::deploymentRequested);
        // No notification service (or it failed): the tray's balloon says it instead.
        connect(m_desktop, &DesktopNotifier::failed, this,
                [this](const DeploymentOutcome &outcome, const NotificationText &text) {
                    if (m_trayNotifier)
                        m_trayNotifier->notify(outcome, text);
                });
    }
    connect(m_monitor, &DeploymentMonitor::outcome, this, &DeploymentNotifications::onOutcome);
}

DeploymentNotifications::~DeploymentNotifications() = default;

void DeploymentNotifications::onOutcome(const DeploymentOutcome &outcome)
{
    if (m_policy->decide(outcome) != NotificationPolicy::Decision::Notify)
        return;
    const NotificationText text = NotificationText::forOutcome(outcome);
    if (m_desktop)
        m_desktop->notify(outcome, text);
    else if (m_trayNotifier)
        m_trayNotifier->notify(outcome, text);
}

void DeploymentNotifications::followBrowser(LagoonBrowser *browser)
{
    m_browser = browser;
    connect(browser, &LagoonBrowser::environmentShown, this, &DeploymentNotifications::onBrowsed);
}

void DeploymentNotifications::onBrowsed(const LagoonEnvironmentRef &environment)
{
    LagoonSession *session = m_browser ? m_browser->session() : nullptr;
    setSession(session);
    if (!session || !environment.isValid()) {
        m_monitor->stopBrowsing();
        return;
    }
    m_monitor->browse({session->accountId(), environment.project, environment.name, environment.id}, session->api(),
                      session->subscriptions());
}

void DeploymentNotifications::setSession(LagoonSession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    const QString account = session ? session->accountId() : QString();
    if (!m_sessionAccount.isEmpty() && !account.isEmpty() && account != m_sessionAccount)
        m_monitor->unwatchAccount(m_sessionAccount);
    else if (!m_sessionAccount.isEmpty() && !session)
        m_monitor->detachAccount(m_sessionAccount);
    m_session = session;
    if (!session)
        return; // m_sessionAccount stays: the same account's next session takes its watches over
    m_sessionAccount = account;
    m_monitor->rebindAccount(account, session->api(), session->subscriptions());
    // The session's clients go with it: the watchers must stop using them first.
    connect(session, &QObject::destroyed, this, [this, account] { m_monitor->detachAccount(account); });
}

void DeploymentNotifications::expect(LagoonSession *session, const LagoonEnvironmentRef &environment,
                                     const QString &buildName)
{
    if (!session || !environment.isValid())
        return;
    setSession(session);
    m_monitor->expect({session->accountId(), environment.project, environment.name, environment.id}, buildName,
                      session->api(), session->subscriptions());
}

bool DeploymentNotifications::keepsWatchingWhenClosed() const
{
    return m_tray && m_tray->icon()->isVisible() && m_settings->value(SettingKeys::KeepWatchingWhenClosed) &&
           !m_monitor->running().isEmpty();
}

void DeploymentNotifications::noteHiddenToTray()
{
    if (!m_tray || m_settings->value(SettingKeys::TrayHintShown))
        return;
    m_settings->setValue(SettingKeys::TrayHintShown, true);
    m_tray->showMessage(tr("Lagoon Desktop keeps watching"),
                        tr("Your deployments are still followed; you will be notified when they end. "
                           "Click the tray icon to show the window, or choose Quit in its menu."));
}

} // namespace Lagoon
