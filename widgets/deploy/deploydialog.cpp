// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/deploy/deploydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/deploy/deployhistory.h"
#include "core/deploy/gitpusher.h"
#include "core/project/project.h"
#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonsession.h"
#include "widgets/accounts/inlinemessage.h"
#include "widgets/common/accessiblecomboname.h"
#include "widgets/deploy/buildvariableseditor.h"
#include "widgets/deploy/deploycheckslist.h"

namespace Lagoon {

DeployDialog::DeployDialog(LagoonSession *session, Project *project, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_project(project)
    , m_deployer(new Deployer(session->api(), this))
    , m_pusher(new GitPusher(this))
    , m_mapping(new QLabel(this))
    , m_projectChoice(new QComboBox(this))
    , m_environmentChoice(new QComboBox(this))
    , m_checks(new DeployChecksList(this))
    , m_push(new QPushButton(tr("&Push Branch"), this))
    , m_recheck(new QPushButton(tr("Check &Again"), this))
    , m_variablesToggle(new QToolButton(this))
    , m_variables(new BuildVariablesEditor(this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_deploy(m_buttons->addButton(tr("&Deploy"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Deploy %1").arg(project->displayName()));
    m_mapping->setWordWrap(true);
    m_mapping->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_projectChoice->setAccessibleName(tr("Lagoon project"));
    m_environmentChoice->setEditable(true);
    AccessibleComboName::follow(m_environmentChoice);
    m_environmentChoice->setAccessibleName(tr("Environment"));
    m_environmentChoice->setAccessibleDescription(
        tr("Follows the current branch; pick an existing environment to deploy its latest commit instead"));
    m_push->setAccessibleDescription(tr("Pushes the current branch to its remote, so Lagoon builds your commits"));
    m_recheck->setAccessibleDescription(tr("Runs the pre-flight checks again"));
    m_deploy->setAccessibleDescription(tr("Asks Lagoon to build and deploy the environment"));
    m_variablesToggle->setText(tr("Build &variables"));
    m_variablesToggle->setCheckable(true);
    m_variablesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_variablesToggle->setArrowType(Qt::RightArrow);
    m_variablesToggle->setAutoRaise(true);
    m_variables->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Lagoon &project:"), m_projectChoice);
    form->addRow(tr("&Environment:"), m_environmentChoice);
    auto *checkButtons = new QHBoxLayout;
    checkButtons->addWidget(m_push);
    checkButtons->addWidget(m_recheck);
    checkButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mapping);
    layout->addWidget(new QLabel(tr("Pre-flight checks:"), this));
    layout->addWidget(m_checks, 1);
    layout->addLayout(checkButtons);
    layout->addWidget(m_variablesToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_variables);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(640, 480);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_deploy, &QPushButton::clicked, this, &DeployDialog::deploy);
    connect(m_push, &QPushButton::clicked, this, &DeployDialog::push);
    connect(m_recheck, &QPushButton::clicked, this, &DeployDialog::runPreflight);
    connect(m_checks, &DeployChecksList::sourceRequested, this, &DeployDialog::sourceRequested);
    connect(m_variables, &BuildVariablesEditor::changed, this, &DeployDialog::updateState);
    connect(m_variablesToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_variables->setVisible(shown);
        m_variablesToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_projectChoice, &QComboBox::activated, this, [this] {
        m_userProject = m_projectChoice->currentText();
        resolveTarget();
        fillEnvironments();
        updateState();
    });
    connect(m_environmentChoice, &QComboBox::currentTextChanged, this, &DeployDialog::updateState);
    connect(&m_preflight, &QFutureWatcher<Result<DeployPreflightReport>>::finished, this, [this] {
        const Result<DeployPreflightReport> result = m_preflight.result();
        if (result) {
            m_report = *result;
            m_checks->showReport(*result);
        } else {
            m_report.reset();
            m_checks->showFailure(result.error().message);
        }
        updateState();
    });
    connect(m_pusher, &GitPusher::progress, this, [this](int current, int total) {
        m_message->showMessage(InlineMessage::Kind::Info, tr("Pushing… %1 of %2 objects").arg(current).arg(total));
    });
    connect(m_pusher, &GitPusher::finished, this, [this](const GitPushResult &result) {
        if (result.ok())
            m_message->showMessage(InlineMessage::Kind::Info,
                                   tr("Pushed %1 to %2.").arg(result.branch, result.remote));
        else
            m_message->showMessage(InlineMessage::Kind::Error, result.message, result.detail);
        if (m_project)
            m_project->refresh();
        runPreflight();
    });

    // The compose file and the branch name the target before Lagoon lists the projects.
    resolveTarget();
    fillEnvironments();
    fetchProjects();
    runPreflight();
}

DeployDialog::~DeployDialog()
{
    m_preflight.waitForFinished();
}

void DeployDialog::fetchProjects()
{
    m_session->fetch(QStringLiteral("AllProjects"), {}, LagoonCache::projectsKey(), this,
                     [this](const Result<LagoonAnswer> &answer) {
                         if (answer) {
                             m_projects = answer->data.value(QLatin1String("allProjects")).toArray();
                             if (answer->fromCache && answer->error)
                                 m_message->showMessage(InlineMessage::Kind::Error,
                                                        tr("Lagoon cannot be reached: %1").arg(answer->error->message));
                         } else {
                             m_message->showError(answer.error());
                         }
                         m_projectsLoaded = answer && !answer->fromCache;
                         m_projectChoice->clear();
                         for (const QJsonValue &value : std::as_const(m_projects))
                             m_projectChoice->addItem(value.toObject().value(QLatin1String("name")).toString());
                         resolveTarget();
                         fillEnvironments();
                         updateState();
                     });
}

void DeployDialog::runPreflight()
{
    if (!m_project || m_preflight.isRunning())
        return;
    m_checks->showRunning();
    m_report.reset();
    updateState();
    m_preflight.setFuture(DeployPreflight::start(m_project->folder()));
}

void DeployDialog::resolveTarget()
{
    if (!m_project)
        return;
    // Only a project the user picked overrides the compose key and the git remote; refilling the
    // list moves the combo's current item without anyone choosing it.
    m_target = DeployTarget::resolve(m_project->gitState(), m_projects, m_project->files().projectName, m_userProject);
    if (m_projectChoice->findText(m_target.project) < 0 && !m_target.project.isEmpty())
        m_projectChoice->addItem(m_target.project);
    m_projectChoice->setCurrentText(m_target.project);
}

void DeployDialog::fillEnvironments()
{
    const QString keep = m_environmentChoice->currentText();
    m_environmentChoice->clear();
    if (!m_target.branch.isEmpty())
        m_environmentChoice->addItem(m_target.branch);
    const QJsonArray environments = projectJson(m_target.project).value(QLatin1String("environments")).toArray();
    for (const QJsonValue &value : environments) {
        const QString name = value.toObject().value(QLatin1String("name")).toString();
        if (m_environmentChoice->findText(name) < 0)
            m_environmentChoice->addItem(name);
    }
    m_environmentChoice->setCurrentText(keep.isEmpty() || m_environmentChoice->findText(keep) < 0 ? m_target.branch
                                                                                                  : keep);
}

QJsonObject DeployDialog::projectJson(const QString &name) const
{
    for (const QJsonValue &value : m_projects) {
        if (value.toObject().value(QLatin1String("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

QString DeployDialog::environmentNamespace(const QString &environment, int *id) const
{
    const QJsonArray environments = projectJson(m_target.project).value(QLatin1String("environments")).toArray();
    for (const QJsonValue &value : environments) {
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("name")).toString() == environment) {
            *id = object.value(QLatin1String("id")).toInt();
            return object.value(QLatin1String("kubernetesNamespaceName")).toString();
        }
    }
    *id = 0;
    return {};
}

QString DeployDialog::blockedReason() const
{
    const QString environment = m_environmentChoice->currentText().trimmed();
    int environmentId = 0;
    environmentNamespace(environment, &environmentId);
    if (m_deploying)
        return tr("Deploying…");
    if (!m_session)
        return tr("Not signed in to Lagoon.");
    if (m_target.project.isEmpty())
        return tr("No Lagoon project: set x-lagoon-project in docker-compose.yml or pick one above.");
    if (m_projectsLoaded && !m_target.projectKnown)
        return tr("Your account has no Lagoon project %1.").arg(m_target.project);
    if (environment.isEmpty())
        return tr("No branch to deploy: check out a branch or pick an existing environment.");
    if (environmentId == 0 && environment != m_target.branch)
        return tr("Lagoon names a new environment after its branch: pick %1 or an existing environment.")
            .arg(m_target.branch);
    if (!m_report)
        return tr("Waiting for the pre-flight checks.");
    if (!m_report->errors.isEmpty())
        return tr("%n validation error(s) would fail the build: fix them first.", nullptr,
                  int(m_report->errors.size()));
    if (const QString problem = m_variables->problem(); !problem.isEmpty())
        return problem;
    return {};
}

void DeployDialog::updateState()
{
    const QString environment = m_environmentChoice->currentText().trimmed();
    int environmentId = 0;
    environmentNamespace(environment, &environmentId);
    QString mapping;
    if (environment == m_target.branch && !environment.isEmpty())
        mapping = tr("Branch %1 (%2) → %3 / %4%5")
                      .arg(m_target.branch, m_project ? m_project->gitState().head.shortSha() : QString(),
                           m_target.project, environment,
                           environmentId ? QString() : tr(" — a new environment"));
    else if (environmentId)
        mapping = tr("Redeploys the latest commit of %1 / %2 (not your branch %3).")
                      .arg(m_target.project, environment, m_target.branch);
    const QString blocked = blockedReason();
    m_mapping->setText(blocked.isEmpty() || mapping.isEmpty() ? (mapping.isEmpty() ? blocked : mapping)
                                                              : mapping + QLatin1Char('\n') + blocked);
    m_deploy->setEnabled(blocked.isEmpty());
    m_deploy->setToolTip(blocked);
    const bool canPush = m_report && m_report->git.isRepository && !m_report->git.branch.isEmpty() &&
                         m_report->needsPush();
    m_push->setVisible(canPush);
    m_push->setEnabled(canPush && !m_pusher->isRunning());
    m_recheck->setEnabled(!m_preflight.isRunning());
}

void DeployDialog::push()
{
    if (!m_project || !m_pusher->push(m_project->folder()))
        return;
    m_message->showMessage(InlineMessage::Kind::Info, tr("Pushing %1…").arg(m_target.branch));
    updateState();
}

void DeployDialog::deploy()
{
    if (!blockedReason().isEmpty())
        return;
    const QString environment = m_environmentChoice->currentText().trimmed();
    const bool branchDeploy = environment == m_target.branch;
    DeployLaunch launch;
    launch.projectId = projectJson(m_target.project).value(QLatin1String("id")).toInt();
    launch.namespaceName = environmentNamespace(environment, &launch.environmentId);
    launch.branch = branchDeploy ? m_target.branch : QString();
    // Lagoon builds what the remote has: HEAD only when it is pushed.
    if (branchDeploy && m_report && !m_report->needsPush())
        launch.sha = m_report->git.head.sha;
    m_deploying = true;
    updateState();
    m_message->showMessage(InlineMessage::Kind::Info, tr("Asking Lagoon to deploy %1…").arg(environment));
    auto done = [this, launch](const Result<DeployStarted> &started) mutable {
        m_deploying = false;
        if (!started) {
            m_message->showError(started.error());
            updateState();
            return;
        }
        launch.started = *started;
        if (!launch.started.buildName.isEmpty() && !launch.sha.isEmpty() && m_session)
            DeployHistory().add({m_session->accountId(), launch.started.project, launch.started.environment,
                                 launch.started.buildName, launch.branch, launch.sha,
                                 QDateTime::currentDateTimeUtc()});
        Q_EMIT deployed(launch);
        accept();
    };
    if (branchDeploy)
        m_deployer->deployBranch(m_target.project, m_target.branch, {}, m_variables->variables(), done);
    else
        m_deployer->deployLatest(m_target.project, environment, m_variables->variables(), done);
}

} // namespace Lagoon
