// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/bench/firstframelauncher.h"

#include <algorithm>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>
#include <utility>
#include <vector>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace Lagoon {

namespace {

constexpr int FirstFrameTimeoutMs = 60000;
constexpr int ExitTimeoutMs = 30000;

double nowNs()
{
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count());
}

/** A "Key:   1234 kB" line of /proc/<pid>/status or smaps_rollup, in bytes; 0 when absent. */
qint64 procKb(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + ':')))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

} // namespace

FirstFrameLauncher::FirstFrameLauncher(QByteArray platform, QString scratch)
    : m_platform(std::move(platform)), m_scratch(std::move(scratch))
{
}

void FirstFrameLauncher::dropCaches()
{
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (drop.open(QIODevice::WriteOnly))
        drop.write("3\n");
}

FirstFrameLauncher::Child FirstFrameLauncher::spawn(const QString &program, const QStringList &args, QString &error)
{
    Child child;
    const QString home = m_scratch + u'/' + QString::number(++m_launches);
    const QStringList folders{u"config"_s, u"cache"_s, u"data"_s, u"runtime"_s};
    for (const QString &folder : folders) {
        if (!QDir().mkpath(home + u'/' + folder)) {
            error = QStringLiteral("cannot create ") + home + u'/' + folder;
            return child;
        }
    }
    QFile::setPermissions(home + u"/runtime"_s, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    child.stderrPath = home + u"/stderr.txt"_s;

    // The environment of this process with the platform and the four XDG folders replaced.
    const QList<QPair<QByteArray, QByteArray>> replaced{
        {QByteArrayLiteral("QT_QPA_PLATFORM"), m_platform},
        {QByteArrayLiteral("XDG_CONFIG_HOME"), QFile::encodeName(home + u"/config"_s)},
        {QByteArrayLiteral("XDG_CACHE_HOME"), QFile::encodeName(home + u"/cache"_s)},
        {QByteArrayLiteral("XDG_DATA_HOME"), QFile::encodeName(home + u"/data"_s)},
        {QByteArrayLiteral("XDG_RUNTIME_DIR"), QFile::encodeName(home + u"/runtime"_s)}};
    QList<QByteArray> envStrings;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        const QByteArray name = entry.left(entry.indexOf('='));
        bool replace = false;
        for (const auto &[key, value] : replaced)
            replace = replace || key == name;
        if (!replace)
            envStrings << entry;
    }
    for (const auto &[key, value] : replaced)
        envStrings << key + '=' + value;
    QList<QByteArray> argStrings{QFile::encodeName(program)};
    for (const QString &arg : args)
        argStrings << arg.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argStrings)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : envStrings)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        error = QStringLiteral("pipe failed");
        return child;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    const QByteArray stderrFile = QFile::encodeName(child.stderrPath);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderrFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    if (m_dropCaches)
        dropCaches();
    const int rc = ::posix_spawn(&child.pid, argv.front(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (rc != 0) {
        ::close(pipeFds[0]);
        child.pid = -1;
        error = QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(rc)));
        return child;
    }
    child.stdoutFd = pipeFds[0];
    return child;
}

