// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QPointer>
#include <QTimer>

#include "core/remote/buildlogsource.h"

namespace Lagoon {

class LagoonApiClient;

/**
 * A build's log from the API's `Deployment.buildLog` (the DeploymentLog document), polled while
 * the build runs: each answer is the whole log so far, delivered fromStart without its unfinished
 * last line. fetchFinal() asks once more and delivers the last line too, then ended(). A failed
 * poll is tried again at the next interval (the API may be restarting); only fetchFinal() reports
 * failed().
 */
class PolledBuildLogSource final : public BuildLogSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolledBuildLogSource)

public:
    /** `api` must outlive the source. */
    PolledBuildLogSource(LagoonApiClient *api, const QString &project, const QString &environment,
                         const QString &buildName, QObject *parent = nullptr);
    ~PolledBuildLogSource() override;

    std::chrono::milliseconds interval() const { return m_interval; }
    void setInterval(std::chrono::milliseconds interval);

    void start() override;
    void stop() override;
    QString description() const override;

    /** One last poll with the whole log, then ended() (or failed()); stops the polling. */
    void fetchFinal();

    /** Splits a log into lines; without `complete`, an unfinished last line is left out. */
    static QList<QByteArray> splitLines(const QByteArray &log, bool complete);

private:
    void poll(bool final);

    QPointer<LagoonApiClient> m_api;
    QString m_project;
    QString m_environment;
    QString m_buildName;
    std::chrono::milliseconds m_interval{std::chrono::seconds(3)};
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_finalWanted = false;
    // A poll that returned the same log as the last one delivers nothing.
    qsizetype m_lastSize = -1;
};

} // namespace Lagoon
