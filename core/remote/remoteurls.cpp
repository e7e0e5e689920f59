// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/remoteurls.h"

namespace Lagoon::RemoteUrls {

QUrl apiBase(const QUrl &apiUrl)
{
    QUrl base = apiUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = base.path();
    if (path.endsWith(QLatin1String("/graphql")))
        path.chop(int(qstrlen("/graphql")));
    base.setPath(path);
    return base;
}

QUrl discoveryUrl(const QUrl &apiUrl)
{
    QUrl url = apiBase(apiUrl);
    url.setPath(url.path() + QStringLiteral("/.well-known/appspecific/sh.lagoon.discovery.json"));
    return url;
}

QUrl webSocketUrl(const QUrl &apiUrl)
{
    QUrl url = apiUrl.adjusted(QUrl::RemoveFragment);
    if (url.scheme() == QLatin1String("https"))
        url.setScheme(QStringLiteral("wss"));
    else if (url.scheme() == QLatin1String("http"))
        url.setScheme(QStringLiteral("ws"));
    return url;
}

QString hostLabel(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

} // namespace Lagoon::RemoteUrls
