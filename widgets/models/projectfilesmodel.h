// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>

#include "core/project/projectfiles.h"

namespace Lagoon {

/** The project's Lagoon files, found or missing, as a table. */
class ProjectFilesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectFilesModel)

public:
    enum Column { FileColumn, PurposeColumn, StatusColumn, SizeColumn, ColumnCount };
    enum Role { AbsolutePathRole = Qt::UserRole + 1, ExistsRole, RoleIdRole };

    explicit ProjectFilesModel(QObject *parent = nullptr);

    void setFiles(const ProjectFiles &files);
    const ProjectFiles &files() const { return m_files; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProjectFiles m_files;
};

} // namespace Lagoon
