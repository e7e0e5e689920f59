// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/notify/deploymentmonitor.h"

#include <algorithm>

#include "core/remote/deploymentwatcher.h"

namespace Lagoon {

DeploymentMonitor::DeploymentMonitor(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Lagoon::DeploymentOutcome>();
}

DeploymentMonitor::~DeploymentMonitor() = default;

DeploymentMonitor::Watch *DeploymentMonitor::find(const WatchedEnvironment &environment) const
{
    for (const auto &watch : m_watches) {
        if (watch->environment == environment)
            return watch.get();
    }
    return nullptr;
}

DeploymentMonitor::Watch *DeploymentMonitor::ensure(const WatchedEnvironment &environment, LagoonApiClient *api,
                                                    LagoonSubscriptionClient *subscriptions)
{
    if (Watch *existing = find(environment)) {
        // Detached, or still on the clients of a session that was replaced.
        if (!existing->watcher || existing->api != api)
            attach(existing, api, subscriptions);
        return existing;
    }
    auto watch = std::make_unique<Watch>();
    watch->environment = environment;
    Watch *raw = watch.get();
    m_watches.push_back(std::move(watch));
    attach(raw, api, subscriptions);
    return raw;
}

void DeploymentMonitor::attach(Watch *watch, LagoonApiClient *api, LagoonSubscriptionClient *subscriptions)
{
    release(watch);
    watch->api = api;
    watch->watcher = std::make_unique<DeploymentWatcher>(api, subscriptions, watch->environment.environmentId);
    connect(watch->watcher.get(), &DeploymentWatcher::deploymentChanged, this,
            [this, watch](const QString &name) { onChanged(watch, name); });
    // The new watcher's first query brings every deployment as new: the unfinished ones that ended
    // meanwhile are reported then, the reported ones are not again.
    watch->watcher->start();
}

void DeploymentMonitor::release(Watch *watch)
{
    if (!watch->watcher)
        return;
    // Deleted later: this may run inside the watcher's own signal.
    DeploymentWatcher *watcher = watch->watcher.release();
    watcher->stop();
    watcher->disconnect();
    watcher->deleteLater();
    watch->api = nullptr;
}

void DeploymentMonitor::browse(const WatchedEnvironment &environment, LagoonApiClient *api,
                               LagoonSubscriptionClient *subscriptions)
{
    Watch *current = find(environment);
    if (current && current->browsing)
        return;
    stopBrowsing();
    ensure(environment, api, subscriptions)->browsing = true;
}

void DeploymentMonitor::stopBrowsing()
{
    // Collected first: dropIfIdle() removes from m_watches.
    QList<Watch *> browsed;
    for (const auto &watch : m_watches) {
        if (watch->browsing)
            browsed << watch.get();
    }
    for (Watch *watch : browsed) {
        watch->browsing = false;
        dropIfIdle(watch);
    }
}

void DeploymentMonitor::expect(const WatchedEnvironment &environment, const QString &buildName, LagoonApiClient *api,
                               LagoonSubscriptionClient *subscriptions)
{
    Watch *watch = ensure(environment, api, subscriptions);
    if (buildName.isEmpty() || watch->unfinished.contains(buildName) || watch->reported.contains(buildName))
        return;
    watch->unfinished << buildName;
    // The watcher may know it already (the environment was open): it may even have ended.
    if (watch->watcher->deployment(buildName))
        onChanged(watch, buildName);
    else
        Q_EMIT runningChanged();
}

void DeploymentMonitor::unwatchAccount(const QString &accountId)
{
    bool any = false;
    for (auto it = m_watches.begin(); it != m_watches.end();) {
        if ((*it)->environment.accountId == accountId) {
            release(it->get());
            it = m_watches.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    if (any)
        Q_EMIT runningChanged();
}

void DeploymentMonitor::detachAccount(const QString &accountId)
{
    QList<Watch *> detached;
    for (const auto &watch : m_watches) {
        if (watch->environment.accountId == accountId)
            detached << watch.get();
    }
    for (Watch *watch : detached) {
        release(watch);
        // The browser's page went with the session; what the user waits for stays.
        watch->browsing = false;
        dropIfIdle(watch);
    }
}

void DeploymentMonitor::rebindAccount(const QString &accountId, LagoonApiClient *api,
                                      LagoonSubscriptionClient *subscriptions)
{
    for (const auto &watch : m_watches) {
        if (watch->environment.accountId == accountId && (!watch->watcher || watch->api != api))
            attach(watch.get(), api, subscriptions);
    }
}

QList<WatchedEnvironment> DeploymentMonitor::watched() const
{
    QList<WatchedEnvironment> list;
    for (const auto &watch : m_watches)
        list << watch->environment;
    return list;
}

QList<RunningDeployment> DeploymentMonitor::running() const
{
    QList<RunningDeployment> list;
    for (const auto &watch : m_watches) {
        const WatchedEnvironment &e = watch->environment;
        for (const QString &name : watch->unfinished) {
            auto known = watch->watcher ? watch->watcher->deployment(name) : std::nullopt;
            if (!known && watch->lastSeen.contains(name))
                known = watch->lastSeen.value(name);
            list << RunningDeployment{{e.accountId, e.project, e.environment, name},
                                      known ? known->status : QStringLiteral("new"),
                                      known ? known->buildStep : QString()};
        }
    }
    return list;
}

DeploymentWatcher *DeploymentMonitor::watcher(const WatchedEnvironment &environment) const
{
    Watch *watch = find(environment);
    return watch ? watch->watcher.get() : nullptr;
}

void DeploymentMonitor::onChanged(Watch *watch, const QString &name)
{
    const auto deployment = watch->watcher->deployment(name);
    if (!deployment || watch->reported.contains(name))
        return;
    if (!deployment->isFinished()) {
        watch->lastSeen.insert(name, *deployment);
        if (!watch->unfinished.contains(name))
            watch->unfinished << name;
        // A new step or status is news for the tray's list too.
        Q_EMIT runningChanged();
        return;
    }
    if (!watch->unfinished.removeOne(name))
        return; // finished when first seen: history
    watch->lastSeen.remove(name);
    watch->reported.insert(name);
    const WatchedEnvironment environment = watch->environment;
    const auto ended = DeploymentOutcome::fromDeployment(environment.accountId, environment.project,
                                                         environment.environment, *deployment);
    Q_EMIT runningChanged();
    if (ended)
        Q_EMIT outcome(*ended);
    // `watch` may be gone after the signal (a receiver may have changed what is watched).
    if (Watch *still = find(environment))
        dropIfIdle(still);
}

void DeploymentMonitor::dropIfIdle(Watch *watch)
{
    if (watch->browsing || !watch->unfinished.isEmpty())
        return;
    const auto it =
        std::find_if(m_watches.begin(), m_watches.end(), [watch](const auto &w) { return w.get() == watch; });
    if (it == m_watches.end())
        return;
    std::unique_ptr<Watch> owned = std::move(*it);
    m_watches.erase(it);
    release(owned.get());
}

} // namespace Lagoon
