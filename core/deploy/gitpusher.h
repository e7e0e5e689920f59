// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace Lagoon {

struct GitPushOptions
{
    QString remote;          ///< empty: the branch's upstream remote, else "origin"
    QString branch;          ///< empty: the checked-out branch
    QString knownHostsFile;  ///< empty: ~/.ssh/known_hosts
    bool setUpstream = true; ///< a branch without upstream gets <remote>/<branch> after the push
};

/** How a push ended; `message` is one translated sentence that says what to do. */
struct GitPushResult
{
    enum class Failure {
        None,
        Rejected,        ///< not a fast-forward, or the server refused the ref
        AuthRefused,     ///< the server refused the agent's keys or the helper's password
        NoCredentials,   ///< no ssh-agent, or the credential helper has nothing
        HostKeyUnknown,  ///< the SSH server is not in known_hosts
        HostKeyChanged,  ///< known_hosts lists another key for it (or revoked this one)
        Network,         ///< cannot connect, resolve, or the connection broke
        Other,           ///< no such remote, detached HEAD, anything else from libgit2
    };

    Failure failure = Failure::None;
    QString message;
    QString detail;  ///< libgit2's or the server's text
    QString remote;
    QString branch;
    QString url;
    QString sha;     ///< the commit pushed

    bool ok() const { return failure == Failure::None; }
};

/**
 * Pushes a branch to its remote with libgit2, on a worker thread so the UI never waits.
 * Credentials come from the user's ssh-agent (SSH remotes, SSH_AUTH_SOCK) or their git
 * credential helper (HTTPS, `git credential fill`); the app keeps none. An SSH server's host
 * key must be in known_hosts (KnownHosts), never accepted blindly. One push at a time.
 */
class GitPusher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitPusher)

public:
    explicit GitPusher(QObject *parent = nullptr);
    /** Asks a running push to stop at its next progress report, and forgets its result. */
    ~GitPusher() override;

    /** Starts pushing the repository containing `path`; false when a push is already running. */
    bool push(const QString &path, const GitPushOptions &options = {});
    bool isRunning() const;

    /**
     * The push itself, blocking. `progress(current, total)` reports objects sent; returning false
     * stops the push.
     */
    static GitPushResult pushNow(const QString &path, const GitPushOptions &options,
                                 const std::function<bool(int current, int total)> &progress = {});

Q_SIGNALS:
    void progress(int current, int total);
    void finished(const Lagoon::GitPushResult &result);

private:
    QFutureWatcher<GitPushResult> m_watcher;
};

} // namespace Lagoon
