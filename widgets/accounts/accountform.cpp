// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/accountform.h"

#include <utility>

#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/accounts/accountstore.h"
#include "core/remote/lagoondiscovery.h"
#include "core/remote/normalizelagoonurl.h"
#include "core/remote/remoteurls.h"

#include "widgets/accounts/inlinemessage.h"
#include "widgets/accounts/signinmethodchooser.h"
#include "widgets/accounts/signinprogress.h"

namespace Lagoon {

AccountForm::AccountForm(AccountStore *store, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent), m_store(store), m_signIn(new AccountSignIn(store, network, this)),
      m_discovery(new LagoonDiscovery(network, this)),
      m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); }), m_title(new QLabel(this)),
      m_apiLabel(new QLabel(this)), m_apiUrl(new QLineEdit(this)), m_lookUp(new QPushButton(this)),
      m_discovered(new QLabel(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_authLabel(new QLabel(this)), m_authServer(new QLineEdit(this)), m_realmLabel(new QLabel(this)),
      m_realm(new QLineEdit(this)), m_clientLabel(new QLabel(this)), m_clientId(new QLineEdit(this)),
      m_sshLabel(new QLabel(this)), m_sshHost(new QLineEdit(this)), m_portLabel(new QLabel(this)),
      m_sshPort(new QSpinBox(this)), m_methodLabel(new QLabel(this)), m_method(new SignInMethodChooser(this)),
      m_progress(new SignInProgress(this)), m_message(new InlineMessage(this)), m_back(new QPushButton(this)),
      m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountForm"));
    m_apiUrl->setObjectName(QStringLiteral("accountApiUrl"));
    m_lookUp->setObjectName(QStringLiteral("accountLookUp"));
    m_discovered->setObjectName(QStringLiteral("accountDiscovered"));
    m_name->setObjectName(QStringLiteral("accountName"));
    m_authServer->setObjectName(QStringLiteral("accountAuthServer"));
    m_realm->setObjectName(QStringLiteral("accountRealm"));
    m_clientId->setObjectName(QStringLiteral("accountClientId"));
    m_sshHost->setObjectName(QStringLiteral("accountSshHost"));
    m_sshPort->setObjectName(QStringLiteral("accountSshPort"));
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_back->setObjectName(QStringLiteral("accountBack"));
    m_submit->setObjectName(QStringLiteral("accountSignIn"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_discovered->setWordWrap(true);
    m_discovered->setForegroundRole(QPalette::PlaceholderText);
    m_sshPort->setRange(1, 65535);
    m_sshPort->setValue(22);
    m_apiUrl->setClearButtonEnabled(true);
    m_apiLabel->setBuddy(m_apiUrl);
    m_nameLabel->setBuddy(m_name);
    m_authLabel->setBuddy(m_authServer);
    m_realmLabel->setBuddy(m_realm);
    m_clientLabel->setBuddy(m_clientId);
    m_sshLabel->setBuddy(m_sshHost);
    m_portLabel->setBuddy(m_sshPort);
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);

    auto *apiRow = new QHBoxLayout;
    apiRow->addWidget(m_apiUrl, 1);
    apiRow->addWidget(m_lookUp);
    auto *realmRow = new QHBoxLayout;
    realmRow->addWidget(m_realm, 1);
    realmRow->addWidget(m_clientLabel);
    realmRow->addWidget(m_clientId, 1);
    auto *sshRow = new QHBoxLayout;
    sshRow->addWidget(m_sshHost, 1);
    sshRow->addWidget(m_portLabel);
    sshRow->addWidget(m_sshPort);
    auto *form = new QFormLayout;
    m_fields = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_apiLabel, apiRow);
    form->addRow(QString(), m_discovered);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_authLabel, m_authServer);
    form->addRow(m_realmLabel, realmRow);
    form->addRow(m_sshLabel, sshRow);
    form->addRow(m_methodLabel, m_method);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_lookUp, &QPushButton::clicked, this, &AccountForm::lookUp);
    connect(m_apiUrl, &QLineEdit::textChanged, this, &AccountForm::updateEnabled);
    connect(m_submit, &QPushButton::clicked, this, &AccountForm::submit);
    connect(m_progress, &SignInProgress::cancelRequested, this, &AccountForm::cancel);
    connect(m_back, &QPushButton::clicked, this, [this] {
        cancel();
        Q_EMIT backRequested();
    });
    connect(m_progress, &SignInProgress::reopenRequested, this, [this] {
        if (m_browserPage.isValid())
            m_openUrl(m_browserPage);
    });
    connect(m_signIn, &AccountSignIn::openUrl, this, [this](const QUrl &url) {
        m_browserPage = url;
        updateProgress();
        m_openUrl(url);
    });
    connect(m_signIn, &AccountSignIn::stageChanged, this, &AccountForm::onStageChanged);
    connect(m_signIn, &AccountSignIn::finished, this, &AccountForm::onFinished);
    retranslate();
    newAccount();
}

