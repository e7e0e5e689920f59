// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/accountlistmodel.h"

#include <QFont>
#include <QIcon>
#include <QStringList>

#include "core/accounts/accountstore.h"
#include "core/auth/secretstore.h"
#include "core/auth/tokenset.h"

#include "widgets/lagoon/lagoonformat.h"

namespace Lagoon {

AccountListModel::AccountListModel(AccountStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_store, &AccountStore::accountsChanged, this, &AccountListModel::refresh);
    // "Expires in …" counts down while the dialog is open.
    m_ticker.setInterval(std::chrono::seconds(15));
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, TokenColumn), index(int(m_rows.size()) - 1, TokenColumn));
    });
    m_ticker.start();
    refresh();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AccountListModel::refresh()
{
    ++m_generation;
    reload();
    m_pending = int(m_rows.size());
    if (m_pending == 0) {
        Q_EMIT checked();
        return;
    }
    const quint64 generation = m_generation;
    for (const Row &row : std::as_const(m_rows)) {
        const QString id = row.account.id;
        m_store->secrets()->read(
            id, TokenSet::secretKey(), this,
            [this, generation, id](const Result<QByteArray> &secret) { onRead(generation, id, secret); });
    }
}

void AccountListModel::reload()
{
    // Keep what is known of accounts that stay, so a refresh does not flash "Checking…".
    QList<Row> rows;
    const QList<Account> accounts = m_store->accounts();
    for (const Account &account : accounts) {
        Row row;
        const int previous = rowOf(account.id);
        if (previous >= 0)
            row = m_rows.at(previous);
        row.account = account;
        rows << row;
    }
    const auto idsOf = [](const QList<Row> &list) {
        QStringList ids;
        for (const Row &row : list)
            ids << row.account.id;
        return ids;
    };
    if (idsOf(rows) == idsOf(m_rows)) {
        // The same accounts: no reset, so the view keeps its selection.
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void AccountListModel::onRead(quint64 generation, const QString &accountId, const Result<QByteArray> &secret)
{
    if (generation != m_generation)
        return;
    const int row = rowOf(accountId);
    if (row >= 0) {
        Row &entry = m_rows[row];
        entry.error = {};
        entry.expiresAt = {};
        entry.renewable = false;
        const Result<TokenSet> tokens =
            secret ? TokenSet::fromSecret(*secret) : Result<TokenSet>(std::unexpected(secret.error()));
        if (tokens && !tokens->isEmpty()) {
            entry.expiresAt = tokens->expiresAt;
            entry.renewable = entry.account.loginMethod == LoginMethod::SshKey ||
                              (entry.account.loginMethod == LoginMethod::Browser && tokens->canRefresh());
            const bool expired = entry.expiresAt.isValid() && entry.expiresAt <= m_clock();
            entry.status = expired && !entry.renewable ? SignInStatus::Expired : SignInStatus::SignedIn;
        } else if (!secret && secret.error().code == Error::Code::PermissionDenied) {
            entry.status = SignInStatus::KeychainLocked;
            entry.error = secret.error();
        } else if (!secret && secret.error().code != Error::Code::NotFound) {
            entry.status = SignInStatus::KeychainUnavailable;
            entry.error = secret.error();
        } else {
            entry.status = SignInStatus::SignedOut;
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (--m_pending == 0)
        Q_EMIT checked();
}

int AccountListModel::rowOf(const QString &accountId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).account.id == accountId)
            return int(row);
    }
    return -1;
}

QString AccountListModel::statusText(int row) const
{
    const Row &entry = m_rows.at(row);
    switch (entry.status) {
    case SignInStatus::Checking:
        return tr("Checking…");
    case SignInStatus::SignedIn:
        return entry.account.username.isEmpty() ? tr("Signed in") : tr("Signed in as %1").arg(entry.account.username);
    case SignInStatus::Expired:
        return tr("Token expired");
    case SignInStatus::SignedOut:
        return tr("Signed out");
    case SignInStatus::KeychainLocked:
        return tr("Keychain locked");
    case SignInStatus::KeychainUnavailable:
        return tr("Keychain unavailable");
    }
    return {};
}

QString AccountListModel::tokenText(int row) const
{
    const Row &entry = m_rows.at(row);
    if (entry.status == SignInStatus::Expired)
        return tr("Expired: paste a new one or sign in");
    if (entry.status != SignInStatus::SignedIn)
        return {};
    if (!entry.expiresAt.isValid())
        return tr("Does not expire");
    const qint64 left = m_clock().secsTo(entry.expiresAt);
    if (left <= 0)
        return tr("Renewed when next used");
    // Minutes are enough here: the text is refreshed every quarter of a minute, not every second.
    const QString in = left < 60     ? tr("under a minute")
                       : left < 3600 ? tr("%1 min").arg(left / 60)
                                     : LagoonFormat::duration(left);
    return entry.renewable ? tr("Expires in %1, then renewed").arg(in) : tr("Expires in %1").arg(in);
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &entry = m_rows.at(index.row());
    const bool isDefault = entry.account.id == m_store->defaultAccountId();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return isDefault ? tr("%1 (default)").arg(entry.account.displayName) : entry.account.displayName;
        if (index.column() == StatusColumn)
            return statusText(index.row());
        return tokenText(index.row());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return entry.account.apiUrl.toDisplayString();
        if (index.column() == StatusColumn && !entry.error.message.isEmpty())
            return entry.error.message;
        return {};
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        switch (entry.status) {
        case SignInStatus::SignedIn:
            return QIcon::fromTheme(QStringLiteral("im-user-online"));
        case SignInStatus::SignedOut:
            return QIcon::fromTheme(QStringLiteral("im-user-offline"));
        case SignInStatus::KeychainLocked:
            return QIcon::fromTheme(QStringLiteral("object-locked"));
        case SignInStatus::Expired:
        case SignInStatus::KeychainUnavailable:
            return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        case SignInStatus::Checking:
            return {};
        }
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && isDefault) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AccountIdRole:
        return entry.account.id;
    case SignInStatusRole:
        return QVariant::fromValue(entry.status);
    case IsDefaultRole:
        return isDefault;
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Account");
    case StatusColumn:
        return tr("Status");
    case TokenColumn:
        return tr("Token");
    default:
        return {};
    }
}

} // namespace Lagoon
