// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QUrl;

namespace Lagoon {

class AccountForm;
class AccountListModel;
class InlineMessage;
class LagoonCliImportPage;
class LagoonConnection;

/**
 * Settings → Lagoon Accounts: the accounts with their sign-in status; adding one by its API URL,
 * signing in (browser, SSH key or a pasted token), signing out (the tokens leave the keychain),
 * removing, choosing the default, and importing lagoon-cli's contexts. Each task is a page of the
 * dialog, and what goes wrong is said on the page, not in message boxes. Signing in the account
 * the app is connected to reconnects it; signing in another one leaves the app where it is.
 */
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(LagoonConnection *connection, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    /** How the browser sign-in page is opened; QDesktopServices::openUrl by default. */
    void setUrlOpener(std::function<void(const QUrl &)> opener);
    /** lagoon-cli's file, for the import; ~/.lagoon.yml unless set. */
    void setLagoonCliPath(const QString &path);

    void showList();
    void addAccount();
    /** Shows the sign-in page for the account (the selected one when `id` is empty). */
    void signIn(const QString &id = {});
    void signOut(const QString &id = {});
    /** Asks first, in a window-modal box named "lagoonConfirmation". */
    void remove(const QString &id = {});
    void makeDefault(const QString &id = {});
    void importFromLagoonCli();

    QString selectedAccountId() const;
    void selectAccount(const QString &id);

    AccountListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    AccountForm *form() const { return m_form; }
    LagoonCliImportPage *importPage() const { return m_import; }
    InlineMessage *message() const { return m_message; }
    QStackedWidget *pages() const { return m_pages; }

Q_SIGNALS:
    /** An account was signed in (the current one stays what it was, unless there was none). */
    void signedIn(const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void updateButtons();
    QString targetOf(const QString &id) const;
    QString nameOf(const QString &id) const;

    LagoonConnection *m_connection;
    AccountListModel *m_model;
    QStackedWidget *m_pages;
    QWidget *m_listPage;
    QLabel *m_intro;
    QTreeView *m_view;
    QPushButton *m_add;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QPushButton *m_remove;
    QPushButton *m_default;
    QPushButton *m_importButton;
    InlineMessage *m_message;
    QDialogButtonBox *m_close;
    AccountForm *m_form;
    LagoonCliImportPage *m_import;
};

} // namespace Lagoon
