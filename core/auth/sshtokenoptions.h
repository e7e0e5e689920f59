// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QString>

namespace Lagoon {

/**
 * Where and how to ask a Lagoon SSH token service for a token: `ssh -p port user@host grant`.
 * Lagoon's discovery document publishes host and port (ssh_token_exchange); the user is `lagoon`.
 * Nothing here is secret: the private key stays in its file or in ssh-agent.
 */
struct SshTokenOptions
{
    QString host;
    int port = 22;
    QString user = QStringLiteral("lagoon");
    /** A private key file for -i (with IdentitiesOnly); empty: ssh-agent and ssh's default keys. */
    QString identityFile;
    /** UserKnownHostsFile; empty: the user's own (~/.ssh/known_hosts). */
    QString knownHostsFile;
    /** An ssh_config for -F; empty: the user's own (~/.ssh/config). */
    QString configFile;
    /** The ssh client; empty: `ssh` from PATH. */
    QString sshProgram;
    /** StrictHostKeyChecking: accept-new trusts a host on first use and refuses a changed key. */
    QString strictHostKeyChecking = QStringLiteral("accept-new");
    /** For the whole exchange, connection included. */
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};

    bool isValid() const { return !host.isEmpty() && port > 0 && port < 65536 && !user.isEmpty(); }

    friend bool operator==(const SshTokenOptions &, const SshTokenOptions &) = default;
};

} // namespace Lagoon
