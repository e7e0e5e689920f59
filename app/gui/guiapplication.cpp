// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/gui/guiapplication.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>

#include "app/gui/startupprobe.h"
#include "core/accounts/accountstore.h"
#include "core/auth/keychainsecretstore.h"
#include "core/i18n/translationloader.h"
#include "core/notify/deploymentmonitor.h"
#include "core/notify/notificationpolicy.h"
#include "core/project/project.h"
#include "core/settings/settings.h"
#include "core/util/singleinstance.h"
#include "widgets/accounts/lagoonconnection.h"
#include "widgets/common/appearance.h"
#include "widgets/deploy/deploycontroller.h"
#include "widgets/lagoon/lagoonbrowser.h"
#include "widgets/mainwindow.h"
#include "widgets/notify/deploymentnotifications.h"
#include "widgets/notify/freedesktopnotifier.h"
#include "widgets/notify/lagoontrayicon.h"

namespace Lagoon {

GuiApplication::GuiApplication(QApplication *app, QElapsedTimer sinceMain)
    : QObject(app)
    , m_app(app)
    , m_settings(new Settings(new QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("lagoon-desktop"),
                                            QStringLiteral("lagoon-desktop")),
                              this))
    , m_translations(new TranslationLoader(app))
    , m_network(new QNetworkAccessManager(this))
    , m_secrets(new KeychainSecretStore(QStringLiteral(LAGOON_APP_ID), this))
    , m_accounts(new AccountStore(m_settings, m_secrets, this))
    , m_connection(new LagoonConnection(m_accounts, m_network, this))
    , m_sinceMain(sinceMain)
{
    Appearance::setupIcons();
    Appearance::captureSystemPalette(app);
    m_translations->install(m_settings->value(SettingKeys::Language));
    Appearance::applyColorScheme(app, m_settings->value(SettingKeys::ColorScheme));
    connect(m_settings, &Settings::changed, this, &GuiApplication::applySetting);
}

GuiApplication::~GuiApplication()
{
    // The window's Lagoon views let go of the connection's session before it goes.
    m_window.reset();
}

int GuiApplication::start()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Edit, validate, run and deploy Lagoon projects."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("folder"), tr("Project folder (or its .lagoon.yml) to open."),
                                 QStringLiteral("[folder]"));
    QCommandLineOption newInstance(QStringLiteral("new-instance"),
                                   tr("Start a separate window instead of handing the folder to the running one."));
    parser.addOption(newInstance);
    // For the start-up benchmark and the package smoke test; they always start their own instance.
    QCommandLineOption reportFirstFrame(QStringLiteral("report-first-frame"),
                                        QStringLiteral("Print JSON lines when the window has painted and the project has loaded."));
    reportFirstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption exitAfterFirstFrame(QStringLiteral("exit-after-first-frame"),
                                           QStringLiteral("Like --report-first-frame, then quit."));
    exitAfterFirstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({reportFirstFrame, exitAfterFirstFrame});
    parser.process(*m_app);

    const QStringList positional = parser.positionalArguments();
    const QString folder = positional.isEmpty() ? QString() : QFileInfo(positional.constFirst()).absoluteFilePath();
    const bool probe = parser.isSet(reportFirstFrame) || parser.isSet(exitAfterFirstFrame);
    if (!probe && !parser.isSet(newInstance)) {
        m_instance = new SingleInstance(SingleInstance::defaultSocketPath(QStringLiteral(LAGOON_APP_ID)), this);
        // The launcher's activation token lets the running window come forward under Wayland's
        // focus-stealing prevention.
        const QJsonObject request{{QStringLiteral("folder"), folder},
                                  {QStringLiteral("activationToken"), qEnvironmentVariable("XDG_ACTIVATION_TOKEN")}};
        switch (m_instance->claim(request)) {
        case SingleInstance::Role::Forwarded:
            std::fputs(qPrintable((folder.isEmpty()
                                       ? tr("Lagoon Desktop is already running; its window was asked to come forward.")
                                       : tr("Lagoon Desktop is already running; it was asked to open %1.").arg(folder))
                                  + u'\n'),
                       stderr);
            return 0;
        case SingleInstance::Role::Failed:
            std::fputs(qPrintable(m_instance->errorString() + u'\n'), stderr);
            break;
        case SingleInstance::Role::Primary:
            connect(m_instance, &SingleInstance::requestReceived, this, &GuiApplication::onInstanceRequest);
            break;
        }
    }

    m_window = std::make_unique<MainWindow>(m_settings);
    m_window->setLagoonConnection(m_connection);
    startNotifications();
    if (probe) {
        auto *startup = new StartupProbe(m_window.get(), m_sinceMain, !folder.isEmpty(), this);
        if (parser.isSet(exitAfterFirstFrame))
            connect(startup, &StartupProbe::finished, m_app, &QCoreApplication::quit, Qt::QueuedConnection);
    }
    m_window->show();
    m_connection->start();

    if (!folder.isEmpty()) {
        m_window->openProject(folder);
    } else if (m_settings->value(SettingKeys::ReopenLastProject)) {
        const QStringList recent = m_settings->value(SettingKeys::RecentProjects);
        if (!recent.isEmpty() && QFileInfo(recent.constFirst()).isDir())
            m_window->openProject(recent.constFirst());
    }
    return -1;
}

