// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "core/remote/lagoonsession.h"
#include "core/util/error.h"
#include "core/remote/lagoonenvironmentref.h"

class QLabel;
class QTabWidget;
class QToolButton;

namespace Lagoon {

class BadgeLabel;
class LagoonDeploymentsPanel;
class LagoonRunTaskPanel;

class LagoonTasksPanel;
class LagoonVariablesPanel;

/**
 * One environment: a header (type, deploy type, routes as links, namespace) over the tabs
 * Deployments, Tasks, Variables and Run task. The panels' answers and failures are passed on
 * for the browser's banner.
 */
class LagoonEnvironmentPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonEnvironmentPage)

public:
    enum Tab
    {
        DeploymentsTab,
        TasksTab,
        VariablesTab,
        RunTaskTab,
    };

    explicit LagoonEnvironmentPage(QWidget *parent = nullptr);

    /** `environment` is the environment's JSON from ProjectEnvironments. */
    void showEnvironment(LagoonSession *session, const QString &project, const QJsonObject &environment,
                         const QStringList &projectEnvironments);
    void clear();
    void refresh();

    const LagoonEnvironmentRef &environment() const { return m_environment; }
    QTabWidget *tabs() const { return m_tabs; }
    LagoonDeploymentsPanel *deployments() const { return m_deployments; }
    LagoonTasksPanel *tasks() const { return m_tasks; }
    LagoonVariablesPanel *variables() const { return m_variables; }
    LagoonRunTaskPanel *runTask() const { return m_runTask; }
    QLabel *routesLabel() const { return m_routes; }

Q_SIGNALS:
    void backRequested();
    void linkActivated(const QUrl &url);
    void answered();
    void failed(const Lagoon::Error &error, const QDateTime &cachedAsOf);
    /** Follow build `name` of the environment shown live (LagoonDeploymentsPanel::rolloutRequested()). */
    void rolloutRequested(const Lagoon::LagoonEnvironmentRef &environment, const QString &name, bool startedHere);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();

    QPointer<LagoonSession> m_session;
    LagoonEnvironmentRef m_environment;
    QJsonObject m_json;
    int m_taskToSelect = 0;
    QToolButton *m_back;
    QLabel *m_title;
    BadgeLabel *m_type;
    QLabel *m_deployType;
    QLabel *m_routes;
    QLabel *m_namespace;
    QTabWidget *m_tabs;
    LagoonDeploymentsPanel *m_deployments;
    LagoonTasksPanel *m_tasks;
    LagoonVariablesPanel *m_variables;
    LagoonRunTaskPanel *m_runTask;
};

} // namespace Lagoon
