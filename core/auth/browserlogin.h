// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <chrono>

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include "core/auth/openidconfiguration.h"
#include "core/auth/tokenset.h"
#include "core/util/error.h"

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace Lagoon {

/**
 * Sign-in in the user's browser: OAuth 2 authorization code with PKCE (S256) for the public client
 * `lagoon-cli` of Keycloak's realm `lagoon`, answered on a loopback redirect
 * (http://127.0.0.1:<ephemeral port>/, RFC 8252). The endpoints come from the realm's OpenID
 * configuration.
 *
 * start() fetches the configuration, opens the loopback port and emits openUrl(): the caller opens
 * that URL in a browser (core has no GUI: the app uses QDesktopServices, the CLI prints it). When
 * the browser comes back, the code is exchanged for tokens. finished() comes exactly once, with the
 * tokens or: Cancelled (cancel(), or the user cancelled at the server: access_denied), Timeout (no
 * answer within timeout()), Unauthorized (the server refused; a state that does not match this
 * sign-in; the code was refused), the network and server errors of OAuthErrors, or Internal when no
 * loopback port can be opened. One sign-in per object; start() again after finished() begins anew.
 */
class BrowserLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserLogin)

public:
    /** `network` (for the OpenID configuration) must outlive the login. */
    explicit BrowserLogin(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~BrowserLogin() override;

    /** The realm, e.g. https://keycloak.example.com/auth/realms/lagoon. */
    void setIssuer(const QUrl &issuer) { m_issuer = issuer; }
    QUrl issuer() const { return m_issuer; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    /** Default "openid offline_access": a refresh token that outlives the browser session. */
    void setScope(const QString &scope) { m_scope = scope; }
    /** How long the user has to finish in the browser; default 5 minutes. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    /** The loopback address the browser returns to; empty before openUrl(). */
    QUrl redirectUri() const;
    /** The endpoints in use; empty before openUrl(). */
    OpenIdConfiguration configuration() const { return m_configuration; }

Q_SIGNALS:
    /** Open this URL in the user's browser. */
    void openUrl(const QUrl &url);
    void finished(const Lagoon::Result<Lagoon::TokenSet> &result);

private:
    void authorize(const OpenIdConfiguration &configuration);
    void onCallback(const QVariantMap &values);
    void onGranted();
    void fail(Error::Code code, const QString &message, const QString &detail = {});
    void finish(const Result<TokenSet> &result);

    QNetworkAccessManager *m_network;
    QUrl m_issuer;
    QString m_clientId = QStringLiteral("lagoon-cli");
    QString m_scope = QStringLiteral("openid offline_access");
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    OpenIdConfiguration m_configuration;
    QString m_state;
    // One sign-in's objects; replaced by the next start().
    QPointer<QObject> m_session;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    QTimer m_deadline;
    bool m_running = false;
};

} // namespace Lagoon
