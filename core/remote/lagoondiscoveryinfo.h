// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include "core/util/error.h"

namespace Lagoon {

/**
 * What the app needs to know about a Lagoon installation, from its discovery document
 * (GET <api base>/.well-known/appspecific/sh.lagoon.discovery.json, Lagoon >= v2.18) or, without
 * one, derived from the API URL alone.
 */
struct LagoonDiscoveryInfo
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonDiscoveryInfo)

public:
    /** The GraphQL endpoint; subscriptions use the same URL as ws(s):// (RemoteUrls::webSocketUrl). */
    QUrl apiUrl;
    QString lagoonVersion;
    /** Keycloak's frontend URL as Lagoon publishes it (KEYCLOAK_FRONTEND_URL, often …/auth). */
    QUrl authorizationEndpoint;
    QString realm = QStringLiteral("lagoon");
    /** Keycloak's public client for native apps (loopback redirect, PKCE), Lagoon >= v2.22. */
    QString clientId = QStringLiteral("lagoon-cli");
    QString sshTokenHost; ///< for `ssh -p PORT lagoon@HOST token`; empty when not published
    int sshTokenPort = 0;
    QUrl webhookUrl;
    QUrl uiUrl;
    /** False when built by fromApiUrl(): only apiUrl is known. */
    bool discovered = false;

    /** Reads a discovery document fetched for `apiUrl`; ParseFailed when it is not one. */
    static Result<LagoonDiscoveryInfo> fromJson(const QByteArray &json, const QUrl &apiUrl);
    /** What is known without a discovery document. */
    static LagoonDiscoveryInfo fromApiUrl(const QUrl &apiUrl);

    friend bool operator==(const LagoonDiscoveryInfo &, const LagoonDiscoveryInfo &) = default;
};

} // namespace Lagoon
