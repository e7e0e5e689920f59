// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QDialog>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QPointer>

#include "core/deploy/deployer.h"
#include "core/deploy/deploypreflight.h"
#include "core/deploy/deploytarget.h"
#include "core/util/error.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace Lagoon {

class BuildVariablesEditor;
class DeployChecksList;
class GitPusher;
class InlineMessage;
class LagoonSession;
class Project;

/** A deployment the dialog started: what the rollout view needs to follow it. */
struct DeployLaunch
{
    DeployStarted started;
    int projectId = 0;
    /** 0 for an environment Lagoon creates with this build. */
    int environmentId = 0;
    QString namespaceName;
    QString branch;
    /** HEAD when the deploy started: what a branch deploy builds once it is pushed. */
    QString sha;
};

/**
 * One-click deploy of the open project: where it goes (the Lagoon project and the environment
 * that follows the current branch; both can be changed), the pre-flight checks (validation
 * errors block, each opens in the editor; warnings and unpushed or uncommitted work are
 * pointed out, with Push Branch), optional build variables, and Deploy.
 */
class DeployDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployDialog)

public:
    /** `session` and `project` must outlive the dialog. */
    DeployDialog(LagoonSession *session, Project *project, QWidget *parent = nullptr);
    ~DeployDialog() override;

    DeployTarget target() const { return m_target; }
    const std::optional<DeployPreflightReport> &report() const { return m_report; }
    DeployChecksList *checks() const { return m_checks; }
    BuildVariablesEditor *variables() const { return m_variables; }
    QComboBox *projectChoice() const { return m_projectChoice; }
    QComboBox *environmentChoice() const { return m_environmentChoice; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *pushButton() const { return m_push; }
    InlineMessage *message() const { return m_message; }
    /** Why Deploy is off, or empty when it is on. */
    QString blockedReason() const;

Q_SIGNALS:
    void deployed(const Lagoon::DeployLaunch &launch);
    void sourceRequested(const QString &file, int line, int column);

private:
    void fetchProjects();
    void runPreflight();
    void resolveTarget();
    void fillEnvironments();
    void updateState();
    void push();
    void deploy();
    QJsonObject projectJson(const QString &name) const;
    QString environmentNamespace(const QString &environment, int *id) const;

    QPointer<LagoonSession> m_session;
    QPointer<Project> m_project;
    Deployer *m_deployer;
    GitPusher *m_pusher;
    QFutureWatcher<Result<DeployPreflightReport>> m_preflight;
    QJsonArray m_projects;
    bool m_projectsLoaded = false;
    DeployTarget m_target;
    QString m_userProject;
    std::optional<DeployPreflightReport> m_report;
    bool m_deploying = false;

    QLabel *m_mapping;
    QComboBox *m_projectChoice;
    QComboBox *m_environmentChoice;
    DeployChecksList *m_checks;
    QPushButton *m_push;
    QPushButton *m_recheck;
    QToolButton *m_variablesToggle;
    BuildVariablesEditor *m_variables;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_deploy;
};

} // namespace Lagoon

Q_DECLARE_METATYPE(Lagoon::DeployLaunch)
