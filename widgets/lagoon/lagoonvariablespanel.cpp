// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonvariablespanel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsession.h"
#include "widgets/lagoon/lagoonconfirmation.h"
#include "widgets/lagoon/lagoonformat.h"
#include "widgets/lagoon/lagoonitemdelegate.h"
#include "widgets/lagoon/lagoonvariabledialog.h"
#include "widgets/lagoon/lagoonvariablesmodel.h"

namespace Lagoon {

namespace {

using Level = LagoonVariablesModel::Level;

// When a change reaches the environment, by scope (uselagoon/lagoon#1728 for runtime).
QString whenItApplies(const QString &scope)
{
    if (scope == QLatin1String("runtime") || scope == QLatin1String("global"))
        return LagoonVariablesPanel::tr("Running containers get the new value only with the next deployment: "
                                        "redeploy the environment for it to take effect.");
    if (scope == QLatin1String("build"))
        return LagoonVariablesPanel::tr("It is used from the next build on.");
    return LagoonVariablesPanel::tr("It is used from the next deployment on.");
}

} // namespace

LagoonVariablesPanel::LagoonVariablesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new LagoonVariablesModel(this))
    , m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this))
    , m_change(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), QString(), this))
    , m_delete(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), QString(), this))
    , m_reveal(new QAction(QIcon::fromTheme(QStringLiteral("view-visible")), QString(), this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("lagoonVariablesPanel"));
    m_add->setObjectName(QStringLiteral("lagoonVariableAdd"));
    m_change->setObjectName(QStringLiteral("lagoonVariableChange"));
    m_delete->setObjectName(QStringLiteral("lagoonVariableDelete"));
    m_reveal->setObjectName(QStringLiteral("lagoonVariableReveal"));
    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_add);
    toolbar->addAction(m_change);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_reveal);
    m_status->setObjectName(QStringLiteral("lagoonVariablesStatus"));
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 8, 0);
    top->addWidget(toolbar);
    top->addStretch(1);
    top->addWidget(m_status);

    m_view->setObjectName(QStringLiteral("lagoonVariables"));
    m_view->setModel(m_model);
    // The same row height as the other tabs' tables.
    m_view->setItemDelegate(new LagoonItemDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(LagoonVariablesModel::ValueColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_add, &QAction::triggered, this, [this] { openEditor(false); });
    connect(m_change, &QAction::triggered, this, [this] { openEditor(true); });
    connect(m_delete, &QAction::triggered, this, &LagoonVariablesPanel::deleteSelected);
    connect(m_reveal, &QAction::triggered, this, &LagoonVariablesPanel::toggleRevealSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LagoonVariablesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LagoonVariablesPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LagoonVariablesPanel::updateActions);
    connect(m_view, &QTreeView::doubleClicked, this, [this] { openEditor(true); });
    retranslate();
    updateActions();
}

void LagoonVariablesPanel::setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment)
{
    clear();
    m_session = session;
    m_environment = environment;
    refresh();
}

void LagoonVariablesPanel::clear()
{
    ++m_generation;
    m_environmentList = {};
    m_projectList = {};
    m_model->setVariables({}, {});
    m_status->clear();
    // A question still open about this environment finds out through isStillShowing().
    m_session = nullptr;
    m_environment = {};
    updateActions();
}

bool LagoonVariablesPanel::isStillShowing(const QPointer<LagoonSession> &session,
                                          const LagoonEnvironmentRef &environment) const
{
    return session && session == m_session && m_environment.isValid() && environment.id == m_environment.id &&
           environment.project == m_environment.project;
}

void LagoonVariablesPanel::reportGone(const QString &what)
{
    Q_EMIT failed(Error{Error::Code::Cancelled,
                        tr("%1: you were signed out, or another account or environment was opened, before you "
                           "confirmed. Nothing was changed on Lagoon.")
                            .arg(what),
                        {}},
                  {});
}

void LagoonVariablesPanel::refresh()
{
    if (!m_session || !m_environment.isValid())
        return;
    fetchLevel(false);
    fetchLevel(true);
}

QJsonObject LagoonVariablesPanel::levelVariables(bool project) const
{
    QJsonObject variables{{QStringLiteral("project"), m_environment.project}};
    variables.insert(QStringLiteral("environment"), project ? QJsonValue() : QJsonValue(m_environment.name));
    return variables;
}

