// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include "core/notify/deploymentoutcome.h"
#include "core/remote/lagoondeployment.h"

namespace Lagoon {

class DeploymentWatcher;
class LagoonApiClient;
class LagoonSubscriptionClient;

/** One environment of one account, as the monitor watches it. */
struct WatchedEnvironment
{
    QString accountId;
    QString project;
    QString environment;
    int environmentId = 0;

    friend bool operator==(const WatchedEnvironment &a, const WatchedEnvironment &b)
    {
        return a.accountId == b.accountId && a.environmentId == b.environmentId;
    }
};

/** A deployment the monitor saw unfinished, for the tray's list. */
struct RunningDeployment
{
    DeploymentRef deployment;
    QString status;
    QString buildStep;
};

/**
 * Watches the environments the user deployed to or has open, with one DeploymentWatcher each,
 * and reports outcome() when a deployment it saw unfinished becomes finished: once per deployment,
 * also when that happened while the connection was down (the watcher reconciles by query after a
 * reconnect). A deployment that was finished when first seen is history, not news, and is never
 * reported — unless the user started it (expect()), since a fast build may end before the first
 * query.
 *
 * An environment stays watched while it is open (browse()), while it was deployed to and that
 * build has not ended, and while any deployment seen unfinished in it has not ended; then its
 * watcher goes. The API and subscription clients are the account's session's and must outlive
 * the watchers: detachAccount() before a session goes. A new session of the same account (after a
 * renewal or a new sign-in) takes the watches over with rebindAccount(), so a build the user
 * started before is still reported, once; unwatchAccount() forgets them when the account is gone.
 */
class DeploymentMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentMonitor)

public:
    explicit DeploymentMonitor(QObject *parent = nullptr);
    ~DeploymentMonitor() override;

    /** The environment open in the browser; replaces the one open before. */
    void browse(const WatchedEnvironment &environment, LagoonApiClient *api, LagoonSubscriptionClient *subscriptions);
    /** No environment is open any more (its running deployments are still followed). */
    void stopBrowsing();
    /** The user started `buildName` in `environment`: it is followed until it ends and reported even if it ends at
     * once. */
    void expect(const WatchedEnvironment &environment, const QString &buildName, LagoonApiClient *api,
                LagoonSubscriptionClient *subscriptions);
    /** Forgets every watch of `accountId` (the account is gone, or another one replaced it). */
    void unwatchAccount(const QString &accountId);
    /**
     * The session of `accountId` is going: its watchers stop, but the deployments the user waits
     * for stay (unfinished and reported as they were) until rebindAccount() gives them new clients.
     */
    void detachAccount(const QString &accountId);
    /** A new session of `accountId`: every watch of it follows on with these clients. */
    void rebindAccount(const QString &accountId, LagoonApiClient *api, LagoonSubscriptionClient *subscriptions);

    QList<WatchedEnvironment> watched() const;
    /** Deployments seen unfinished that have not ended yet, in the order they were first seen. */
    QList<RunningDeployment> running() const;
    /** For tests and diagnostics: the watcher of a watched environment. */
    DeploymentWatcher *watcher(const WatchedEnvironment &environment) const;

Q_SIGNALS:
    /** A deployment ended; emitted once per deployment. */
    void outcome(const Lagoon::DeploymentOutcome &outcome);
    /** running() changed. */
    void runningChanged();

private:
    struct Watch
    {
        WatchedEnvironment environment;
        // nullptr while detached (the account has no session).
        std::unique_ptr<DeploymentWatcher> watcher;
        LagoonApiClient *api = nullptr;
        bool browsing = false;
        // Seen unfinished (or expected), not ended yet; in the order they were first seen.
        QList<QString> unfinished;
        QSet<QString> reported;
        // What the tray lists while a watcher is being replaced: its state is the last one seen.
        QHash<QString, LagoonDeployment> lastSeen;
    };

    Watch *find(const WatchedEnvironment &environment) const;
    Watch *ensure(const WatchedEnvironment &environment, LagoonApiClient *api, LagoonSubscriptionClient *subscriptions);
    void attach(Watch *watch, LagoonApiClient *api, LagoonSubscriptionClient *subscriptions);
    static void release(Watch *watch);
    void onChanged(Watch *watch, const QString &name);
    void dropIfIdle(Watch *watch);

    std::vector<std::unique_ptr<Watch>> m_watches;
};

} // namespace Lagoon
