// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
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
class FirstFrameLauncher final
{
public:
    struct Launch
    {
        double wallMs = 0;        ///< fork to the first-frame line read here
        QJsonObject firstFrame;   ///< the first-frame line (msSinceProcessStart and/or msSinceMain)
        double projectLoadedMs = -1; ///< fork to a project-loaded line (-1: none came)
        QString title;            ///< the window title the first-frame line names
        QString project;          ///< the project folder the lines name (empty for none)
        qint64 rssBytes = 0;      ///< VmRSS once idle (idle launches only)
        qint64 pssBytes = 0;      ///< Pss from smaps_rollup once idle (idle launches only; 0 if unreadable)
        double idleAfterMs = 0;   ///< from the line until the RSS stopped growing
        QString error;            ///< why the launch does not count; empty when it does
    };

    /** @p platform is QT_QPA_PLATFORM for every launch; @p scratch a folder for the XDG folders. */
    FirstFrameLauncher(QByteArray platform, QString scratch);

    /** Drops the page cache before each launch (root only; see README). */
    void setDropCaches(bool drop) { m_dropCaches = drop; }

    /**
     * Runs @p program with @p args until its first-frame line, then reads the rest of its lines (a
     * project-loaded or project-failed line may follow) until it exits, which must be with 0.
     */
    Launch timeToFirstFrame(const QString &program, const QStringList &args);

    /**
     * Runs @p program with @p args until its first-frame line (and its project-loaded line when
     * @p waitForProject), waits until its VmRSS has not grown for @p settleMs (at most
     * @p maxWaitMs), reads VmRSS and Pss, and ends it with SIGTERM.
     */
    Launch idleMemory(const QString &program, const QStringList &args, bool waitForProject, int settleMs, int maxWaitMs);

private:
    struct Child
    {
        pid_t pid = -1;
        int stdoutFd = -1;
        QString stderrPath;
        QByteArray buffer; ///< stdout read but not yet split into lines
    };

    Child spawn(const QString &program, const QStringList &args, QString &error);
    /**
     * The next JSON line with an "event" on the child's stdout, and applies it to @p launch (times
     * from @p startNs). An empty object at the deadline, at EOF or on project-failed, with
     * launch.error set unless it was EOF after @p eofOk.
     */
    QJsonObject nextEvent(Child &child, double startNs, double deadlineNs, Launch &launch, bool eofOk = false);
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
