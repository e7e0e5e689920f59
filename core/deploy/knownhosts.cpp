// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/deploy/knownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace Lagoon {

using namespace Qt::StringLiterals;

namespace {

// known_hosts patterns know only '*' and '?'; everything else (the brackets of "[host]:port")
// is literal.
bool wildcardMatches(const QString &pattern, const QString &name)
{
    QString expression = QRegularExpression::escape(pattern);
    expression.replace("\\*"_L1, ".*"_L1).replace("\\?"_L1, "."_L1);
    return QRegularExpression(u"^"_s + expression + u"$"_s, QRegularExpression::CaseInsensitiveOption)
        .match(name)
        .hasMatch();
}

// A hashed entry is |1|base64(salt)|base64(HMAC-SHA1(salt, name)).
bool hashedMatches(const QString &entry, const QString &name)
{
    const QStringList parts = entry.split(u'|');
    if (parts.size() != 4 || parts.at(1) != "1"_L1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
}

// The host field: comma-separated patterns; a `!pattern` match excludes the line.
bool hostMatches(const QString &field, const QString &name)
{
    if (field.startsWith(u'|'))
        return hashedMatches(field, name);
    bool matched = false;
    for (const QString &pattern : field.split(u',', Qt::SkipEmptyParts)) {
        if (pattern.startsWith(u'!')) {
            if (wildcardMatches(pattern.mid(1), name))
                return false;
        } else if (wildcardMatches(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

} // namespace

QString KnownHosts::defaultFile()
{
    return QDir::home().filePath(u".ssh/known_hosts"_s);
}

QString KnownHosts::keyType(const QByteArray &key)
{
    if (key.size() < 4)
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(key.constData());
    const quint32 length = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | bytes[3];
    if (length > quint32(key.size() - 4))
        return {};
    return QString::fromLatin1(key.mid(4, static_cast<qsizetype>(length)));
}

QString KnownHosts::fingerprint(const QByteArray &key)
{
    QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toBase64();
    while (digest.endsWith('='))
        digest.chop(1);
    return u"SHA256:"_s + QString::fromLatin1(digest);
}

KnownHosts::Verdict KnownHosts::check(const QString &knownHostsFile, const QString &host, int port,
                                      const QByteArray &key)
{
    QFile file(knownHostsFile);
    if (!file.open(QIODevice::ReadOnly))
        return Verdict::Unknown;
    return checkText(file.readAll(), host, port, key);
}

KnownHosts::Verdict KnownHosts::checkText(const QByteArray &text, const QString &host, int port, const QByteArray &key)
{
    const QString name = port <= 0 || port == 22 ? host : u"[%1]:%2"_s.arg(host).arg(port);
    const QString type = keyType(key);
    bool known = false;
    bool otherKeyOfType = false;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        QString marker;
        if (!fields.isEmpty() && fields.first().startsWith(u'@'))
            marker = fields.takeFirst();
        if (fields.size() < 3 || marker == "@cert-authority"_L1 || !hostMatches(fields.at(0), name))
            continue;
        const QByteArray listed = QByteArray::fromBase64(fields.at(2).toLatin1());
        if (listed == key) {
            if (marker == "@revoked"_L1)
                return Verdict::Revoked;
            known = true;
        } else if (marker.isEmpty() && fields.at(1) == type) {
            otherKeyOfType = true;
        }
    }
    if (known)
        return Verdict::Known;
    return otherKeyOfType ? Verdict::Changed : Verdict::Unknown;
}

} // namespace Lagoon
