// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "core/stack/dockerlogparser.h"

namespace Lagoon {

class DockerClient;
class DockerLogStream;
class LocalStack;

/**
 * Follows the logs of every container of a local stack: one DockerLogStream per service's
 * container, started when the container appears, started again (from where it stopped) when it
 * is restarted, and a fresh one when `up` replaces the container. New containers first deliver
 * their last `historyLines` lines. Lines arrive per service, in order, as the engine sends them.
 */
class StackLogCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackLogCollector)

public:
    explicit StackLogCollector(QObject *parent = nullptr);
    ~StackLogCollector() override;

    /** Follows `stack` through `client` (both must outlive the collector, or be unset first). */
    void setStack(LocalStack *stack, DockerClient *client);
    /** Stops every stream; what was collected stays with whoever received it. */
    void stop();

    void setHistoryLines(int lines) { m_historyLines = lines; }
    /** The services whose container is being followed now. */
    QStringList followedServices() const;

Q_SIGNALS:
    void linesReceived(const QString &service, const QList<Lagoon::DockerLogLine> &lines);

private:
    struct Follow
    {
        QString containerId;
        QPointer<DockerLogStream> stream;
        /** The newest line's time, so a restarted container's stream skips what was shown. */
        QDateTime last;
        /** Where the current stream starts (inclusive): its lines up to then were shown already. */
        QDateTime since;
        /** The end of the last run whose output was read after it ended. */
        QDateTime drained;
        int failures = 0;
    };

    void sync();
    void syncService(const QString &service);
    void startStream(const QString &service, Follow &follow);
    void onLines(const QString &service, const QString &containerId, const QList<DockerLogLine> &lines);
    void onFinished(const QString &service, const QString &containerId, bool failed);

    QPointer<LocalStack> m_stack;
    DockerClient *m_client = nullptr;
    QHash<QString, Follow> m_follows; // by service
    int m_historyLines = 500;
};

} // namespace Lagoon
