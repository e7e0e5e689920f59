// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/auth/browserlogin.h"

#include <functional>

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include "core/auth/authlogging.h"
#include "core/auth/oautherrors.h"

namespace Lagoon {

namespace {

constexpr std::chrono::seconds NetworkTimeout{30};

QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/**
 * The loopback listener. Qt 6.4's flow drops a failed token request with a log line and never
 * finishes; this is where the flow hands over the token endpoint's reply, so the failure is
 * caught here and reported instead.
 */
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
public:
    using ErrorHandler = std::function<void(const Error &error)>;

    LoopbackReplyHandler(ErrorHandler onError, QObject *parent)
        // Only this overload binds to loopback alone: the (port, parent) one listens on every
        // interface, and (LocalHost, 0) without the QHostAddress cast silently picks it.
        : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent), m_onError(std::move(onError))
    {
    }

    QString callback() const override
    {
        // The IP literal, as RFC 8252 §8.3 asks and Keycloak's lagoon-cli client registers it
        // (http://127.0.0.1): Qt 6.5 to 6.8 would name the loopback "localhost" here.
        return QStringLiteral("http://127.0.0.1:%1/").arg(port());
    }

    void networkReplyFinished(QNetworkReply *reply) override
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            m_onError(OAuthErrors::transport(reply->error(), reply->errorString(), reply->url(), NetworkTimeout));
            return;
        }
        if (status < 200 || status >= 300) {
            m_onError(OAuthErrors::tokenEndpoint(status, reply->readAll(), reply->url()));
            return;
        }
        // Peeked, not read: the flow reads the answer itself. Without an access token it would
        // log and wait for ever.
        const QJsonObject answer = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
        if (answer.value(QLatin1StringView("access_token")).toString().isEmpty()) {
            m_onError(Error{Error::Code::ParseFailed,
                            BrowserLogin::tr("The sign-in server's answer holds no access token"),
                            QStringLiteral("keys: %1").arg(answer.keys().join(QLatin1Char(',')))});
            return;
        }
        QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
    }

private:
    ErrorHandler m_onError;
};

} // namespace

BrowserLogin::BrowserLogin(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const int minutes = int(std::chrono::duration_cast<std::chrono::minutes>(m_timeout).count());
        fail(Error::Code::Timeout,
             minutes > 0 ? tr("The sign-in in the browser did not finish within %n minute(s)", nullptr, minutes)
                         : tr("The sign-in in the browser did not finish in time"));
    });
}

BrowserLogin::~BrowserLogin()
{
    // The session's objects go with us, without a finished() nobody listens to any more.
    m_running = false;
    delete m_session;
}

QUrl BrowserLogin::redirectUri() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void BrowserLogin::start()
{
    if (m_running)
        return;
    m_running = true;
    m_configuration = {};
    delete m_session;
    m_session = new QObject(this);
    m_deadline.start(m_timeout);
    if (!m_issuer.isValid() || m_issuer.isRelative()) {
        // Later, like every other outcome: callers connect to finished() after start().
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(Error::Code::NotFound, tr("This account has no sign-in server: add its Keycloak address first"));
            },
            Qt::QueuedConnection);
        return;
    }
    qCInfo(lcAuth) << "browser sign-in: reading the OpenID configuration of" << m_issuer.toDisplayString();
    OpenIdConfiguration::fetch(m_network, m_issuer, NetworkTimeout, m_session,
                               [this](const Result<OpenIdConfiguration> &configuration) {
                                   if (!configuration)
                                       finish(std::unexpected(configuration.error()));
                                   else
                                       authorize(*configuration);
                               });
}

void BrowserLogin::authorize(const OpenIdConfiguration &configuration)
{
    m_configuration = configuration;
    // The flow gets a network manager of its own, created first so it is destroyed first: Qt
    // 6.4's flow calls the reply handler from a connection without a context object, so no token
    // request may outlive the handler.
    auto *flowNetwork = new QNetworkAccessManager(m_session);
    flowNetwork->setProxy(m_network->proxy());
    auto *handler = new LoopbackReplyHandler([this](const Error &error) { finish(std::unexpected(error)); }, m_session);
    m_handler = handler;
    if (!handler->isListening()) {
        fail(Error::Code::Internal, tr("Cannot open a local port to receive the sign-in from the browser"));
        return;
    }
    // An icon of the page's own, so that the browser does not ask the listener for /favicon.ico.
    handler->setCallbackText(
        QStringLiteral("<link rel=\"icon\" href=\"data:,\">") +
        tr("Lagoon Desktop received your sign-in. You can close this tab and go back to the app."));

    m_flow = new QOAuth2AuthorizationCodeFlow(flowNetwork, m_session);
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setAuthorizationUrl(configuration.authorizationEndpoint);
    m_flow->setAccessTokenUrl(configuration.tokenEndpoint);
    m_flow->setScope(m_scope);
    m_state = randomUrlSafe(24);
    m_flow->setState(m_state);
    m_flow->setReplyHandler(handler);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Qt before 6.8 has no PKCE, which the public client lagoon-cli needs: add RFC 7636 S256 by
    // hand. From 6.8 on Qt does it itself and rejects the duplicate parameters.
    const QString verifier = randomUrlSafe(32);
    const QString challenge =
        QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_flow->setModifyParametersFunction(
        [verifier, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), challenge);
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), verifier);
            }
        });
