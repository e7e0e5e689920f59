// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QApplication;
class QNetworkAccessManager;

namespace Lagoon {

class AccountStore;
class DeploymentNotifications;
class LagoonConnection;
class MainWindow;
class SecretStore;
class SingleInstance;
class Settings;
class TranslationLoader;

/**
 * The GUI's composition root: creates the long-lived services (settings, translations,
 * appearance, the keychain, the Lagoon accounts and the connection to the default one) and the
 * main window, and wires settings changes to them.
 */
class GuiApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiApplication)

public:
    /** `sinceMain` was started first thing in main(), for the first-frame report. */
    GuiApplication(QApplication *app, QElapsedTimer sinceMain);
    ~GuiApplication() override;

    /** Parses the command line, shows the window; returns an exit code >= 0 to stop early. */
    int start();

private:
    void applySetting(const QString &key);
    /** A second `lagoon-desktop [folder]` asked this one to open a folder and come forward. */
    void onInstanceRequest(const QJsonObject &request);
    void raiseWindow();
    /** Notifications, the tray and watching deployments in the background, wired to the window. */
    void startNotifications();

    QApplication *m_app;
    Settings *m_settings;
    TranslationLoader *m_translations;
    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    AccountStore *m_accounts;
    LagoonConnection *m_connection;
    DeploymentNotifications *m_notifications = nullptr;
    SingleInstance *m_instance = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QElapsedTimer m_sinceMain;
};

} // namespace Lagoon
