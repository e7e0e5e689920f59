// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/taskwatcher.h"

#include <algorithm>

#include "core/remote/newestfirst.h"

namespace Lagoon {

TaskWatcher::TaskWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId,
                         QObject *parent)
    : EnvironmentWatcher(api, subscriptions, environmentId, QStringLiteral("TaskChanged"),
                         QStringLiteral("EnvironmentTasks"), QStringLiteral("tasks"), parent)
{
}

QList<LagoonTask> TaskWatcher::tasks() const
{
    QList<LagoonTask> list = m_tasks.values();
    std::sort(list.begin(), list.end(), NewestFirst());
    return list;
}

std::optional<LagoonTask> TaskWatcher::task(int id) const
{
    const auto it = m_tasks.constFind(id);
    if (it == m_tasks.cend())
        return std::nullopt;
    return *it;
}

void TaskWatcher::applyEvent(const QJsonObject &data, const SubscriptionEventStamp &)
{
    if (const auto task = LagoonTask::fromJson(data.value(QStringLiteral("taskChanged")).toObject()))
        apply(*task, true);
}

void TaskWatcher::applyQueried(const QJsonObject &item, quint64)
{
    if (const auto task = LagoonTask::fromJson(item))
        apply(*task, false);
}

void TaskWatcher::apply(const LagoonTask &task, bool fromEvent)
{
    const auto it = m_tasks.find(task.id);
    if (it != m_tasks.end()) {
        const int known = LagoonTask::statusRank(it->status);
        const int incoming = LagoonTask::statusRank(task.status);
        // A query answer may be older than an event that came meanwhile; it never undoes one.
        if (incoming >= 0 && (incoming < known || (!fromEvent && incoming == known && it->status != task.status)))
            return;
        LagoonTask merged = task;
        // taskChanged payloads may omit what the query had (Lagoon's own subscription does).
        if (merged.created.isEmpty())
            merged.created = it->created;
        if (*it == merged)
            return;
        *it = merged;
    } else {
        m_tasks.insert(task.id, task);
    }
    Q_EMIT taskChanged(task.id);
}

} // namespace Lagoon
