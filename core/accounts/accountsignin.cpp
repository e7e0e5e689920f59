// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/accounts/accountsignin.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

#include "core/accounts/accountstore.h"
#include "core/auth/browserlogin.h"
#include "core/auth/secretstore.h"
#include "core/auth/sshtokenlogin.h"
#include "core/remote/lagoonapiclient.h"

namespace Lagoon {

AccountSignIn::AccountSignIn(AccountStore *store, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_store(store), m_network(network)
{
}

AccountSignIn::~AccountSignIn()
{
    ++m_generation;
    dropHelpers();
}

void AccountSignIn::start(const Account &account, LoginMethod method, const QString &pastedToken)
{
    if (isRunning())
        cancel();
    ++m_generation;
    m_account = account;
    m_account.loginMethod = method;
    m_tokens = {};
    switch (method) {
    case LoginMethod::Browser:
        startBrowser();
        return;
    case LoginMethod::SshKey:
        startSsh();
        return;
    case LoginMethod::PastedToken: {
        setStage(Stage::Verifying);
        const quint64 generation = m_generation;
        const Result<TokenSet> tokens = TokenSet::fromPastedToken(pastedToken, QDateTime::currentDateTimeUtc());
        // finished() never comes from inside start(): the caller connects after calling it, too.
        QTimer::singleShot(0, this, [this, generation, tokens] { onTokens(generation, tokens); });
        return;
    }
    }
}

void AccountSignIn::startBrowser()
{
    const QUrl issuer = m_account.issuerUrl();
    if (!issuer.isValid() || issuer.isRelative()) {
        setStage(Stage::WaitingForBrowser);
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                fail(Error{Error::Code::ParseFailed,
                           tr("Signing in through the browser needs the address of the sign-in server"),
                           {}});
        });
        return;
    }
    auto *login = new BrowserLogin(m_network, this);
    login->setIssuer(issuer);
    login->setClientId(m_account.clientId);
    if (m_browserTimeout.count() > 0)
        login->setTimeout(m_browserTimeout);
    m_browser = login;
    const quint64 generation = m_generation;
    connect(login, &BrowserLogin::openUrl, this, &AccountSignIn::openUrl);
    connect(login, &BrowserLogin::finished, this,
            [this, generation](const Result<TokenSet> &tokens) { onTokens(generation, tokens); });
    setStage(Stage::WaitingForBrowser);
    login->start();
}

void AccountSignIn::startSsh()
{
    const SshTokenOptions options = m_account.sshOptions();
    setStage(Stage::AskingSsh);
    if (!options.isValid()) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                fail(Error{Error::Code::ParseFailed,
                           tr("Signing in with an SSH key needs the host and port of the SSH token service"),
                           {}});
        });
        return;
    }
    auto *login = new SshTokenLogin(options, this);
    m_ssh = login;
    const quint64 generation = m_generation;
    connect(login, &SshTokenLogin::finished, this,
            [this, generation](const Result<TokenSet> &tokens) { onTokens(generation, tokens); });
    login->start();
}

void AccountSignIn::onTokens(quint64 generation, const Result<TokenSet> &tokens)
{
    if (generation != m_generation)
        return;
    if (!tokens) {
        fail(tokens.error());
        return;
    }
    m_tokens = *tokens;
    setStage(Stage::Verifying);
    const QString accessToken = m_tokens.accessToken;
    // Only this one token: a refusal must not be answered with another sign-in.
    auto *api = new LagoonApiClient(
        m_network, m_account.apiUrl, [accessToken](TokenPurpose, const TokenReply &reply) { reply(accessToken); },
        this);
    api->setTimeout(m_apiTimeout);
    m_api = api;
    api->run(QStringLiteral("Me"), {}, this,
             [this, generation](const Result<QJsonObject> &data) { onVerified(generation, data); });
}

void AccountSignIn::onVerified(quint64 generation, const Result<QJsonObject> &data)
{
    if (generation != m_generation)
        return;
    if (!data) {
        Error error = data.error();
        if (error.code == Error::Code::Unauthorized) {
            error.detail = error.message + (error.detail.isEmpty() ? QString() : QStringLiteral(": ") + error.detail);
            error.message = tr("Lagoon refused the token");
        }
        fail(error);
        return;
    }
    // A legacy admin token belongs to no user: `me` is null, and there is no address to show.
    m_account.username = data->value(QStringLiteral("me")).toObject().value(QStringLiteral("email")).toString();
    save();
}

void AccountSignIn::save()
{
    setStage(Stage::Saving);
    const quint64 generation = m_generation;
    // Tokens first: an account saved without them would only show up as signed out.
    m_store->secrets()->store(m_account.id, TokenSet::secretKey(), m_tokens.toSecret(), this,
                              [this, generation](const Result<void> &stored) {
                                  if (generation != m_generation)
                                      return;
                                  if (!stored) {
                                      fail(stored.error());
                                      return;
                                  }
                                  if (const Result<void> saved = m_store->save(m_account); !saved) {
                                      fail(saved.error());
                                      return;
                                  }
                                  finish(m_account);
                              });
}

void AccountSignIn::cancel()
{
    if (!isRunning())
        return;
    ++m_generation;
    finish(makeError(Error::Code::Cancelled, tr("Signing in was cancelled")));
}

void AccountSignIn::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void AccountSignIn::fail(const Error &error)
{
    finish(std::unexpected(error));
}

void AccountSignIn::finish(const Result<Account> &result)
{
    dropHelpers();
    m_tokens = {};
    setStage(Stage::Idle);
    Q_EMIT finished(result);
}

void AccountSignIn::dropHelpers()
{
    // They may be delivering the very signal that ended the sign-in: delete them later.
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->cancel();
        m_browser->deleteLater();
    }
    if (m_ssh) {
        m_ssh->disconnect(this);
        m_ssh->cancel();
        m_ssh->deleteLater();
    }
    if (m_api)
        m_api->deleteLater();
}

} // namespace Lagoon