QJsonObject FirstFrameLauncher::nextEvent(Child &child, double startNs, double deadlineNs, Launch &launch, bool eofOk)
{
    while (true) {
        qsizetype newline;
        while ((newline = child.buffer.indexOf('\n')) >= 0) {
            const QByteArray line = child.buffer.left(newline);
            child.buffer.remove(0, newline + 1);
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString event = o.value(u"event"_s).toString();
            if (event.isEmpty())
                continue; // anything else the program prints on stdout
            const double sinceFork = (nowNs() - startNs) / 1e6;
            if (!o.value(u"project"_s).toString().isEmpty())
                launch.project = o.value(u"project"_s).toString();
            if (event == u"first-frame"_s) {
                launch.wallMs = sinceFork;
                launch.firstFrame = o;
                launch.title = o.value(u"title"_s).toString();
            } else if (event == u"project-loaded"_s) {
                launch.projectLoadedMs = sinceFork;
            } else if (event == u"project-failed"_s) {
                launch.error = u"the project did not load: "_s + o.value(u"message"_s).toString();
                return {};
            }
            return o;
        }
        const int waitMs = int((deadlineNs - nowNs()) / 1e6);
        if (waitMs <= 0) {
            launch.error = u"no further line within %1 s"_s.arg((deadlineNs - startNs) / 1e9, 0, 'f', 0);
            return {};
        }
        pollfd fd{child.stdoutFd, POLLIN, 0};
        const int ready = ::poll(&fd, 1, waitMs);
        if (ready < 0 && errno != EINTR) {
            launch.error = u"poll failed"_s;
            return {};
        }
        // Only read what poll() said is there: a blocking read would outwait the deadline.
        if (ready <= 0 || !(fd.revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        char chunk[4096];
        const ssize_t n = ::read(child.stdoutFd, chunk, sizeof chunk);
        if (n == 0) {
            if (!eofOk)
                launch.error = u"it closed stdout before its first-frame line"_s;
            return {};
        }
        if (n > 0)
            child.buffer.append(chunk, n);
    }
}

int FirstFrameLauncher::reap(const Child &child, int timeoutMs, bool terminate)
{
    // The pipe is closed on every way out, so failed launches leak no descriptors.
    const auto closePipe = qScopeGuard([&child] {
        if (child.stdoutFd >= 0)
            ::close(child.stdoutFd);
    });
    if (terminate)
        ::kill(child.pid, SIGTERM);
    int status = 0;
    for (int waited = 0;; waited += 10) {
        const pid_t done = ::waitpid(child.pid, &status, WNOHANG);
        if (done == child.pid)
            break;
        if (done < 0)
            return -1;
        // At least a short grace period after SIGTERM before SIGKILL, even with timeoutMs 0.
        if (waited >= std::max(timeoutMs, terminate ? 500 : 0)) {
            ::kill(child.pid, SIGKILL);
            ::waitpid(child.pid, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM && terminate ? 0 : 128 + WTERMSIG(status);
}

QString FirstFrameLauncher::stderrTail(const Child &child) const
{
    QFile file(child.stderrPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll().trimmed();
    return text.isEmpty() ? QString() : QStringLiteral("; stderr ends: ") + QString::fromLocal8Bit(text.right(400));
}

FirstFrameLauncher::Launch FirstFrameLauncher::timeToFirstFrame(const QString &program, const QStringList &args)
{
    Launch launch;
    const double start = nowNs();
    Child child = spawn(program, args, launch.error);
    if (child.pid < 0)
        return launch;
    const double deadline = start + FirstFrameTimeoutMs * 1e6;
    bool seen = false;
    while (!seen && !nextEvent(child, start, deadline, launch).isEmpty())
        seen = launch.wallMs > 0;
    // After the first frame the program finishes (loading the project it was given) and exits.
    while (seen && launch.error.isEmpty() && !nextEvent(child, start, deadline + ExitTimeoutMs * 1e6, launch, true).isEmpty()) {
    }
    const int status = reap(child, launch.error.isEmpty() ? ExitTimeoutMs : 0, !launch.error.isEmpty());
    if (launch.error.isEmpty() && status != 0)
        launch.error = QStringLiteral("exit status %1 after the first frame").arg(status);
    if (!launch.error.isEmpty())
        launch.error += stderrTail(child);
    return launch;
}

FirstFrameLauncher::Launch FirstFrameLauncher::idleMemory(const QString &program, const QStringList &args,
                                                          bool waitForProject, int settleMs, int maxWaitMs)
{
    Launch launch;
    const double start = nowNs();
    Child child = spawn(program, args, launch.error);
    if (child.pid < 0)
        return launch;
    const double deadline = start + FirstFrameTimeoutMs * 1e6;
    const auto done = [&] { return launch.wallMs > 0 && (!waitForProject || launch.projectLoadedMs >= 0); };
    while (!done() && !nextEvent(child, start, deadline, launch).isEmpty()) {
    }
    if (done()) {
        // Loading and validating go on after the project-loaded line (watchers, the first refresh);
        // wait until the resident size has stopped growing rather than a fixed time.
        const QString status = QStringLiteral("/proc/%1/status").arg(child.pid);
        const double lineNs = nowNs();
        qint64 peak = procKb(status, "VmRSS");
        double stableSinceNs = lineNs;
        constexpr int PollMs = 100;
        while ((nowNs() - lineNs) / 1e6 < maxWaitMs && (nowNs() - stableSinceNs) / 1e6 < settleMs) {
            std::this_thread::sleep_for(std::chrono::milliseconds(PollMs));
            const qint64 rss = procKb(status, "VmRSS");
            if (rss == 0) {
                launch.error = QStringLiteral("it ended while idle");
                break;
            }
            if (rss > peak) {
                peak = rss;
                stableSinceNs = nowNs();
            }
        }
        launch.idleAfterMs = (stableSinceNs - lineNs) / 1e6;
        launch.rssBytes = procKb(status, "VmRSS");
        launch.pssBytes = procKb(QStringLiteral("/proc/%1/smaps_rollup").arg(child.pid), "Pss");
    }
    const int status = reap(child, ExitTimeoutMs, true);
    if (launch.error.isEmpty() && status != 0)
        launch.error = QStringLiteral("exit status %1 after SIGTERM").arg(status);
    if (!launch.error.isEmpty())
        launch.error += stderrTail(child);
    return launch;
}

} // namespace Lagoon
