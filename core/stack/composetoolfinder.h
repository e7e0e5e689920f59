// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include "core/stack/composetool.h"
#include "core/util/error.h"

class QProcess;
class QTimer;

namespace Lagoon {

/**
 * Finds the compose implementation in the PATH of an environment: the `docker compose` plugin
 * when `docker compose version` works, else the standalone `docker-compose`. Asks each with a
 * `version` process, so it is a job: start(), then finished() exactly once on this thread.
 *
 * What it finds is remembered (ComposeToolCache) and used again, without asking, for as long as
 * the programs it was found among do not change; setCacheFile({}) turns that off.
 *
 * Fails with Error::Code::NotFound and a message that says what to install when neither works;
 * Error::detail then says what was tried and what each answered.
 */
class ComposeToolFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeToolFinder)

public:
    explicit ComposeToolFinder(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                               QObject *parent = nullptr);
    ~ComposeToolFinder() override;

    /** How long one `version` probe may take; a hung CLI counts as absent. */
    void setProbeTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /** Where to remember the tool found (default: ComposeToolCache::defaultFile()); empty: nowhere. */
    void setCacheFile(const QString &file) { m_cacheFile = file; }
    /** True when the last start() answered from the cache, without running a probe. */
    bool answeredFromCache() const { return m_fromCache; }

    void start();
    /** Stops probing; finished() then reports Error::Code::Cancelled. */
    void cancel();
    bool isRunning() const { return m_process != nullptr || m_fromCachePending; }

    /** `name` in the environment's PATH, empty when absent (never the caller's own PATH). */
    static QString findInPath(const QString &name, const QProcessEnvironment &environment);

Q_SIGNALS:
    void finished(const Lagoon::Result<Lagoon::ComposeTool> &tool);

private:
    void probePlugin();
    void probeStandalone();
    void probe(ComposeTool::Kind kind, const QString &program, const QStringList &arguments);
    void onProbeFinished(bool ok, const QByteArray &output, const QString &failure);
    void finishNotInstalled();
    void finish(const Result<ComposeTool> &result);

    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(20)};
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    ComposeTool m_candidate;
    QStringList m_tried; // for Error::detail
    QString m_cacheFile;
    bool m_fromCache = false;
    bool m_fromCachePending = false;
};

} // namespace Lagoon
