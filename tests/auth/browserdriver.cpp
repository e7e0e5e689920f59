// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/auth/browserdriver.h"

#include <QNetworkReply>

#include "tests/support/sandboxfixture.h"

namespace Lagoon::Test {

BrowserDriver::Step BrowserDriver::send(const QUrl &url, const QByteArray &form)
{
    QNetworkRequest request(url);
    // A browser follows redirects itself, but the last one goes to the app: stop at each.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = m_network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, form);
    }
    SandboxFixture::waitUntil([reply] { return reply->isFinished(); }, 16000);
    Step step;
    step.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The raw header: Qt's LocationHeader drops the relative paths oidc-provider sends.
    const QUrl location(QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Location"))));
    step.location = location.isEmpty() ? QUrl() : url.resolved(location);
    step.body = reply->readAll();
    reply->deleteLater();
    return step;
}

std::expected<QUrl, QString> BrowserDriver::signIn(const QUrl &authorizationUrl, const QString &email,
                                                   const QString &password)
{
    const Step authorize = send(authorizationUrl);
    if (authorize.location.isEmpty())
        return std::unexpected(QStringLiteral("authorization request: HTTP %1 without redirect: %2")
                                   .arg(authorize.status)
                                   .arg(QString::fromUtf8(authorize.body.left(300))));
    const QUrl loginPage = authorize.location;
    const QByteArray form = QByteArrayLiteral("username=") + QUrl::toPercentEncoding(email) +
                            QByteArrayLiteral("&password=") + QUrl::toPercentEncoding(password);
    QUrl loginAction = loginPage;
    loginAction.setPath(loginPage.path() + QStringLiteral("/login"));
    const Step login = send(loginAction, form);
    if (login.location.isEmpty())
        return std::unexpected(QStringLiteral("login refused: HTTP %1: %2")
                                   .arg(login.status)
                                   .arg(QString::fromUtf8(login.body.left(300))));
    const Step resume = send(login.location);
    if (resume.location.isEmpty())
        return std::unexpected(QStringLiteral("resume: HTTP %1 without redirect").arg(resume.status));
    return resume.location;
}

int BrowserDriver::deliver(const QUrl &url)
{
    const Step page = send(url);
    m_page = page.body;
    // Whatever the page says, a browser may ask for the site's icon: the app must not take that
    // for an answer to its sign-in. Nothing need answer it (the listener may be closed by now).
    QUrl icon = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    icon.setPath(QStringLiteral("/favicon.ico"));
    send(icon);
    return page.status;
}

} // namespace Lagoon::Test
