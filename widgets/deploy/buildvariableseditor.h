// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/deploy/deployer.h"

class QTableWidget;
class QPushButton;

namespace Lagoon {

/**
 * Build variables for one deployment (Lagoon's `buildVariables`, scope build): name and value
 * pairs that exist for this build only, so a one-off switch needs no project variable.
 */
class BuildVariablesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildVariablesEditor)

public:
    explicit BuildVariablesEditor(QWidget *parent = nullptr);

    /** The rows with a name, in order; rows without a name are ignored. */
    QList<BuildVariable> variables() const;
    void setVariables(const QList<BuildVariable> &variables);
    /** Empty when every named row is valid, else why not (a duplicate or a name with spaces). */
    QString problem() const;

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void addRow(const QString &name = {}, const QString &value = {});
    void removeSelected();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Lagoon
