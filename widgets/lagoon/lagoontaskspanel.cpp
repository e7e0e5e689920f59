// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoontaskspanel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeView>

#include "core/remote/cache/lagooncache.h"
#include "core/remote/jsonlist.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/taskwatcher.h"
#include "widgets/lagoon/lagoontasksmodel.h"

namespace Lagoon {

LagoonTasksPanel::LagoonTasksPanel(QWidget *parent) : LagoonRunsPanel(parent), m_model(new LagoonTasksModel(this))
{
    setObjectName(QStringLiteral("lagoonTasksPanel"));
    setModel(m_model);
    view()->setObjectName(QStringLiteral("lagoonTasks"));
    logView()->setObjectName(QStringLiteral("lagoonTaskLog"));
    connect(clock(), &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    retranslate();
}

LagoonTasksPanel::~LagoonTasksPanel() = default;

void LagoonTasksPanel::setEnvironment(LagoonSession *session, const LagoonEnvironmentRef &environment)
{
    clear();
    if (!begin(session, environment, LagoonCache::tasksKey(environment.id)))
        return;
    m_model->setTasks(listFromJson<LagoonTask>(readCache()));
    auto *watcher = new TaskWatcher(session->api(), session->subscriptions(), environment.id, this);
    connect(watcher, &TaskWatcher::taskChanged, this, [this, watcher](int id) {
        if (const auto task = watcher->task(id))
            m_model->updateTask(*task);
    });
    connect(watcher, &TaskWatcher::reconciled, this, [this, watcher] { onReconciled(watcher->tasks()); });
    watch(watcher);
}

void LagoonTasksPanel::clear()
{
    reset();
    m_model->setTasks({});
    m_logShown = 0;
    logView()->setPlaceholderText(tr("Select a finished task to read its log."));
}

bool LagoonTasksPanel::selectTask(int id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    view()->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void LagoonTasksPanel::onReconciled(const QList<LagoonTask> &tasks)
{
    if (showsCached()) {
        const QModelIndex current = view()->currentIndex();
        const int id = current.isValid() ? current.data(LagoonTasksModel::IdRole).toInt() : 0;
        m_model->setTasks(tasks);
        if (id != 0)
            selectTask(id);
    }
    noteAnswer(listToJson(tasks));
}

void LagoonTasksPanel::showCurrentRun()
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid()) {
        logTitle()->clear();
        logView()->clear();
        m_logShown = 0;
        return;
    }
    const LagoonTask task = m_model->task(current.row());
    logTitle()->setText(tr("Log of %1 (%2)").arg(task.name, task.taskName));
    if (!task.isFinished()) {
        m_logShown = 0;
        logView()->clear();
        logView()->setPlaceholderText(tr("The log can be read here when the task has finished."));
        return;
    }
    if (m_logShown != task.id)
        showLogOf(task.id);
}

void LagoonTasksPanel::showLogOf(int id)
{
    if (!session())
        return;
    m_logShown = id;
    logView()->clear();
    logView()->setPlaceholderText(tr("Loading the log…"));
    session()->api()->run(
        QStringLiteral("TaskById"), {{QStringLiteral("id"), id}}, this, [this, id](const Result<QJsonObject> &reply) {
            if (m_logShown != id)
                return;
            if (!reply) {
                m_logShown = 0;
                logView()->setPlaceholderText(tr("The log could not be loaded: %1").arg(reply.error().message));
                Q_EMIT failed(reply.error(), {});
                return;
            }
            logView()->setPlaceholderText(tr("Lagoon has no log for this task."));
            logView()->setPlainText(reply->value(QStringLiteral("taskById"))[QStringLiteral("logs")].toString());
        });
}

void LagoonTasksPanel::retranslate()
{
    view()->setAccessibleName(tr("Tasks"));
    logView()->setAccessibleName(tr("Task log"));
    if (!view()->currentIndex().isValid())
        logView()->setPlaceholderText(tr("Select a finished task to read its log."));
}

} // namespace Lagoon
