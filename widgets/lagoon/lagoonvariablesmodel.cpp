// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonvariablesmodel.h"

#include <algorithm>

#include <QFont>
#include <QFontDatabase>
#include <QJsonObject>

#include "widgets/lagoon/lagoonformat.h"

namespace Lagoon {

namespace {

const QString Mask = QStringLiteral("••••••••");

QList<LagoonVariablesModel::Variable> read(const QJsonArray &list, LagoonVariablesModel::Level level)
{
    QList<LagoonVariablesModel::Variable> out;
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            continue;
        // Values are never taken from a list, even if a caller passed one that has them.
        out << LagoonVariablesModel::Variable{name, object.value(QLatin1String("scope")).toString().toLower(),
                                              object.value(QLatin1String("updated")).toString(), level, {}, false};
    }
    return out;
}

} // namespace

LagoonVariablesModel::LagoonVariablesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LagoonVariablesModel::setVariables(const QJsonArray &environmentVariables, const QJsonArray &projectVariables)
{
    QList<Variable> list = read(environmentVariables, Level::Environment) + read(projectVariables, Level::Project);
    std::stable_sort(list.begin(), list.end(), [](const Variable &a, const Variable &b) {
        if (a.level != b.level)
            return a.level == Level::Environment;
        return a.name < b.name;
    });
    beginResetModel();
    m_variables = list;
    endResetModel();
}

LagoonVariablesModel::Variable LagoonVariablesModel::variable(int row) const
{
    return row >= 0 && row < m_variables.size() ? m_variables.at(row) : Variable();
}

int LagoonVariablesModel::rowOf(const QString &name, Level level) const
{
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        if (m_variables.at(i).name == name && m_variables.at(i).level == level)
            return int(i);
    }
    return -1;
}

void LagoonVariablesModel::reveal(int row, const QString &value)
{
    if (row < 0 || row >= m_variables.size())
        return;
    m_variables[row].value = value;
    m_variables[row].revealed = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LagoonVariablesModel::hide(int row)
{
    if (row < 0 || row >= m_variables.size() || !m_variables.at(row).revealed)
        return;
    m_variables[row].value.clear();
    m_variables[row].revealed = false;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LagoonVariablesModel::hideAll()
{
    for (qsizetype i = 0; i < m_variables.size(); ++i)
        hide(int(i));
}

bool LagoonVariablesModel::isOverridden(int row) const
{
    const Variable v = variable(row);
    return v.level == Level::Project && rowOf(v.name, Level::Environment) >= 0;
}

int LagoonVariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size());
}

int LagoonVariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LagoonVariablesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Variable &v = m_variables.at(index.row());
    switch (role) {
    case NameRole:
        return v.name;
    case ScopeRole:
        return v.scope;
    case LevelRole:
        return int(v.level);
    case RevealedRole:
        return v.revealed;
    default:
        break;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return v.name;
        if (role == Qt::FontRole && isOverridden(index.row())) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (role == Qt::ToolTipRole && isOverridden(index.row()))
            return tr("The environment's own %1 takes precedence over this project variable.").arg(v.name);
        break;
    case ScopeColumn:
        if (role == Qt::DisplayRole)
            return LagoonFormat::scopeName(v.scope);
        if (role == Qt::ToolTipRole)
            return LagoonFormat::scopeDescription(v.scope);
        break;
    case LevelColumn:
        if (role == Qt::DisplayRole)
            return v.level == Level::Environment ? tr("Environment") : tr("Project");
        if (role == Qt::ToolTipRole) {
            return v.level == Level::Environment
                ? tr("Set on this environment only; it overrides a project variable of the same name.")
                : tr("Set on the project: it applies to every environment that does not set it itself.");
        }
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return v.revealed ? v.value : Mask;
        if (role == Qt::AccessibleTextRole)
            return v.revealed ? v.value : tr("Hidden value");
        if (role == Qt::ToolTipRole && !v.revealed)
            return tr("Hidden. Reveal fetches the value from Lagoon; it is never stored on this computer.");
        if (role == Qt::FontRole && v.revealed)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case UpdatedColumn:
        if (role == Qt::DisplayRole)
            return LagoonFormat::dateTime(LagoonFormat::parseDate(v.updated));
        break;
    default:
        break;
    }
    return {};
}

QVariant LagoonVariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ScopeColumn) {
        return tr("Where Lagoon puts the variable: build (image builds only), runtime (running containers), global "
                  "(both), container_registry (registry credentials), internal_container_registry (deprecated).");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ScopeColumn:
        return tr("Scope");
    case LevelColumn:
        return tr("Set on");
    case ValueColumn:
        return tr("Value");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace Lagoon
