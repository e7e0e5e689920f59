// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/accountsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/accounts/accountstore.h"

#include "widgets/accounts/accountform.h"
#include "widgets/accounts/accountlistmodel.h"
#include "widgets/accounts/inlinemessage.h"
#include "widgets/accounts/lagooncliimportpage.h"
#include "widgets/accounts/lagoonconnection.h"
#include "widgets/lagoon/lagoonconfirmation.h"

namespace Lagoon {

AccountsDialog::AccountsDialog(LagoonConnection *connection, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_model(new AccountListModel(connection->accounts(), this)),
      m_pages(new QStackedWidget(this)), m_listPage(new QWidget(m_pages)), m_intro(new QLabel(m_listPage)),
      m_view(new QTreeView(m_listPage)), m_add(new QPushButton(m_listPage)), m_signIn(new QPushButton(m_listPage)),
      m_signOut(new QPushButton(m_listPage)), m_remove(new QPushButton(m_listPage)),
      m_default(new QPushButton(m_listPage)), m_importButton(new QPushButton(m_listPage)),
      m_message(new InlineMessage(m_listPage)), m_close(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_form(new AccountForm(connection->accounts(), connection->network(), m_pages)),
      m_import(new LagoonCliImportPage(connection->accounts(), m_pages))
{
    setObjectName(QStringLiteral("accountsDialog"));
    m_listPage->setObjectName(QStringLiteral("accountsListPage"));
    m_view->setObjectName(QStringLiteral("accountsView"));
    m_add->setObjectName(QStringLiteral("accountsAdd"));
    m_signIn->setObjectName(QStringLiteral("accountsSignIn"));
    m_signOut->setObjectName(QStringLiteral("accountsSignOut"));
    m_remove->setObjectName(QStringLiteral("accountsRemove"));
    m_default->setObjectName(QStringLiteral("accountsDefault"));
    m_importButton->setObjectName(QStringLiteral("accountsImport"));
    m_message->setObjectName(QStringLiteral("accountsMessage"));

    m_intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AccountListModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AccountListModel::StatusColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AccountListModel::TokenColumn, QHeaderView::ResizeToContents);
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_signIn->setIcon(QIcon::fromTheme(QStringLiteral("im-user-online")));
    m_signOut->setIcon(QIcon::fromTheme(QStringLiteral("system-log-out")));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_importButton->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));

