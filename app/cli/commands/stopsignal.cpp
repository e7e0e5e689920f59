// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/stopsignal.h"

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QSocketNotifier>

namespace Lagoon::Cli {

namespace {

// A signal handler may only write(): it wakes the event loop through this pipe.
int s_pipe[2] = {-1, -1};
struct sigaction s_oldInt;
struct sigaction s_oldTerm;

void onSignal(int)
{
    const char byte = 1;
    const int saved = errno;
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    errno = saved;
}

} // namespace

StopSignal::StopSignal(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &s_oldInt);
    sigaction(SIGTERM, &action, &s_oldTerm);
    m_signalNotifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_signalNotifier, &QSocketNotifier::activated, this, [this] {
        char buffer[64];
        while (::read(s_pipe[0], buffer, sizeof(buffer)) > 0) {
        }
        trigger();
    });
}

StopSignal::~StopSignal()
{
    if (!m_signalNotifier)
        return;
    sigaction(SIGINT, &s_oldInt, nullptr);
    sigaction(SIGTERM, &s_oldTerm, nullptr);
    delete m_signalNotifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

void StopSignal::watchStandardInput()
{
    struct stat info = {};
    if (m_stdinNotifier || ::fstat(STDIN_FILENO, &info) != 0 || !(S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode)))
        return;
    m_stdinNotifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdinNotifier, &QSocketNotifier::activated, this, [this] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof(buffer));
        // What is typed or piped in means nothing here; only the end of the input does.
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
            m_stdinNotifier->setEnabled(false);
            trigger();
        }
    });
}

void StopSignal::trigger()
{
    if (m_triggered)
        return;
    m_triggered = true;
    Q_EMIT triggered();
}

} // namespace Lagoon::Cli
