// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>

#include "core/notify/deploymentmonitor.h"

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Lagoon {

/**
 * The tray icon: the app's icon, a tooltip that counts running deployments, and a menu with the
 * running deployments (each opens its rollout), Show Lagoon Desktop, Do not disturb and Quit.
 * A click on the icon shows the window.
 */
class LagoonTrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonTrayIcon)

public:
    explicit LagoonTrayIcon(QObject *parent = nullptr);
    ~LagoonTrayIcon() override;

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    QAction *doNotDisturbAction() const { return m_doNotDisturb; }
    /** Whether the desktop has a tray to show the icon in. */
    static bool isAvailable();

    void setRunning(const QList<RunningDeployment> &running);
    void setDoNotDisturb(bool on);
    /** A one-off message from the app itself (not a deployment's). */
    void showMessage(const QString &title, const QString &text);

    bool event(QEvent *event) override;

Q_SIGNALS:
    void deploymentRequested(const Lagoon::DeploymentRef &deployment);
    void showRequested();
    void doNotDisturbToggled(bool on);
    void quitRequested();

private:
    void rebuildMenu();
    void retranslate();

    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_show;
    QAction *m_doNotDisturb;
    QAction *m_quit;
    QList<RunningDeployment> m_running;
};

} // namespace Lagoon
