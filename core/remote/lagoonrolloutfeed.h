// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/auth/sshtokenoptions.h"
#include "core/remote/lagoondeployment.h"
#include "core/remote/lagoonenvironmentref.h"
#include "core/remote/logsplicer.h"
#include "core/rollout/buildlogparser.h"
#include "core/rollout/rolloutrecord.h"
#include "core/util/error.h"

namespace Lagoon {

class BuildLogSource;
class DeploymentWatcher;
class LagoonSession;
class PolledBuildLogSource;
class Rollout;

/**
 * Follows one remote Lagoon build into a Rollout, which the GUI's rollout view, the CLI's
 * `deploy --follow` and the notifications all read:
 *
 * - status from a DeploymentWatcher (subscription, reconciled by query after every reconnect):
 *   new/pending/queued → Pending with the queue position, running → Running, complete →
 *   Succeeded (with warnings when Lagoon or a banner says so), failed/error → Failed at the
 *   failing step, cancelled → Cancelled;
 * - steps from `buildStep` events, then from the log's BEGIN/STEP banners (BuildLogParser);
 * - the log over the SSH portal when the account has an SSH endpoint (spliced onto the whole log
 *   read once from the API first, as the portal streams only a tail), else (or when SSH fails)
 *   polled from the API; once more from the API when the build ends, so nothing is missing;
 * - each step's durations in the last few finished builds of the environment.
 *
 * finished() comes exactly once, after the final log was fetched (or could not be), whatever
 * reconnections or restarts of the API happen meanwhile. The feed owns its Rollout.
 */
class LagoonRolloutFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonRolloutFeed)

public:
    struct Options
    {
        /** The account's SSH endpoint (host empty: none, the log is polled). */
        SshTokenOptions ssh;
        /** The SSH login; empty: the environment's namespace, as Lagoon's SSH portal expects. */
        QString sshUser;
        int sshTailLines = 100000;
        std::chrono::milliseconds pollInterval{std::chrono::seconds(3)};
        /** How many finished builds of the environment to compare step durations with. */
        int earlierBuilds = 5;
        /** How long the final log fetch may take before finished() goes out without it. */
        std::chrono::milliseconds finalLogTimeout{std::chrono::seconds(10)};
    };

    /** The feed stops when `session` is deleted (sign-out, re-sign-in); it never finishes then. */
    LagoonRolloutFeed(LagoonSession *session, const LagoonEnvironmentRef &environment, const QString &buildName,
                      const Options &options, QObject *parent = nullptr);
    LagoonRolloutFeed(LagoonSession *session, const LagoonEnvironmentRef &environment, const QString &buildName,
                      QObject *parent = nullptr);
    ~LagoonRolloutFeed() override;

    /** Starts watching; the rollout fills as the build goes. */
    void start();
    /** Stops watching and following the log; the rollout stays as it is. */
    void stop();

    Rollout *rollout() const { return m_rollout.get(); }
    const QString &buildName() const { return m_buildName; }
    const LagoonEnvironmentRef &environment() const { return m_environment; }
    /** The deployment as last reported; nullopt until the API listed it. */
    std::optional<LagoonDeployment> deployment() const { return m_deployment; }
    /** How the log arrives now ("followed live over SSH (host:22)"); empty before the build runs. */
    QString logSourceDescription() const { return m_logSourceDescription; }
    bool isFinished() const { return m_finished; }
    /** stop() was called, or the session went away. */
    bool isStopped() const { return m_stopped; }
    /** The watcher behind the status, for callers that time its events (benchmarks). */
    DeploymentWatcher *watcher() const { return m_watcher.get(); }

Q_SIGNALS:
    void deploymentChanged(const Lagoon::LagoonDeployment &deployment);
    /** The log's source changed; `reason` says why when it fell back (SSH refused or lost). */
    void logSourceChanged(const QString &description, const QString &reason);
    /** Earlier builds' step durations were set on the rollout's steps. */
    void earlierDurationsLoaded();
    /** Exactly once. `failingStep` is the title of the step a failed build stopped in, else empty. */
    void finished(Lagoon::RolloutState state, const QString &failingStep);

private:
    void onDeploymentChanged(const QString &name);
    void applyStatus(const LagoonDeployment &deployment);
    void applyBuildStep(const QString &buildStep);
    int queuePosition(const LagoonDeployment &deployment) const;
    int ensureStep(const QString &title);
    void finishRunningStepsBefore(int index);

    void startLog();
    void startSshLog();
    void useSource(BuildLogSource *source, const QString &reason);
    void fallBackToPolling(const QString &reason);
    void onLines(const QList<QByteArray> &lines, bool fromStart);
    void onParserLine(int parserStep, QByteArrayView line);
    void onParserEvent(const BuildLogParser::Event &event);
    void flushPendingLines();
    void setSummaryLine(int index, qsizetype line);

    void beginFinish();
    void completeFinish();
    int failingStepIndex() const;

    void loadEarlierDurations();
    void applyEarlierDurations(int index);

    QPointer<LagoonSession> m_session;
    LagoonEnvironmentRef m_environment;
    QString m_buildName;
    Options m_options;
    std::unique_ptr<Rollout> m_rollout;
    std::unique_ptr<DeploymentWatcher> m_watcher;
    std::optional<LagoonDeployment> m_deployment;

    BuildLogSource *m_source = nullptr;
    PolledBuildLogSource *m_finalSource = nullptr;
    // The whole log read once before the SSH stream, whose first lines are only the log's tail.
    PolledBuildLogSource *m_headSource = nullptr;
    bool m_logStarted = false;
    bool m_stopped = false;
    QString m_logSourceDescription;
    LogSplicer m_splicer;
    BuildLogParser m_parser;
    // Lines the parser released, gathered per step until an event or the batch's end.
    int m_pendingStep = -1;
    QByteArray m_pendingLines;
    qsizetype m_linesAppended = 0;
    // The last line of each rollout step: where a failed step's summary points.
    QHash<int, qsizetype> m_lastLineOfStep;
    // Summary lines named by a banner before the line itself reached the rollout's log.
    QList<std::pair<int, qsizetype>> m_pendingSummaries;
    bool m_bannerWarnings = false;

    QHash<QString, QList<std::chrono::milliseconds>> m_earlier;
    bool m_earlierRequested = false;

    QTimer m_finalTimeout;
    bool m_finishing = false;
    bool m_finished = false;
    bool m_detailsSet = false;
};

} // namespace Lagoon
