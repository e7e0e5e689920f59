// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <expected>

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace Lagoon::Test {

/**
 * Plays the user's browser for a BrowserLogin against the sandbox realm, with the HTTP sequence of
 * tests/sandbox/examples/oidc-login.sh: open the authorization URL the app emitted, follow it to the
 * login form, post the credentials, follow the resume redirect, and stop at the redirect to the
 * app's loopback address. deliver() then loads that address, as the browser would, and asks the
 * same address for /favicon.ico right after, as browsers do once a page has loaded.
 */
class BrowserDriver final
{
    Q_DISABLE_COPY_MOVE(BrowserDriver)

public:
    BrowserDriver() = default;

    /** The loopback URL with code and state that the realm redirects to, or why there is none. */
    std::expected<QUrl, QString> signIn(const QUrl &authorizationUrl, const QString &email, const QString &password);
    /**
     * GETs `url` (the app's loopback listener), then /favicon.ico on the same host and port; the
     * HTTP status of the first, 0 when nothing answered.
     */
    int deliver(const QUrl &url);
    /** The page the last deliver() got back. */
    QByteArray page() const { return m_page; }

private:
    struct Step
    {
        int status = 0;
        QUrl location;
        QByteArray body;
    };
    Step send(const QUrl &url, const QByteArray &form = {});

    QNetworkAccessManager m_network;
    QByteArray m_page;
};

} // namespace Lagoon::Test