#else
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
#endif

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        qCInfo(lcAuth) << "browser sign-in: waiting for the browser on" << redirectUri().toDisplayString();
        Q_EMIT openUrl(url);
    });
    connect(m_flow, &QAbstractOAuth::granted, this, &BrowserLogin::onGranted);
    // Connected after setReplyHandler(), so the flow has seen the callback first.
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &BrowserLogin::onCallback);
    m_flow->grant();
}

void BrowserLogin::onCallback(const QVariantMap &values)
{
    if (!m_running)
        return;
    const QString error = values.value(QStringLiteral("error")).toString();
    QString description = values.value(QStringLiteral("error_description")).toString();
    description.replace(QLatin1Char('+'), QLatin1Char(' '));
    const QString state = values.value(QStringLiteral("state")).toString();
    // Qt before 6.8 reports every request to the loopback port as the callback, whatever its path:
    // the browser's /favicon.ico after the page, say, comes with no parameters at all. Only a
    // request with an answer of the authorization server (RFC 6749 4.1.2: code or error, with
    // state) is one; the path itself is not passed on to us.
    const bool isAnswer = values.contains(QStringLiteral("state")) || values.contains(QStringLiteral("code")) ||
                          values.contains(QStringLiteral("error"));
    if (!isAnswer) {
        qCDebug(lcAuth) << "browser sign-in: ignoring a request to the loopback port that is no sign-in answer";
        return;
    }
    // A page in the browser may call the loopback port with an answer too; only our own state
    // counts, and anything else ends the sign-in rather than waiting for a code that may never come.
    if (state != m_state) {
        fail(
            Error::Code::Unauthorized,
            tr("The browser returned a sign-in that this app did not start (state mismatch). Start the sign-in again."),
            state.isEmpty() ? QStringLiteral("no state") : QStringLiteral("unexpected state"));
        return;
    }
    if (error == QLatin1StringView("access_denied")) {
        fail(Error::Code::Cancelled, tr("The sign-in was cancelled or refused in the browser"), description);
        return;
    }
    if (!error.isEmpty()) {
        fail(Error::Code::Unauthorized,
             tr("The sign-in server refused the sign-in: %1").arg(description.isEmpty() ? error : description), error);
        return;
    }
    if (values.value(QStringLiteral("code")).toString().isEmpty()) {
        fail(Error::Code::Unauthorized, tr("The browser returned no sign-in code. Start the sign-in again."));
        return;
    }
    qCInfo(lcAuth) << "browser sign-in: code received, exchanging it at"
                   << m_configuration.tokenEndpoint.toDisplayString();
}

void BrowserLogin::onGranted()
{
    if (!m_running || !m_flow)
        return;
    const QString access = m_flow->token();
    Result<TokenSet> tokens = TokenSet::fromAccessToken(access, m_flow->refreshToken());
    if (!tokens) {
        // An opaque access token: its expiry is only what the server said with expires_in.
        tokens =
            TokenSet{access, m_flow->refreshToken(), m_flow->expirationAt().toUTC(), QDateTime::currentDateTimeUtc()};
    }
    qCInfo(lcAuth) << "browser sign-in: signed in; refresh token:" << tokens->canRefresh();
    finish(tokens);
}

void BrowserLogin::cancel()
{
    if (m_running)
        fail(Error::Code::Cancelled, tr("The sign-in was cancelled"));
}

void BrowserLogin::fail(Error::Code code, const QString &message, const QString &detail)
{
    finish(makeError(code, message, detail));
}

void BrowserLogin::finish(const Result<TokenSet> &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    if (!result)
        qCInfo(lcAuth) << "browser sign-in failed:" << result.error().message << result.error().detail;
    if (m_handler)
        m_handler->close();
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    if (m_handler)
        disconnect(m_handler, nullptr, this, nullptr);
    // Later: finish() may run inside a signal of one of these objects.
    if (m_session)
        m_session->deleteLater();
    Q_EMIT finished(result);
}

} // namespace Lagoon
