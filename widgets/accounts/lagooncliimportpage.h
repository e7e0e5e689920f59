// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include "core/accounts/account.h"
#include "core/accounts/lagooncliconfig.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Lagoon {

class AccountStore;
class InlineMessage;

/**
 * Imports lagoon-cli's contexts (~/.lagoon.yml) as accounts: one check box per context, and one
 * to also copy the tokens lagoon-cli keeps there in plain text into the keychain; the page says
 * that the old file keeps its copy. Reading errors show on the page.
 */
class LagoonCliImportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonCliImportPage)

public:
    explicit LagoonCliImportPage(AccountStore *store, QWidget *parent = nullptr);

    /** lagoon-cli's file; LagoonCliConfig::defaultPath() unless set. */
    void setConfigPath(const QString &path) { m_path = path; }
    QString configPath() const { return m_path; }
    /** Reads the file again and lists its contexts, all checked. */
    void reload();
    /** Imports the checked contexts. */
    void importChecked();

    QListWidget *contexts() const { return m_list; }
    QCheckBox *tokensCheckBox() const { return m_tokens; }
    QPushButton *importButton() const { return m_import; }
    InlineMessage *message() const { return m_message; }

Q_SIGNALS:
    /**
     * Imported and saved: `accounts` has one entry per context (the same account again for contexts
     * that share its API URL); `notices` say which were merged and where plain-text tokens remain.
     */
    void imported(const QList<Lagoon::Account> &accounts, const QStringList &notices);
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void importNext();
    void updateEnabled();

    AccountStore *m_store;
    QString m_path;
    LagoonCliConfig m_config;
    QStringList m_queue;
    QList<Account> m_imported;
    QStringList m_notices;
    bool m_busy = false;

    QLabel *m_title;
    QLabel *m_source;
    QListWidget *m_list;
    QCheckBox *m_tokens;
    QLabel *m_tokensHint;
    InlineMessage *m_message;
    QPushButton *m_back;
    QPushButton *m_import;
};

} // namespace Lagoon
