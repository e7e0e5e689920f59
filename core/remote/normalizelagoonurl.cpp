// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/normalizelagoonurl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Lagoon {

namespace {

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Result<QUrl> normalizeLagoonUrl(const QString &text, LagoonUrlKind kind)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return QUrl();
    // Not QUrl::fromUserInput: it makes http:// of an address without a scheme.
    QUrl url(typed.contains(QLatin1StringView("://")) ? typed : QStringLiteral("https://") + typed);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))) {
        const QString example = kind == LagoonUrlKind::Api ? QStringLiteral("https://api.lagoon.example.com/graphql")
                                                           : QStringLiteral("https://keycloak.lagoon.example.com/auth");
        return makeError(Error::Code::ParseFailed,
                         QCoreApplication::translate("Lagoon::LagoonUrl",
                                                     "%1 is not a web address: enter an https:// address such as %2")
                             .arg(typed, example),
                         url.errorString());
    }
    if (scheme == QLatin1StringView("http") && !isLoopback(url.host())) {
        return makeError(Error::Code::ParseFailed,
                         QCoreApplication::translate("Lagoon::LagoonUrl",
                                                     "%1 is an http:// address: your sign-in and tokens would travel "
                                                     "unencrypted. Use its https:// address (http:// is only for a "
                                                     "Lagoon on this computer).")
                             .arg(typed));
    }
    url.setScheme(scheme);
    // Lagoon's API answers at /graphql; people paste the host they see in lagoon-cli's config.
    if (kind == LagoonUrlKind::Api && (url.path().isEmpty() || url.path() == QLatin1StringView("/")))
        url.setPath(QStringLiteral("/graphql"));
    return url;
}

} // namespace Lagoon