AccountForm::~AccountForm() = default;

void AccountForm::newAccount()
{
    cancel();
    m_existing.reset();
    m_newId = Account::newId();
    m_lookedUp = {};
    m_apiUrl->clear();
    m_apiUrl->setReadOnly(false);
    m_name->clear();
    m_authServer->clear();
    m_realm->setText(QStringLiteral("lagoon"));
    m_clientId->setText(QStringLiteral("lagoon-cli"));
    m_sshHost->clear();
    m_sshPort->setValue(22);
    m_method->setMethod(LoginMethod::Browser);
    m_method->setKeyFile({});
    m_method->clearPastedToken();
    setDiscoveryNote({});
    m_message->clear();
    retranslate();
    updateProgress();
    updateEnabled();
}

void AccountForm::editAccount(const Account &account)
{
    cancel();
    m_existing = account;
    m_lookedUp = account.apiUrl;
    m_apiUrl->setText(account.apiUrl.toString());
    m_name->setText(account.displayName);
    m_authServer->setText(account.authServerUrl.toString());
    m_realm->setText(account.realm);
    m_clientId->setText(account.clientId);
    m_sshHost->setText(account.sshHost);
    m_sshPort->setValue(account.sshPort);
    m_method->setMethod(account.loginMethod);
    m_method->setKeyFile(account.sshKeyFile);
    m_method->clearPastedToken();
    setDiscoveryNote({});
    m_message->clear();
    retranslate();
    updateProgress();
    updateEnabled();
}

Result<QUrl> AccountForm::apiUrl() const
{
    return normalizeLagoonUrl(m_apiUrl->text(), LagoonUrlKind::Api);
}

void AccountForm::lookUp()
{
    const Result<QUrl> typed = apiUrl();
    m_message->clear();
    if (!typed || typed->isEmpty()) {
        if (typed)
            m_message->showMessage(InlineMessage::Kind::Error, tr("Enter the address of the Lagoon API, for example "
                                                                  "https://api.lagoon.example.com/graphql"));
        else
            m_message->showError(typed.error());
        m_submitAfterLookUp = false;
        return;
    }
    const QUrl url = *typed;
    const quint64 generation = ++m_lookUpGeneration;
    m_lookingUp = true;
    setDiscoveryNote(tr("Looking up %1…").arg(RemoteUrls::hostLabel(url)));
    updateEnabled();
    m_discovery->discover(url, this, [this, generation, url](const Result<LagoonDiscoveryInfo> &info) {
        if (generation == m_lookUpGeneration)
            onDiscovered(url, info);
    });
}

void AccountForm::onDiscovered(const QUrl &url, const Result<LagoonDiscoveryInfo> &info)
{
    m_lookingUp = false;
    m_lookedUp = url;
    const bool submitNow = std::exchange(m_submitAfterLookUp, false);
    if (info) {
        applyDiscovery(*info);
        setDiscoveryNote(info->lagoonVersion.isEmpty()
                             ? tr("Found a Lagoon; the sign-in details below come from it.")
                             : tr("Found Lagoon %1; the sign-in details below come from it.").arg(info->lagoonVersion));
    } else if (info.error().code == Error::Code::NotFound) {
        applyDiscovery(LagoonDiscoveryInfo::fromApiUrl(url));
        setDiscoveryNote(info.error().message);
    } else {
        // Without an answer there is nothing to go on: the user fixes the URL or types the details.
        setDiscoveryNote({});
        m_message->showError(info.error());
        updateEnabled();
        return;
    }
    updateEnabled();
    if (submitNow)
        submit();
}

void AccountForm::setDiscoveryNote(const QString &text)
{
    m_discovered->setText(text);
    // An empty row would leave a gap under the URL.
    m_fields->setRowVisible(m_discovered, !text.isEmpty());
}

void AccountForm::applyDiscovery(const LagoonDiscoveryInfo &info)
{
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(RemoteUrls::hostLabel(info.apiUrl));
    if (!info.discovered)
        return;
    m_authServer->setText(info.authorizationEndpoint.toString());
    m_realm->setText(info.realm);
    m_clientId->setText(info.clientId);
    m_sshHost->setText(info.sshTokenHost);
    if (info.sshTokenPort > 0)
        m_sshPort->setValue(info.sshTokenPort);
    // Keep the user's choice unless this Lagoon cannot do it; then take what it offers.
    const bool browser = !info.authorizationEndpoint.isEmpty();
    const bool ssh = !info.sshTokenHost.isEmpty();
    const LoginMethod chosen = m_method->method();
    if ((chosen == LoginMethod::Browser && !browser) || (chosen == LoginMethod::SshKey && !ssh))
        m_method->setMethod(browser ? LoginMethod::Browser : ssh ? LoginMethod::SshKey : LoginMethod::PastedToken);
}

