// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcessEnvironment>
#include <QWidget>

#include "core/stack/composecommand.h"

class QAction;
class QLabel;
class QMenu;
class QTreeView;

namespace Lagoon {

class LocalStackModel;
class StackServiceDelegate;

/**
 * The services list of the Local Stack dock with what can be done to one service: start, stop,
 * restart, rebuild (as buttons over the list and in its context menu), open a shell in its
 * container, show its logs, open its addresses. Commands are asked for (commandRequested()), not
 * run here: the panel owns the compose runner and knows whether one is busy.
 */
class StackServicesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackServicesView)

public:
    explicit StackServicesView(LocalStackModel *model, QWidget *parent = nullptr);
    ~StackServicesView() override;

    /** PATH and DOCKER_HOST for the terminal that "Open a shell" starts. */
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    /** Whether commands can run now (Docker answers, compose is idle). */
    void setCommandsEnabled(bool enabled);

    QTreeView *treeView() const { return m_view; }
    StackServiceDelegate *delegate() const { return m_delegate; }
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *restartAction() const { return m_restart; }
    QAction *rebuildAction() const { return m_rebuild; }
    QAction *shellAction() const { return m_shell; }
    QAction *logsAction() const { return m_logs; }

    /** The selected service's name, or empty. */
    QString selectedService() const;
    void selectService(const QString &service);
    /** The menu for `service` (selected first); the caller owns it. */
    QMenu *serviceMenu(const QString &service, QWidget *parent);
    /**
     * Opens a shell in the service's running container in the user's terminal emulator; when none
     * can be started, shows the command to copy instead and returns false.
     */
    bool openShell(const QString &service);

Q_SIGNALS:
    /** `showOutput`: the command's output is worth a look while it runs (a rebuild). */
    void commandRequested(const Lagoon::ComposeCommand &command, bool showOutput);
    void logsRequested(const QString &service);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void request(ComposeCommand::Action action);
    void showContextMenu(const QPoint &pos);
    void retranslate();

    LocalStackModel *m_model;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    bool m_commandsEnabled = false;
    QLabel *m_title;
    QTreeView *m_view;
    StackServiceDelegate *m_delegate;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_restart;
    QAction *m_rebuild;
    QAction *m_shell;
    QAction *m_logs;
};

} // namespace Lagoon
