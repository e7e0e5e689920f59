// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/sshtokenerrors.h"

#include <QDir>
#include <QStringList>

namespace Lagoon {

namespace {

// The last lines of stderr, without the empty ones: enough to explain, bounded for logs.
QString tail(const QByteArray &standardError)
{
    QStringList lines = QString::fromUtf8(standardError).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    while (lines.size() > 6)
        lines.removeFirst();
    return lines.join(QLatin1Char('\n')).left(2000);
}

bool mentions(const QByteArray &text, const char *needle)
{
    return text.contains(needle);
}

} // namespace

QString SshTokenErrors::endpoint(const SshTokenOptions &options)
{
    return options.host + QLatin1Char(':') + QString::number(options.port);
}

Error SshTokenErrors::fromExit(int exitCode, const QByteArray &standardError, const SshTokenOptions &options)
{
    const QString detail = tail(standardError);
    const QString where = endpoint(options);
    if (exitCode != 255) {
        const QString said = detail.section(QLatin1Char('\n'), -1);
        return Error{Error::Code::ApiError,
                     said.isEmpty() ? tr("The SSH token service at %1 failed (exit code %2)").arg(where).arg(exitCode)
                                    : tr("The SSH token service at %1 answered: %2").arg(where, said),
                     detail};
    }
    if (mentions(standardError, "REMOTE HOST IDENTIFICATION HAS CHANGED") ||
        mentions(standardError, "Host key verification failed")) {
        const QString knownHosts = options.knownHostsFile.isEmpty()
                                       ? QDir::home().filePath(QStringLiteral(".ssh/known_hosts"))
                                       : options.knownHostsFile;
        return Error{Error::Code::TlsError,
                     tr("The SSH host key of %1 is not the one recorded in %2. If the server was reinstalled, "
                        "confirm its new key with your Lagoon administrator and remove the old one with "
                        "ssh-keygen -R \"[%3]:%4\"; otherwise someone may be intercepting the connection.")
                         .arg(where, knownHosts, options.host)
                         .arg(options.port),
                     detail};
    }
    if (mentions(standardError, "Permission denied")) {
        const QString key = options.identityFile.isEmpty() ? tr("your SSH keys") : options.identityFile;
        return Error{Error::Code::Unauthorized,
                     tr("The SSH token service at %1 refused %2. Add the public key to your Lagoon account, or "
                        "choose the key that is registered there (a key with a passphrase must be loaded into "
                        "ssh-agent).")
                         .arg(where, key),
                     detail};
    }
    if (mentions(standardError, "Could not resolve hostname")) {
        return Error{Error::Code::NetworkError,
                     tr("The SSH token host %1 cannot be found: check its name and your network").arg(options.host),
                     detail};
    }
    if (mentions(standardError, "Connection refused")) {
        return Error{Error::Code::NetworkError,
                     tr("Nothing answers at %1 (connection refused): check the SSH token host and port of this "
                        "Lagoon")
                         .arg(where),
                     detail};
    }
    if (mentions(standardError, "timed out") || mentions(standardError, "No route to host") ||
        mentions(standardError, "Network is unreachable")) {
        return Error{Error::Code::NetworkError,
                     tr("Cannot reach the SSH token service at %1: check your network, VPN or firewall").arg(where),
                     detail};
    }
    if (mentions(standardError, "Connection closed") || mentions(standardError, "Connection reset") ||
        mentions(standardError, "kex_exchange_identification")) {
        return Error{Error::Code::ConnectionLost,
                     tr("The SSH token service at %1 closed the connection before answering").arg(where), detail};
    }
    return Error{Error::Code::NetworkError,
                 tr("ssh could not get a token from %1: %2")
                     .arg(where, detail.isEmpty() ? tr("no reason given") : detail.section(QLatin1Char('\n'), -1)),
                 detail};
}

Error SshTokenErrors::programMissing(const QString &program)
{
    return Error{Error::Code::NotFound,
                 tr("The ssh program was not found. Install the OpenSSH client to sign in with an SSH key."), program};
}

Error SshTokenErrors::keyFileMissing(const QString &file)
{
    return Error{Error::Code::NotFound, tr("The SSH key %1 does not exist").arg(QDir::toNativeSeparators(file)), file};
}

Error SshTokenErrors::timedOut(const SshTokenOptions &options)
{
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(options.timeout).count());
    return Error{
        Error::Code::Timeout,
        tr("The SSH token service at %1 did not answer within %n second(s)", nullptr, seconds).arg(endpoint(options)),
        QString()};
}

Error SshTokenErrors::notAToken(const SshTokenOptions &options, const QString &detail)
{
    return Error{Error::Code::ParseFailed,
                 tr("The SSH token service at %1 answered, but not with a token").arg(endpoint(options)), detail};
}

} // namespace Lagoon
