// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include "core/auth/sshtokenoptions.h"
#include "core/auth/tokenset.h"
#include "core/util/error.h"

namespace Lagoon {

/**
 * Gets a token from Lagoon's SSH token service with the system's OpenSSH client, as lagoon-cli
 * does: `ssh -p PORT -o BatchMode=yes -o StrictHostKeyChecking=accept-new [-i KEY] USER@HOST grant`,
 * and `token` when the service does not know `grant` (older Lagoon). `grant` answers JSON
 * {access_token, refresh_token, expiry, token_type}, `token` the bare access token.
 *
 * ssh never prompts (BatchMode): keys come from -i, ssh-agent or ssh's defaults. Nothing secret is
 * on the command line. finished() comes exactly once with the tokens or an SshTokenErrors error
 * (NotFound when ssh or the key file is missing, Cancelled after cancel()). One run per start().
 */
class SshTokenLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshTokenLogin)

public:
    explicit SshTokenLogin(const SshTokenOptions &options, QObject *parent = nullptr);
    ~SshTokenLogin() override;

    const SshTokenOptions &options() const { return m_options; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    /** ssh's arguments for `command` (grant or token). */
    QStringList arguments(const QString &command) const;
    /**
     * Reads what the service printed: grant's JSON, or a bare token (the last non-empty line, so a
     * banner before it does not matter). ParseFailed when neither holds a token.
     */
    static Result<TokenSet> parseOutput(const QByteArray &standardOutput, const QDateTime &received);

Q_SIGNALS:
    void finished(const Lagoon::Result<Lagoon::TokenSet> &result);

private:
    void run(const QString &command);
    void onExited(int exitCode, QProcess::ExitStatus status);
    void finish(const Result<TokenSet> &result);

    SshTokenOptions m_options;
    QString m_program;
    QString m_command;
    QPointer<QProcess> m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
    std::optional<Error> m_grantError;
    QTimer m_deadline;
    bool m_running = false;
};

} // namespace Lagoon
