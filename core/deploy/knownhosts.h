// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Lagoon {

/**
 * OpenSSH's known_hosts check for a server's host key, as `ssh` does it with
 * StrictHostKeyChecking=yes: the key must be listed for the host (plain or hashed `|1|` names,
 * `[host]:port` for ports other than 22, comma-separated patterns with `*`/`?`); a listed host
 * with another key of the same type is a changed key; `@revoked` keys never match. Nothing is
 * ever added to the file.
 */
class KnownHosts final
{
public:
    enum class Verdict { Known, Unknown, Changed, Revoked };

    /** `key` is the host key blob as the server sent it (SSH wire format: type name, then the key). */
    static Verdict check(const QString &knownHostsFile, const QString &host, int port, const QByteArray &key);
    /** The same against the file's text. */
    static Verdict checkText(const QByteArray &text, const QString &host, int port, const QByteArray &key);
    /** ~/.ssh/known_hosts */
    static QString defaultFile();
    /** The key type named at the start of a key blob ("ssh-ed25519"). */
    static QString keyType(const QByteArray &key);
    /** "SHA256:…" as ssh-keygen -l prints it. */
    static QString fingerprint(const QByteArray &key);
};

} // namespace Lagoon