void GuiApplication::startNotifications()
{
    auto *desktop = new FreedesktopNotifier();
    desktop->setDesktopEntry(QStringLiteral(LAGOON_APP_ID));
    desktop->setAppIcon(QStringLiteral(LAGOON_APP_ID));
    m_notifications = new DeploymentNotifications(m_settings, NotificationPolicy::defaultStateFile(), desktop, true, this);
    m_notifications->followBrowser(m_window->lagoonBrowser());
    connect(m_connection, &LagoonConnection::sessionChanged, m_notifications, &DeploymentNotifications::setSession);
    MainWindow *window = m_window.get();
    m_notifications->policy()->setLookingAt([window](const DeploymentRef &d) { return window->isShowingDeployment(d); });
    window->setHideOnClose([this] { return m_notifications->keepsWatchingWhenClosed(); });
    connect(window, &MainWindow::hiddenToTray, m_notifications, &DeploymentNotifications::noteHiddenToTray);
    connect(m_notifications, &DeploymentNotifications::deploymentRequested, window, [window](const DeploymentRef &d) {
        window->showDeployment(d.accountId, d.project, d.environment, d.buildName);
    });
    // A build the user started is watched to its end, wherever the browser goes meanwhile.
    connect(window->deployController(), &DeployController::userDeployed, m_notifications,
            &DeploymentNotifications::expect);
    connect(m_notifications, &DeploymentNotifications::showRequested, this, &GuiApplication::raiseWindow);
    connect(m_notifications, &DeploymentNotifications::quitRequested, this, [this] {
        if (m_window->quit())
            m_app->quit();
    });
}

void GuiApplication::onInstanceRequest(const QJsonObject &request)
{
    const QString path = request.value(QStringLiteral("folder")).toString();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QFileInfo folder(info.isFile() ? info.absolutePath() : info.absoluteFilePath());
        Project *open = m_window->project();
        // Asking again for the open project only brings the window forward; reopening would reset it.
        if (!open || QFileInfo(open->folder()).canonicalFilePath() != folder.canonicalFilePath())
            m_window->openProject(path);
    }
    // Qt's Wayland client activates with the token it finds here, then clears it.
    if (const QString token = request.value(QStringLiteral("activationToken")).toString(); !token.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
    raiseWindow();
}

void GuiApplication::raiseWindow()
{
    m_window->show();
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
}

void GuiApplication::applySetting(const QString &key)
{
    if (key == QLatin1String(SettingKeys::Language.name)) {
        m_translations->install(m_settings->value(SettingKeys::Language));
        // The tray is no widget, so Qt's LanguageChange does not reach it.
        if (m_notifications && m_notifications->tray()) {
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(m_notifications->tray(), &change);
        }
    } else if (key == QLatin1String(SettingKeys::ColorScheme.name)) {
        Appearance::applyColorScheme(m_app, m_settings->value(SettingKeys::ColorScheme));
    }
}

} // namespace Lagoon