    // The buttons go under the list, so the list has the dialog's width for its statuses.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_signIn, m_signOut, m_default, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_intro);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_message);

    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_form);
    m_pages->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_close);
    resize(760, 460);

    connect(m_close, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_signIn, &QPushButton::clicked, this, [this] { signIn(); });
    connect(m_signOut, &QPushButton::clicked, this, [this] { signOut(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { remove(); });
    connect(m_default, &QPushButton::clicked, this, [this] { makeDefault(); });
    connect(m_importButton, &QPushButton::clicked, this, &AccountsDialog::importFromLagoonCli);
    connect(m_view, &QTreeView::doubleClicked, this,
            [this](const QModelIndex &index) { signIn(index.data(AccountListModel::AccountIdRole).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsDialog::updateButtons);
    connect(m_connection, &LagoonConnection::tokensChanged, m_model, &AccountListModel::refresh);
    connect(m_connection, &LagoonConnection::tokensNotKept, this, [this](const Error &error) {
        m_message->showMessage(InlineMessage::Kind::Error, error.message, error.detail);
    });
    connect(m_form, &AccountForm::backRequested, this, &AccountsDialog::showList);
    connect(m_form, &AccountForm::signedIn, this, [this](const Account &account) {
        // Signing another account in does not switch the app to it: "Use by Default" does that.
        // (The first account becomes the current one as soon as it is saved.)
        if (account.id == m_connection->currentAccountId())
            m_connection->reconnect();
        showList();
        selectAccount(account.id);
        m_message->showMessage(InlineMessage::Kind::Info,
                               account.username.isEmpty()
                                   ? tr("Signed in to %1.").arg(account.displayName)
                                   : tr("Signed in to %1 as %2.").arg(account.displayName, account.username));
        Q_EMIT signedIn(account.id);
    });
    connect(m_import, &LagoonCliImportPage::backRequested, this, &AccountsDialog::showList);
    connect(m_import, &LagoonCliImportPage::imported, this,
            [this](const QList<Account> &accounts, const QStringList &notices) {
                QSet<QString> ids;
                for (const Account &account : accounts)
                    ids.insert(account.id);
                showList();
                if (!accounts.isEmpty())
                    selectAccount(accounts.constFirst().id);
                // The connection may have looked for the tokens before the import put them in the keychain.
                if (m_connection->state() != LagoonConnection::State::SignedIn)
                    m_connection->reconnect();
                // Contexts that share an API URL become one account: the count says so.
                QString text = ids.size() == accounts.size()
                                   ? tr("Imported %n account(s) from lagoon-cli.", nullptr, int(accounts.size()))
                                   : tr("Imported %1 contexts from lagoon-cli as %n account(s): contexts with the "
                                        "same API URL share one.",
                                        nullptr, int(ids.size()))
                                         .arg(accounts.size());
                for (const QString &notice : notices)
                    text += QStringLiteral("\n") + notice;
                m_message->showMessage(InlineMessage::Kind::Info, text);
            });
    retranslate();
    showList();
    if (m_model->rowCount() > 0)
        selectAccount(m_connection->currentAccountId().isEmpty() ? m_model->account(0).id
                                                                 : m_connection->currentAccountId());
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_form->setUrlOpener(std::move(opener));
}

void AccountsDialog::setLagoonCliPath(const QString &path)
{
    m_import->setConfigPath(path);
}

void AccountsDialog::showList()
{
    m_pages->setCurrentWidget(m_listPage);
    // The other pages end with their own Back.
    m_close->show();
    m_model->refresh();
    updateButtons();
}

void AccountsDialog::addAccount()
{
    m_message->clear();
    m_form->newAccount();
    m_pages->setCurrentWidget(m_form);
    m_close->hide();
    m_form->apiUrlEdit()->setFocus();
}

void AccountsDialog::signIn(const QString &id)
{
    const std::optional<Account> account = m_connection->accounts()->account(targetOf(id));
    if (!account)
        return;
    m_message->clear();
    m_form->editAccount(*account);
    m_pages->setCurrentWidget(m_form);
    m_close->hide();
    m_form->submitButton()->setFocus();
}

void AccountsDialog::signOut(const QString &id)
{
    const QString target = targetOf(id);
    if (target.isEmpty())
        return;
    const QString name = nameOf(target);
    m_connection->signOut(target, this, [this, name](const Result<void> &result) {
        m_model->refresh();
        if (result)
            m_message->showMessage(InlineMessage::Kind::Info,
                                   tr("Signed out of %1; its token was removed from the keychain.").arg(name));
        else
            m_message->showError(result.error());
    });
}

void AccountsDialog::remove(const QString &id)
{
    const QString target = targetOf(id);
    if (target.isEmpty())
        return;
    const QString name = nameOf(target);
    LagoonConfirmation::ask(this, tr("Remove Account"), tr("Remove the account %1?").arg(name),
                            tr("Its token is removed from the keychain. Lagoon itself is not changed."), tr("Remove"),
                            [this, target, name] {
                                m_connection->removeAccount(target, this, [this, name](const Result<void> &result) {
                                    if (result)
                                        m_message->showMessage(InlineMessage::Kind::Info, tr("Removed %1.").arg(name));
                                    else
                                        m_message->showMessage(InlineMessage::Kind::Error,
                                                               tr("%1 was removed, but its token could not be removed "
                                                                  "from the keychain: %2")
                                                                   .arg(name, result.error().message),
                                                               result.error().detail);
                                });
                            });
}

void AccountsDialog::makeDefault(const QString &id)
{
    const QString target = targetOf(id);
    if (target.isEmpty())
        return;
    m_connection->setCurrentAccount(target);
    selectAccount(target);
}

void AccountsDialog::importFromLagoonCli()
{
    m_message->clear();
    m_import->reload();
    m_pages->setCurrentWidget(m_import);
    m_close->hide();
}

QString AccountsDialog::selectedAccountId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(AccountListModel::AccountIdRole).toString();
}

void AccountsDialog::selectAccount(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

QString AccountsDialog::targetOf(const QString &id) const
{
    return id.isEmpty() ? selectedAccountId() : id;
}

QString AccountsDialog::nameOf(const QString &id) const
{
    const std::optional<Account> account = m_connection->accounts()->account(id);
    return account ? account->displayName : id;
}

void AccountsDialog::updateButtons()
{
    const int row = m_model->rowOf(selectedAccountId());
    const bool selected = row >= 0;
    const auto status = selected ? m_model->status(row) : AccountListModel::SignInStatus::SignedOut;
    m_signIn->setEnabled(selected);
    m_signOut->setEnabled(selected && (status == AccountListModel::SignInStatus::SignedIn ||
                                       status == AccountListModel::SignInStatus::Expired));
    m_remove->setEnabled(selected);
    m_default->setEnabled(selected && m_model->account(row).id != m_connection->accounts()->defaultAccountId());
}

void AccountsDialog::reject()
{
    // Escape stops a sign-in first; the next one closes.
    if (m_pages->currentWidget() == m_form && m_form->isBusy()) {
        m_form->cancel();
        return;
    }
    QDialog::reject();
}

void AccountsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountsDialog::retranslate()
{
    setWindowTitle(tr("Lagoon Accounts"));
    m_intro->setText(tr("The Lagoons you work with. Their tokens are kept in your system's keychain, never in "
                        "settings files."));
    m_view->setAccessibleName(tr("Lagoon accounts"));
    m_add->setText(tr("&Add…"));
    m_signIn->setText(tr("&Sign In…"));
    m_signOut->setText(tr("Sign &Out"));
    m_default->setText(tr("Use by &Default"));
    m_default->setToolTip(tr("Connect to this account now and when Lagoon Desktop starts"));
    m_remove->setText(tr("&Remove"));
    m_importButton->setText(tr("&Import from lagoon-cli…"));
}

} // namespace Lagoon
