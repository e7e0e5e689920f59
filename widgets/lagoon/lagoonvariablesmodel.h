// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once


#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>

namespace Lagoon {

/**
 * The variables that apply to one environment: its own and its project's, names and scopes only.
 * A value is shown only after reveal() was given it, and is kept in memory only until the list
 * is replaced or hideAll().
 */
class LagoonVariablesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonVariablesModel)

public:
    enum class Level
    {
        Environment,
        Project,
    };
    struct Variable
    {
        QString name;
        QString scope;
        QString updated;
        Level level = Level::Environment;
        // A flag beside a QString, not std::optional<QString>: GCC 14 warns (maybe-uninitialized)
        // when std::stable_sort moves optionals of QString, and CI builds with -Werror.
        QString value;
        bool revealed = false;
    };

    enum Column
    {
        NameColumn,
        ScopeColumn,
        LevelColumn,
        ValueColumn,
        UpdatedColumn,
        ColumnCount,
    };
    enum Role
    {
        NameRole = Qt::UserRole,
        ScopeRole,
        LevelRole,
        RevealedRole,
    };

    explicit LagoonVariablesModel(QObject *parent = nullptr);

    /** Replaces the lists (EnvVariableNames answers); forgets every revealed value. */
    void setVariables(const QJsonArray &environmentVariables, const QJsonArray &projectVariables);
    const QList<Variable> &variables() const { return m_variables; }
    Variable variable(int row) const;
    int rowOf(const QString &name, Level level) const;

    void reveal(int row, const QString &value);
    void hide(int row);
    void hideAll();

    /** True when an environment variable of the same name takes precedence over this project one. */
    bool isOverridden(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Variable> m_variables;
};

} // namespace Lagoon
