// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/deploy/buildvariableseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lagoon {

BuildVariablesEditor::BuildVariablesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add Variable"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Build variables"));
    m_table->setAccessibleDescription(tr("Variables that exist for this build only"));
    m_add->setAccessibleDescription(tr("Adds a build variable"));
    m_remove->setAccessibleDescription(tr("Removes the selected build variables"));
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &BuildVariablesEditor::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, &BuildVariablesEditor::changed);
}

QList<BuildVariable> BuildVariablesEditor::variables() const
{
    QList<BuildVariable> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0)->text().trimmed();
        if (!name.isEmpty())
            result.append({name, m_table->item(row, 1)->text()});
    }
    return result;
}

void BuildVariablesEditor::setVariables(const QList<BuildVariable> &variables)
{
    m_table->setRowCount(0);
    for (const BuildVariable &variable : variables)
        addRow(variable.first, variable.second);
    Q_EMIT changed();
}

QString BuildVariablesEditor::problem() const
{
    // Lagoon hands build variables to the build as environment variables.
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QSet<QString> seen;
    for (const BuildVariable &variable : variables()) {
        if (!validName.match(variable.first).hasMatch())
            return tr("“%1” cannot be a variable name: use letters, digits and _.").arg(variable.first);
        if (seen.contains(variable.first))
            return tr("The build variable %1 is given twice.").arg(variable.first);
        seen.insert(variable.first);
    }
    return {};
}

void BuildVariablesEditor::addRow(const QString &name, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

void BuildVariablesEditor::removeSelected()
{
    QList<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems()) {
        if (!rows.contains(item->row()))
            rows.append(item->row());
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    Q_EMIT changed();
}

} // namespace Lagoon
