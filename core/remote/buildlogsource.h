// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/**
 * Where a remote build's log comes from while the build runs: followed over Lagoon's SSH portal
 * (SshBuildLogSource) or polled from the API (PolledBuildLogSource). A source only delivers
 * lines; LagoonRolloutFeed splices them into the rollout's log without duplicates, whichever
 * source they came from.
 *
 * Lines come complete (no line break), in the log's order. `fromStart` says they start again at
 * the log's first line (every poll returns the whole log; a stream's first batch starts at its
 * beginning); otherwise they continue the previous batch.
 */
class BuildLogSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildLogSource)

public:
    ~BuildLogSource() override;

    virtual void start() = 0;
    virtual void stop() = 0;
    /** For people: "followed live over SSH (host:port)", "polled from the API every 3 s". */
    virtual QString description() const = 0;

Q_SIGNALS:
    void linesReceived(const QList<QByteArray> &lines, bool fromStart);
    /** The source gave up (refused, connection lost): nothing more comes from it. */
    void failed(const Lagoon::Error &error);
    /** The log ended normally (the stream closed with the build). */
    void ended();

protected:
    explicit BuildLogSource(QObject *parent = nullptr);
};

} // namespace Lagoon
