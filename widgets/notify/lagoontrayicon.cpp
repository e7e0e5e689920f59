// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/notify/lagoontrayicon.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

#include "core/notify/notificationtext.h"

namespace Lagoon {

LagoonTrayIcon::LagoonTrayIcon(QObject *parent)
    : QObject(parent), m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/lagoon-desktop.svg")), this)),
      m_menu(new QMenu), m_show(new QAction(this)), m_doNotDisturb(new QAction(this)),
      m_quit(new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_show->setObjectName(QStringLiteral("trayShow"));
    m_doNotDisturb->setObjectName(QStringLiteral("trayDoNotDisturb"));
    m_doNotDisturb->setCheckable(true);
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    m_icon->setContextMenu(m_menu);
    connect(m_show, &QAction::triggered, this, &LagoonTrayIcon::showRequested);
    connect(m_doNotDisturb, &QAction::toggled, this, &LagoonTrayIcon::doNotDisturbToggled);
    connect(m_quit, &QAction::triggered, this, &LagoonTrayIcon::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    retranslate();
}

LagoonTrayIcon::~LagoonTrayIcon()
{
    // The menu has no parent: a QObject cannot own a QWidget.
    delete m_menu;
}

bool LagoonTrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void LagoonTrayIcon::setRunning(const QList<RunningDeployment> &running)
{
    m_running = running;
    rebuildMenu();
}

void LagoonTrayIcon::setDoNotDisturb(bool on)
{
    m_doNotDisturb->setChecked(on);
}

void LagoonTrayIcon::showMessage(const QString &title, const QString &text)
{
    m_icon->showMessage(title, text, QSystemTrayIcon::Information, 10000);
}

bool LagoonTrayIcon::event(QEvent *event)
{
    // The app sends LanguageChange to every top-level widget; the tray is not one, so the app
    // forwards it (QCoreApplication::sendEvent) when the language changes.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void LagoonTrayIcon::retranslate()
{
    m_show->setText(tr("&Show Lagoon Desktop"));
    m_doNotDisturb->setText(tr("&Do Not Disturb"));
    m_quit->setText(tr("&Quit"));
    rebuildMenu();
}

void LagoonTrayIcon::rebuildMenu()
{
    m_menu->clear();
    m_menu->addSection(m_running.isEmpty() ? tr("No deployments running") : tr("Running deployments"));
    for (const RunningDeployment &running : m_running) {
        const DeploymentRef &d = running.deployment;
        QString label = d.project + QStringLiteral(" · ") + d.environment;
        if (!running.buildStep.isEmpty())
            label += QStringLiteral(" — ") + NotificationTexts::stepTitle(running.buildStep);
        else if (!running.status.isEmpty())
            label += QStringLiteral(" — ") + running.status;
        QAction *action = m_menu->addAction(QIcon::fromTheme(QStringLiteral("run-build")), label);
        action->setToolTip(d.buildName);
        action->setData(d.buildName);
        connect(action, &QAction::triggered, this, [this, d] { Q_EMIT deploymentRequested(d); });
    }
    m_menu->addSeparator();
    m_menu->addAction(m_show);
    m_menu->addAction(m_doNotDisturb);
    m_menu->addSeparator();
    m_menu->addAction(m_quit);
    m_icon->setToolTip(m_running.isEmpty()
                           ? tr("Lagoon Desktop")
                           : tr("Lagoon Desktop — %n deployment(s) running", nullptr, int(m_running.size())));
}

} // namespace Lagoon
