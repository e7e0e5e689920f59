// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "core/auth/loginmethod.h"
#include "core/auth/sshtokenoptions.h"
#include "core/util/error.h"

namespace Lagoon {

struct LagoonDiscoveryInfo;

/**
 * One Lagoon installation the user signs in to, and how. A value kept in settings by AccountStore;
 * it holds no secret (tokens live in the SecretStore under the account's id).
 */
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::Account)

public:
    /** Stable and unique; the SecretStore key of the account's tokens. */
    QString id;
    QString displayName;
    /** The GraphQL endpoint; subscriptions use the same URL as ws(s):// (RemoteUrls::webSocketUrl). */
    QUrl apiUrl;
    /** Keycloak's frontend URL as Lagoon publishes it (…/auth); empty without browser sign-in. */
    QUrl authServerUrl;
    QString realm = QStringLiteral("lagoon");
    QString clientId = QStringLiteral("lagoon-cli");
    QString sshHost; ///< the SSH token service; empty without SSH sign-in
    int sshPort = 22;
    QString sshUser = QStringLiteral("lagoon");
    QString sshKeyFile; ///< empty: ssh-agent and ssh's default keys
    LoginMethod loginMethod = LoginMethod::Browser;
    /** Who signed in (an e-mail address), for display only. */
    QString username;

    /** <authServerUrl>/realms/<realm> (kept as is when it already names a realm); empty without a server. */
    QUrl issuerUrl() const;
    SshTokenOptions sshOptions() const;
    /** An id and an absolute API URL. */
    bool isValid() const;

    static QString newId();
    /** An account for what discovery found (a new id; browser sign-in when a realm is published, else SSH). */
    static Account fromDiscovery(const LagoonDiscoveryInfo &info, const QString &displayName);

    QJsonObject toJson() const;
    /** ParseFailed when the id or API URL is missing, or the login method is unknown. */
    static Result<Account> fromJson(const QJsonObject &json);

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace Lagoon
