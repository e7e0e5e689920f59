// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/taskwatcher.h"

#include <algorithm>

#include <QJsonArray>

#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsubscriptionclient.h"

namespace Lagoon {

TaskWatcher::TaskWatcher(LagoonApiClient *api, LagoonSubscriptionClient *subscriptions, int environmentId, QObject *parent)
    : QObject(parent), m_api(api), m_subscriptions(subscriptions), m_environmentId(environmentId)
{
}

TaskWatcher::~TaskWatcher()
{
    stop();
}

void TaskWatcher::start()
{
    if (m_subscription != 0 || !m_subscriptions || !m_api)
        return;
    ++m_generation;
    auto request = GraphQLRequest::shipped(QStringLiteral("TaskChanged"), {{QStringLiteral("environment"), m_environmentId}});
    if (!request) {
        Q_EMIT errorOccurred(request.error());
        return;
    }
    m_subscription = m_subscriptions->subscribe(
        *request, this,
        [this](const QJsonObject &data, const SubscriptionEventStamp &) {
            if (const auto task = LagoonTask::fromJson(data.value(QStringLiteral("taskChanged")).toObject()))
                apply(*task, true);
        },
        [this] { reconcile(); }, [this](const Error &error) { Q_EMIT errorOccurred(error); });
    if (m_subscriptions->state() == LagoonSubscriptionClient::State::Closed)
        m_subscriptions->open();
    // After subscribing, so nothing falls between the query and the first event.
    reconcile();
}

void TaskWatcher::stop()
{
    if (m_subscription == 0)
        return;
    if (m_subscriptions)
        m_subscriptions->unsubscribe(m_subscription);
    m_subscription = 0;
    ++m_generation;
    m_reconcileInFlight = false;
    m_reconcileAgain = false;
}

QList<LagoonTask> TaskWatcher::tasks() const
{
    QList<LagoonTask> list = m_tasks.values();
    std::sort(list.begin(), list.end(), [](const LagoonTask &a, const LagoonTask &b) {
        return a.created != b.created ? a.created > b.created : a.id > b.id;
    });
    return list;
}

std::optional<LagoonTask> TaskWatcher::task(int id) const
{
    const auto it = m_tasks.constFind(id);
    if (it == m_tasks.cend())
        return std::nullopt;
    return *it;
}

void TaskWatcher::reconcile()
{
    if (!m_api || m_subscription == 0)
        return;
    // One query at a time; one more after it when asked meanwhile, as its answer may be older.
    if (m_reconcileInFlight) {
        m_reconcileAgain = true;
        return;
    }
    m_reconcileInFlight = true;
    const int generation = m_generation;
    m_api->run(QStringLiteral("EnvironmentTasks"),
               {{QStringLiteral("environment"), m_environmentId}, {QStringLiteral("limit"), m_reconcileLimit}}, this,
               [this, generation](const Result<QJsonObject> &data) {
                   if (generation == m_generation)
                       onReconciled(data);
               });
}

void TaskWatcher::onReconciled(const Result<QJsonObject> &data)
{
    m_reconcileInFlight = false;
    if (!data) {
        Q_EMIT errorOccurred(data.error());
    } else {
        const QJsonValue environment = data->value(QStringLiteral("environmentById"));
        if (!environment.isObject()) {
            Q_EMIT errorOccurred(Error{Error::Code::NotFound,
                                       tr("Environment %1 does not exist, or you may not see it").arg(m_environmentId), {}});
        } else {
            const QJsonArray list = environment.toObject().value(QStringLiteral("tasks")).toArray();
            for (qsizetype i = list.size() - 1; i >= 0; --i) {
                if (const auto task = LagoonTask::fromJson(list.at(i).toObject()))
                    apply(*task, false);
            }
            m_loaded = true;
            Q_EMIT reconciled();
        }
    }
    if (m_reconcileAgain && m_subscription != 0) {
        m_reconcileAgain = false;
        reconcile();
    }
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
