// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>
#include <functional>

#include <QCoreApplication>
#include <QUrl>

#include "core/util/error.h"

class QNetworkAccessManager;
class QObject;

namespace Lagoon {

/**
 * The endpoints of an OpenID provider (Keycloak's realm `lagoon`), read from
 * <issuer>/.well-known/openid-configuration rather than assumed, since operators may put Keycloak
 * behind other paths.
 */
struct OpenIdConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::OpenIdConfiguration)

public:
    using Callback = std::function<void(const Result<OpenIdConfiguration> &configuration)>;

    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;

    /** <issuer>/.well-known/openid-configuration */
    static QUrl discoveryUrl(const QUrl &issuer);
    /** ParseFailed when the document lacks the authorization or token endpoint. */
    static Result<OpenIdConfiguration> fromJson(const QByteArray &json, const QUrl &issuer);
    /**
     * GETs the document. The result reaches `done` once, through `context`'s event loop; nothing
     * when `context` is destroyed first (the transfer is then aborted).
     */
    static void fetch(QNetworkAccessManager *network, const QUrl &issuer, std::chrono::milliseconds timeout,
                      QObject *context, Callback done);

    friend bool operator==(const OpenIdConfiguration &, const OpenIdConfiguration &) = default;
};

} // namespace Lagoon
