// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace Lagoon {

/**
 * Starts a program that speaks the first-frame protocol (lagoon-desktop's --exit-after-first-frame
 * and --report-first-frame; bench_hellowindow the same) and times it from the fork to its
 * first-frame line on stdout. It uses posix_spawn and a plain pipe rather than QProcess, so no
 * event loop round sits between the line and the clock. Each launch gets fresh XDG config, cache,
 * data and runtime folders: no recent project, recovery file or running instance changes a run.
 */
class StartupProbe final
{
public:
    struct Launch
    {
        double wallMs = 0;        ///< fork to the first-frame line read here
        double reportedMs = -1;   ///< the process's own msSinceProcessStart
        QString title;            ///< the window title the line names
        QString project;          ///< the project folder the line names (empty for none)
        qint64 rssBytes = 0;      ///< VmRSS once idle (idle launches only)
        qint64 pssBytes = 0;      ///< Pss from smaps_rollup once idle (idle launches only; 0 if unreadable)
        double idleAfterMs = 0;   ///< from the line until the RSS stopped growing
        QString error;            ///< why the launch does not count; empty when it does
    };

    /** @p platform is QT_QPA_PLATFORM for every launch; @p scratch a folder for the XDG folders. */
    StartupProbe(QByteArray platform, QString scratch);

    /** Drops the page cache before each launch (root only; see README). */
    void setDropCaches(bool drop) { m_dropCaches = drop; }

    /** Runs @p program with @p args until its first-frame line, then waits for it to exit 0. */
    Launch timeToFirstFrame(const QString &program, const QStringList &args);

    /**
     * Runs @p program with @p args until its first-frame line, waits until its VmRSS has not grown
     * for @p settleMs (at most @p maxWaitMs), reads VmRSS and Pss, and ends it with SIGTERM.
     */
    Launch idleMemory(const QString &program, const QStringList &args, int settleMs, int maxWaitMs);

private:
    struct Child
    {
        pid_t pid = -1;
        int stdoutFd = -1;
        QString stderrPath;
    };

    Child spawn(const QString &program, const QStringList &args, QString &error);
    /** Reads stdout until the first-frame line; fills wallMs and the line's fields. */
    bool readFirstFrame(const Child &child, double startNs, Launch &launch);
    /** Waits up to @p timeoutMs for the child to end; kills it after that. Returns its exit status. */
    int reap(const Child &child, int timeoutMs, bool terminate);
    QString stderrTail(const Child &child) const;
    void dropCaches();

    QByteArray m_platform;
    QString m_scratch;
    bool m_dropCaches = false;
    int m_launches = 0;
};

} // namespace Lagoon
