// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimer>

#include "core/accounts/account.h"
#include "core/util/error.h"

namespace Lagoon {

class AccountStore;

/**
 * The user's Lagoon accounts with their sign-in status, for the accounts dialog. The status comes
 * from each account's tokens in the SecretStore (read again by refresh()); the model keeps only
 * when a token expires and whether it can be renewed, never the token itself.
 */
class AccountListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        TokenColumn,
        ColumnCount,
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        SignInStatusRole,
        IsDefaultRole,
    };
    enum class SignInStatus
    {
        Checking,
        SignedIn,
        Expired,
        SignedOut,
        KeychainLocked,
        KeychainUnavailable,
    };
    Q_ENUM(SignInStatus)

    explicit AccountListModel(AccountStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Reads every account's tokens again. */
    void refresh();
    /** True while tokens are still being read. */
    bool isChecking() const { return m_pending > 0; }

    int rowOf(const QString &accountId) const;
    Account account(int row) const { return m_rows.at(row).account; }
    SignInStatus status(int row) const { return m_rows.at(row).status; }
    /** "Signed in as …", "Signed out", "Keychain locked", … */
    QString statusText(int row) const;
    /** "Expires in …", "Renewed when needed", … ; empty when not signed in. */
    QString tokenText(int row) const;

    /** What "now" is, for the expiry texts; the system clock by default. */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    /** Every account's tokens were read. */
    void checked();

private:
    struct Row
    {
        Account account;
        SignInStatus status = SignInStatus::Checking;
        QDateTime expiresAt;
        bool renewable = false;
        Error error;
    };

    void reload();
    void onRead(quint64 generation, const QString &accountId, const Result<QByteArray> &secret);

    AccountStore *m_store;
    QList<Row> m_rows;
    std::function<QDateTime()> m_clock;
    QTimer m_ticker;
    int m_pending = 0;
    // Bumped by every refresh(), so an answer for an earlier one is ignored.
    quint64 m_generation = 0;
};

} // namespace Lagoon
