// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/namespacename.h"

#include <QCryptographicHash>

namespace Lagoon::NamespaceName {

namespace {

QString sha1Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

QString makeSafe(const QString &name)
{
    QString out = name.toLower();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || u == u'-';
        if (!allowed)
            c = QLatin1Char('-');
    }
    return out;
}

QString shortenEnvironment(const QString &project, const QString &environment)
{
    // Lagoon counts bytes; names that reach here are already ASCII (makeSafe).
    const qsizetype overlength = 58 - project.toUtf8().size();
    if (environment.size() > overlength && overlength > 5)
        return environment.left(overlength - 5) + QLatin1Char('-') + sha1Hex(environment).left(4);
    return environment;
}

QString forEnvironment(const QString &project, const QString &environment)
{
    const QString env = shortenEnvironment(project, makeSafe(environment));
    QString ns = makeSafe(project + QLatin1Char('-') + env);
    if (ns.size() > 63)
        ns = ns.left(58) + QLatin1Char('-') + sha1Hex(ns).left(4);
    return ns;
}

} // namespace Lagoon::NamespaceName
