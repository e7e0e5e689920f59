// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/lagoondiscoveryinfo.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include "core/remote/normalizelagoonurl.h"
#include "core/remote/remoteurls.h"

namespace Lagoon {

namespace {

QUrl urlOf(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text);
}

int portOf(const QJsonValue &value)
{
    // Published as a number, but an operator's config may turn it into a string.
    if (value.isDouble())
        return value.toInt();
    return value.toString().toInt();
}

} // namespace

Result<LagoonDiscoveryInfo> LagoonDiscoveryInfo::fromJson(const QByteArray &json, const QUrl &apiUrl)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(Error::Code::ParseFailed,
                         tr("The discovery document of %1 is not valid JSON").arg(RemoteUrls::hostLabel(apiUrl)),
                         error.errorString() + QLatin1Char('\n') + QString::fromUtf8(json.left(512)));
    }
    const QJsonObject object = document.object();
    // An HTML error page served with 200 parses as nothing we know; say so instead of guessing.
    const QStringList known = {QStringLiteral("lagoon_version"), QStringLiteral("authorization_endpoint"),
                               QStringLiteral("ssh_token_exchange"), QStringLiteral("ui_url")};
    if (std::none_of(known.cbegin(), known.cend(), [&](const QString &key) { return object.contains(key); })) {
        return makeError(Error::Code::ParseFailed,
                         tr("%1 answered, but not with a Lagoon discovery document").arg(RemoteUrls::hostLabel(apiUrl)),
                         QString::fromUtf8(json.left(512)));
    }

    LagoonDiscoveryInfo info = fromApiUrl(apiUrl);
    info.discovered = true;
    const QJsonValue version = object.value(QStringLiteral("lagoon_version"));
    info.lagoonVersion = version.isString() ? version.toString() : QString::fromUtf8(QJsonDocument(version.toObject()).toJson(QJsonDocument::Compact));
    if (version.isNull() || version.isUndefined())
        info.lagoonVersion.clear();
    // Passwords and tokens go there: the same rule as for an address the user types.
    const Result<QUrl> authorization =
        normalizeLagoonUrl(object.value(QStringLiteral("authorization_endpoint")).toString(), LagoonUrlKind::Server);
    if (!authorization) {
        return makeError(Error::Code::ParseFailed,
                         tr("%1 publishes a sign-in server that cannot be used: %2")
                             .arg(RemoteUrls::hostLabel(apiUrl), authorization.error().message),
                         QString::fromUtf8(json.left(512)));
    }
    info.authorizationEndpoint = *authorization;
    const QJsonObject ssh = object.value(QStringLiteral("ssh_token_exchange")).toObject();
    info.sshTokenHost = ssh.value(QStringLiteral("token_endpoint_host")).toString();
    info.sshTokenPort = info.sshTokenHost.isEmpty() ? 0 : portOf(ssh.value(QStringLiteral("token_endpoint_port")));
    info.webhookUrl = urlOf(object.value(QStringLiteral("webhook_endpoint")));
    info.uiUrl = urlOf(object.value(QStringLiteral("ui_url")));
    return info;
}

LagoonDiscoveryInfo LagoonDiscoveryInfo::fromApiUrl(const QUrl &apiUrl)
{
    LagoonDiscoveryInfo info;
    info.apiUrl = apiUrl;
    return info;
}

} // namespace Lagoon