Result<Account> AccountForm::accountFromFields() const
{
    const Result<QUrl> api = apiUrl();
    if (!api)
        return std::unexpected(api.error());
    const Result<QUrl> authServer = normalizeLagoonUrl(m_authServer->text(), LagoonUrlKind::Server);
    if (!authServer)
        return std::unexpected(authServer.error());
    Account account;
    if (m_existing) {
        account = *m_existing;
    } else if (const std::optional<Account> known = m_store->accountForApi(*api)) {
        // Adding an API that is already there signs that account in again, rather than doubling it.
        account = *known;
    } else {
        account.id = m_newId;
    }
    account.apiUrl = *api;
    account.displayName =
        m_name->text().trimmed().isEmpty() ? RemoteUrls::hostLabel(account.apiUrl) : m_name->text().trimmed();
    account.authServerUrl = *authServer;
    account.realm = m_realm->text().trimmed().isEmpty() ? QStringLiteral("lagoon") : m_realm->text().trimmed();
    account.clientId =
        m_clientId->text().trimmed().isEmpty() ? QStringLiteral("lagoon-cli") : m_clientId->text().trimmed();
    account.sshHost = m_sshHost->text().trimmed();
    account.sshPort = m_sshPort->value();
    account.sshKeyFile = m_method->keyFile();
    return account;
}

void AccountForm::submit()
{
    if (isBusy())
        return;
    m_message->clear();
    const Result<QUrl> api = apiUrl();
    if (!m_existing && (!api || m_lookedUp != *api)) {
        m_submitAfterLookUp = true;
        lookUp();
        return;
    }
    const Result<Account> account = accountFromFields();
    if (!account) {
        m_message->showError(account.error());
        return;
    }
    m_browserPage = {};
    m_signIn->start(*account, m_method->method(), m_method->pastedToken());
}

void AccountForm::cancel()
{
    ++m_lookUpGeneration;
    m_submitAfterLookUp = false;
    if (m_lookingUp) {
        m_lookingUp = false;
        setDiscoveryNote({});
    }
    m_signIn->cancel();
    updateEnabled();
}

bool AccountForm::isBusy() const
{
    return m_lookingUp || m_signIn->isRunning();
}

void AccountForm::onStageChanged(AccountSignIn::Stage)
{
    updateProgress();
    updateEnabled();
}

void AccountForm::onFinished(const Result<Account> &result)
{
    m_browserPage = {};
    updateProgress();
    updateEnabled();
    if (result) {
        m_method->clearPastedToken();
        Q_EMIT signedIn(*result);
        return;
    }
    if (result.error().code == Error::Code::Cancelled)
        m_message->showMessage(InlineMessage::Kind::Info, tr("Signing in was cancelled; nothing was saved."));
    else
        m_message->showError(result.error());
}

void AccountForm::updateProgress()
{
    m_progress->showStage(m_signIn->stage(), m_sshHost->text().trimmed(), m_browserPage.isValid());
}

void AccountForm::updateEnabled()
{
    const bool busy = isBusy();
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_name, m_authServer, m_realm, m_clientId, m_sshHost, m_sshPort, m_method})
        field->setEnabled(!busy);
    m_apiUrl->setEnabled(!busy);
    m_lookUp->setEnabled(!busy && !m_apiUrl->text().trimmed().isEmpty());
    m_submit->setEnabled(!busy && !m_apiUrl->text().trimmed().isEmpty());
}

void AccountForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountForm::retranslate()
{
    m_title->setText(m_existing ? tr("Sign in to %1").arg(m_existing->displayName) : tr("Add a Lagoon account"));
    m_apiLabel->setText(tr("&API URL:"));
    m_apiUrl->setPlaceholderText(tr("https://api.lagoon.example.com/graphql"));
    m_apiUrl->setAccessibleName(tr("API URL"));
    m_lookUp->setText(tr("&Look up"));
    m_lookUp->setToolTip(tr("Ask the Lagoon at this address how to sign in"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name"));
    m_authLabel->setText(tr("Sign-in se&rver:"));
    m_authServer->setPlaceholderText(tr("https://keycloak.lagoon.example.com/auth"));
    m_authServer->setAccessibleName(tr("Sign-in server"));
    m_realmLabel->setText(tr("R&ealm:"));
    m_realm->setAccessibleName(tr("Realm"));
    m_clientLabel->setText(tr("&Client:"));
    m_clientId->setAccessibleName(tr("Client"));
    m_sshLabel->setText(tr("SSH &token service:"));
    m_sshHost->setPlaceholderText(tr("ssh.lagoon.example.com"));
    m_sshHost->setAccessibleName(tr("SSH token service host"));
    m_portLabel->setText(tr("&Port:"));
    m_sshPort->setAccessibleName(tr("SSH token service port"));
    m_methodLabel->setText(tr("Sign in:"));
    m_back->setText(tr("Back"));
    m_submit->setText(tr("&Sign In"));
}

} // namespace Lagoon