void LagoonVariablesPanel::fetchLevel(bool project)
{
    const int generation = m_generation;
    const QString key = LagoonCache::variablesKey(m_environment.project, project ? QString() : m_environment.name);
    m_session->fetch(QStringLiteral("EnvVariableNames"), levelVariables(project), key, this,
                     [this, project, generation](const Result<LagoonAnswer> &answer) {
                         if (generation != m_generation)
                             return;
                         if (!answer) {
                             // Not everyone may read a project's variables: the environment's still show.
                             if (project && answer.error().code == Error::Code::PermissionDenied) {
                                 m_status->setText(tr("You may not see the project's own variables."));
                                 return;
                             }
                             Q_EMIT failed(answer.error(), {});
                             return;
                         }
                         if (answer->fromCache)
                             Q_EMIT failed(*answer->error, answer->fetchedAt);
                         else
                             Q_EMIT answered();
                         onLevelAnswer(project, answer->data.value(QStringLiteral("getEnvVariablesByProjectEnvironmentName")).toArray());
                     });
}

void LagoonVariablesPanel::onLevelAnswer(bool project, const QJsonArray &list)
{
    (project ? m_projectList : m_environmentList) = list;
    const LagoonVariablesModel::Variable current = m_model->variable(m_view->currentIndex().row());
    m_model->setVariables(m_environmentList, m_projectList);
    const int row = m_model->rowOf(current.name, current.level);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void LagoonVariablesPanel::toggleRevealSelected()
{
    const int row = m_view->currentIndex().row();
    const LagoonVariablesModel::Variable v = m_model->variable(row);
    if (!m_session || v.name.isEmpty())
        return;
    if (v.revealed) {
        m_model->hide(row);
        return;
    }
    const int generation = m_generation;
    m_status->setText(tr("Fetching the value of %1…").arg(v.name));
    fetchValue(v.name, v.level == Level::Project, [this, v, generation](const Result<std::optional<QString>> &value) {
        if (generation != m_generation)
            return;
        m_status->clear();
        if (!value) {
            Q_EMIT failed(value.error(), {});
            return;
        }
        if (!*value) {
            m_status->setText(tr("%1 no longer exists.").arg(v.name));
            return;
        }
        m_model->reveal(m_model->rowOf(v.name, v.level), **value);
    });
}

void LagoonVariablesPanel::fetchValue(const QString &name, bool project,
                                      std::function<void(const Result<std::optional<QString>> &)> done)
{
    // The value goes from the API's answer to the caller and nowhere else: no cache, no log.
    m_session->api()->run(QStringLiteral("EnvVariables"), levelVariables(project), this,
                          [name, done = std::move(done)](const Result<QJsonObject> &reply) {
                              if (!reply) {
                                  done(std::unexpected(reply.error()));
                                  return;
                              }
                              const QJsonArray list =
                                  reply->value(QStringLiteral("getEnvVariablesByProjectEnvironmentName")).toArray();
                              for (const QJsonValue &entry : list) {
                                  if (entry[QStringLiteral("name")].toString() == name) {
                                      done(std::optional<QString>(entry[QStringLiteral("value")].toString()));
                                      return;
                                  }
                              }
                              done(std::optional<QString>());
                          });
}

LagoonVariableDialog *LagoonVariablesPanel::openEditor(bool change)
{
    if (!m_session || !m_environment.isValid())
        return nullptr;
    const LagoonVariablesModel::Variable current = m_model->variable(m_view->currentIndex().row());
    if (change && current.name.isEmpty())
        return nullptr;
    auto *dialog = new LagoonVariableDialog(m_environment.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (change) {
        dialog->setExisting(current.name, current.scope, current.level == Level::Project);
        // A value that was not revealed is not known here: left empty, the dialog keeps it.
        if (current.revealed)
            dialog->setValue(current.value);
        else
            dialog->setValueUnknown();
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, change, session = m_session, environment = m_environment] {
        if (!isStillShowing(session, environment)) {
            reportGone(tr("%1 was not saved").arg(dialog->name()));
            return;
        }
        save(dialog->name(), dialog->keepsValue() ? std::nullopt : std::optional<QString>(dialog->value()),
             dialog->scope(), dialog->isProjectLevel(), change);
    });
    dialog->open();
    return dialog;
}

void LagoonVariablesPanel::save(const QString &name, const std::optional<QString> &value, const QString &scope,
                                bool project, bool existed)
{
    const bool exists = existed || m_model->rowOf(name, project ? Level::Project : Level::Environment) >= 0;
    const QString target = project ? tr("project %1 (every environment)").arg(m_environment.project)
                                   : tr("environment %1 of %2").arg(m_environment.name, m_environment.project);
    const QString question = exists ? tr("Change %1 on %2?").arg(name, target) : tr("Add %1 to %2?").arg(name, target);
    QString details = LagoonFormat::scopeDescription(scope) + QLatin1Char('\n') + whenItApplies(scope);
    if (!value)
        details += QLatin1Char('\n') + tr("Its value stays as it is.");
    LagoonConfirmation::ask(
        this, exists ? tr("Change Variable") : tr("Add Variable"), question, details, exists ? tr("Change") : tr("Add"),
        [this, name, value, scope, project, session = m_session, environment = m_environment] {
            // The session may have gone while the question was open.
            if (!isStillShowing(session, environment)) {
                reportGone(tr("%1 was not saved").arg(name));
                return;
            }
            m_status->setText(tr("Saving %1…").arg(name));
            if (value) {
                setVariable(name, *value, scope, project);
                return;
            }
            // Lagoon sets a value and a scope together: the scope alone is the
            // current value again, fetched now and sent straight back.
            fetchValue(
                name, project,
                [this, name, scope, project, session, environment](const Result<std::optional<QString>> &current) {
                    if (!isStillShowing(session, environment)) {
                        reportGone(tr("%1 was not saved").arg(name));
                    } else if (!current) {
                        m_status->clear();
                        Q_EMIT failed(current.error(), {});
                    } else if (!*current) {
                        m_status->setText(tr("%1 no longer exists; nothing was changed.").arg(name));
                        refresh();
                    } else {
                        setVariable(name, **current, scope, project);
                    }
                });
        });
}

void LagoonVariablesPanel::setVariable(const QString &name, const QString &value, const QString &scope, bool project)
{
    QJsonObject variables = levelVariables(project);
    variables.insert(QStringLiteral("name"), name);
    variables.insert(QStringLiteral("value"), value);
    variables.insert(QStringLiteral("scope"), scope.toUpper());
    m_session->api()->run(QStringLiteral("EnvVariablesSet"), variables, this,
                          [this, name, scope](const Result<QJsonObject> &reply) {
                              if (!reply) {
                                  m_status->clear();
                                  Q_EMIT failed(reply.error(), {});
                                  return;
                              }
                              m_status->setText(tr("Saved %1. %2").arg(name, whenItApplies(scope)));
                              refresh();
                          });
}

void LagoonVariablesPanel::deleteSelected()
{
    const LagoonVariablesModel::Variable v = m_model->variable(m_view->currentIndex().row());
    if (!m_session || v.name.isEmpty())
        return;
    const bool project = v.level == Level::Project;
    const QString target = project ? tr("project %1 (every environment)").arg(m_environment.project)
                                   : tr("environment %1 of %2").arg(m_environment.name, m_environment.project);
    LagoonConfirmation::ask(this, tr("Delete Variable"), tr("Delete %1 from %2?").arg(v.name, target),
                            LagoonFormat::scopeDescription(v.scope) + QLatin1Char('\n') + whenItApplies(v.scope),
                            tr("Delete"), [this, v, project, session = m_session, environment = m_environment] {
                                if (!isStillShowing(session, environment)) {
                                    reportGone(tr("%1 was not deleted").arg(v.name));
                                    return;
                                }
                                QJsonObject variables = levelVariables(project);
                                variables.insert(QStringLiteral("name"), v.name);
                                m_session->api()->run(QStringLiteral("EnvVariablesDelete"), variables, this,
                                                      [this, v](const Result<QJsonObject> &reply) {
                                                          if (!reply) {
                                                              Q_EMIT failed(reply.error(), {});
                                                              return;
                                                          }
                                                          m_status->setText(tr("Deleted %1. %2").arg(v.name, whenItApplies(v.scope)));
                                                          refresh();
                                                      });
                            });
}

void LagoonVariablesPanel::updateActions()
{
    const bool ready = m_session && m_environment.isValid();
    const LagoonVariablesModel::Variable v = m_model->variable(m_view->currentIndex().row());
    m_add->setEnabled(ready);
    m_change->setEnabled(ready && !v.name.isEmpty());
    m_delete->setEnabled(ready && !v.name.isEmpty());
    m_reveal->setEnabled(ready && !v.name.isEmpty());
    m_reveal->setText(v.revealed ? tr("Hide") : tr("Reveal"));
    m_reveal->setIcon(QIcon::fromTheme(v.revealed ? QStringLiteral("view-hidden") : QStringLiteral("view-visible")));
}

void LagoonVariablesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LagoonVariablesPanel::retranslate()
{
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add a variable to this environment or its project"));
    m_change->setText(tr("Change…"));
    m_change->setToolTip(tr("Give the selected variable a new value or scope"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected variable"));
    m_reveal->setToolTip(tr("Fetch the selected variable's value from Lagoon and show it (it is never stored)"));
    m_view->setAccessibleName(tr("Variables"));
    updateActions();
}

} // namespace Lagoon
