// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/models/projectfilesmodel.h"

#include <QIcon>
#include <QLocale>

namespace Lagoon {

ProjectFilesModel::ProjectFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProjectFilesModel::setFiles(const ProjectFiles &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

int ProjectFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_files.files.size());
}

int ProjectFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProjectFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectFile &file = m_files.files.at(index.row());

    switch (role) {
    case AbsolutePathRole:
        return m_files.absolutePath(file);
    case ExistsRole:
        return file.exists;
    case RoleIdRole:
        return roleId(file.role);
    case Qt::ToolTipRole:
        return m_files.absolutePath(file);
    case Qt::DecorationRole:
        if (index.column() == FileColumn)
            return QIcon::fromTheme(QStringLiteral("text-x-generic"));
        if (index.column() == StatusColumn) {
            if (file.exists)
                return QIcon::fromTheme(QStringLiteral("emblem-ok-symbolic"), QIcon::fromTheme(QStringLiteral("dialog-ok")));
            return QIcon::fromTheme(file.required ? QStringLiteral("dialog-error") : QStringLiteral("dialog-information"));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case FileColumn:
        return file.relativePath;
    case PurposeColumn:
        if (file.role == ProjectFile::Role::Compose && m_files.composeSource == QLatin1String("docker-compose-yaml"))
            return tr("%1, named by docker-compose-yaml").arg(roleText(file.role));
        return roleText(file.role);
    case StatusColumn:
        if (file.exists)
            return tr("Found");
        return file.required ? tr("Missing") : tr("Not present");
    case SizeColumn:
        return file.exists ? QLocale().formattedDataSize(file.size) : QString();
    default:
        return {};
    }
}

QVariant ProjectFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case PurposeColumn:
        return tr("Purpose");
    case StatusColumn:
        return tr("Status");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace Lagoon
