// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointer>
#include <QProcess>

#include "core/auth/sshtokenoptions.h"
#include "core/remote/buildlogsource.h"

namespace Lagoon {

/**
 * Follows a build's log over Lagoon's SSH portal with the system's OpenSSH client, as lagoon-cli
 * does: `ssh -p PORT NAMESPACE@HOST lagoonSystem=build name=BUILD logs=tailLines=N,follow`. The
 * options (host, port, key, known_hosts, StrictHostKeyChecking) are the account's, as
 * SshTokenLogin uses them; `options.user` must be the environment's namespace for a real portal.
 * The stream ends by itself when the build ends (ended()); any other end of ssh is failed().
 */
class SshBuildLogSource final : public BuildLogSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshBuildLogSource)

public:
    /** Enough for a whole build log: the portal streams the last `tailLines` lines, then follows. */
    static constexpr int DefaultTailLines = 100000;

    SshBuildLogSource(const SshTokenOptions &options, const QString &buildName, int tailLines = DefaultTailLines,
                      QObject *parent = nullptr);
    ~SshBuildLogSource() override;

    void start() override;
    void stop() override;
    QString description() const override;

    /** The remote command (what follows user@host). */
    QString command() const;
    /** ssh's whole argument list. */
    QStringList arguments() const;

private:
    void onOutput();
    void onExited(int exitCode, QProcess::ExitStatus status);

    SshTokenOptions m_options;
    QString m_buildName;
    int m_tailLines;
    QPointer<QProcess> m_process;
    QByteArray m_partial;
    QByteArray m_stderr;
    bool m_firstBatch = true;
    bool m_running = false;
};

} // namespace Lagoon
