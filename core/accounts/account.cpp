// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/account.h"

#include <QUuid>

#include "core/remote/lagoondiscoveryinfo.h"
#include "core/remote/remoteurls.h"

namespace Lagoon {

namespace {

QString text(const QJsonObject &json, const char *key, const QString &fallback = {})
{
    const QJsonValue value = json.value(QLatin1StringView(key));
    return value.isString() ? value.toString() : fallback;
}

} // namespace

QUrl Account::issuerUrl() const
{
    if (authServerUrl.isEmpty())
        return {};
    QUrl url = authServerUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.path().contains(QLatin1StringView("/realms/")))
        return url;
    url.setPath(url.path() + QStringLiteral("/realms/") + realm);
    return url;
}

SshTokenOptions Account::sshOptions() const
{
    SshTokenOptions options;
    options.host = sshHost;
    options.port = sshPort;
    options.user = sshUser;
    options.identityFile = sshKeyFile;
    return options;
}

bool Account::isValid() const
{
    return !id.isEmpty() && apiUrl.isValid() && !apiUrl.isRelative();
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Account Account::fromDiscovery(const LagoonDiscoveryInfo &info, const QString &displayName)
{
    Account account;
    account.id = newId();
    account.displayName = displayName.isEmpty() ? RemoteUrls::hostLabel(info.apiUrl) : displayName;
    account.apiUrl = info.apiUrl;
    account.authServerUrl = info.authorizationEndpoint;
    account.realm = info.realm;
    account.clientId = info.clientId;
    account.sshHost = info.sshTokenHost;
    if (info.sshTokenPort > 0)
        account.sshPort = info.sshTokenPort;
    account.loginMethod = !info.authorizationEndpoint.isEmpty() || info.sshTokenHost.isEmpty() ? LoginMethod::Browser
                                                                                               : LoginMethod::SshKey;
    return account;
}

QJsonObject Account::toJson() const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("apiUrl"), apiUrl.toString()},
        {QStringLiteral("authServerUrl"), authServerUrl.toString()},
        {QStringLiteral("realm"), realm},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("sshHost"), sshHost},
        {QStringLiteral("sshPort"), sshPort},
        {QStringLiteral("sshUser"), sshUser},
        {QStringLiteral("sshKeyFile"), sshKeyFile},
        {QStringLiteral("loginMethod"), loginMethodName(loginMethod)},
        {QStringLiteral("username"), username},
    };
    return json;
}

Result<Account> Account::fromJson(const QJsonObject &json)
{
    Account account;
    account.id = text(json, "id");
    account.displayName = text(json, "displayName");
    account.apiUrl = QUrl(text(json, "apiUrl"));
    // "webSocketUrl", written by earlier versions, is left alone: it was always the API URL's.
    account.authServerUrl = QUrl(text(json, "authServerUrl"));
    account.realm = text(json, "realm", account.realm);
    account.clientId = text(json, "clientId", account.clientId);
    account.sshHost = text(json, "sshHost");
    account.sshPort = json.value(QLatin1StringView("sshPort")).toInt(account.sshPort);
    account.sshUser = text(json, "sshUser", account.sshUser);
    account.sshKeyFile = text(json, "sshKeyFile");
    account.username = text(json, "username");
    const std::optional<LoginMethod> method = loginMethodFromName(text(json, "loginMethod"));
    if (!method) {
        return makeError(Error::Code::ParseFailed, tr("An account in the settings has an unknown sign-in method"),
                         text(json, "loginMethod"));
    }
    account.loginMethod = *method;
    if (!account.isValid()) {
        return makeError(Error::Code::ParseFailed, tr("An account in the settings has no id or API address"),
                         account.id);
    }
    return account;
}

} // namespace Lagoon
