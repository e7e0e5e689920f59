// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonvariabledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "widgets/lagoon/lagoonformat.h"

namespace Lagoon {

LagoonVariableDialog::LagoonVariableDialog(const QString &environment, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_scopeHelp(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("lagoonVariableDialog"));
    setWindowTitle(tr("Add Variable"));
    m_name->setObjectName(QStringLiteral("lagoonVariableName"));
    m_name->setAccessibleName(tr("Variable name"));
    m_value->setObjectName(QStringLiteral("lagoonVariableValue"));
    m_value->setAccessibleName(tr("Variable value"));
    m_value->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_scope->setObjectName(QStringLiteral("lagoonVariableScope"));
    m_scope->setAccessibleName(tr("Scope"));
    // internal_container_registry is left out: Lagoon refuses to set it.
    for (const QString &scope : {QStringLiteral("runtime"), QStringLiteral("build"), QStringLiteral("global"),
                                 QStringLiteral("container_registry")}) {
        m_scope->addItem(LagoonFormat::scopeName(scope), scope);
        m_scope->setItemData(m_scope->count() - 1, LagoonFormat::scopeDescription(scope), Qt::ToolTipRole);
    }
    m_level->setObjectName(QStringLiteral("lagoonVariableLevel"));
    m_level->setAccessibleName(tr("Set on"));
    m_level->addItem(tr("Environment %1 only").arg(environment), false);
    m_level->addItem(tr("The whole project"), true);
    m_scopeHelp->setWordWrap(true);
    m_scopeHelp->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("lagoonVariableOk"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(QString(), m_scopeHelp);
    form->addRow(tr("Set &on:"), m_level);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &LagoonVariableDialog::updateState);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &LagoonVariableDialog::updateState);
    setMinimumWidth(460);
    updateState();
}

void LagoonVariableDialog::setExisting(const QString &name, const QString &scope, bool projectLevel)
{
    setWindowTitle(tr("Change Variable"));
    m_name->setText(name);
    m_name->setReadOnly(true);
    const int scopeIndex = m_scope->findData(scope.toLower());
    if (scopeIndex >= 0)
        m_scope->setCurrentIndex(scopeIndex);
    m_level->setCurrentIndex(projectLevel ? 1 : 0);
    m_level->setEnabled(false);
    m_value->setFocus();
}

void LagoonVariableDialog::setValue(const QString &value)
{
    m_valueUnknown = false;
    m_value->setPlaceholderText({});
    m_value->setText(value);
}

void LagoonVariableDialog::setValueUnknown()
{
    m_valueUnknown = true;
    m_value->clear();
    m_value->setPlaceholderText(tr("Unchanged: type a new value to replace it"));
}

QString LagoonVariableDialog::name() const
{
    return m_name->text().trimmed();
}

QString LagoonVariableDialog::value() const
{
    return m_value->text();
}

bool LagoonVariableDialog::keepsValue() const
{
    return m_valueUnknown && m_value->text().isEmpty();
}

QString LagoonVariableDialog::scope() const
{
    return m_scope->currentData().toString();
}

bool LagoonVariableDialog::isProjectLevel() const
{
    return m_level->currentData().toBool();
}

void LagoonVariableDialog::updateState()
{
    m_scopeHelp->setText(LagoonFormat::scopeDescription(scope()));
    // Lagoon takes any name, but one a shell cannot export never reaches the containers.
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const bool ok = validName.match(name()).hasMatch();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_name->setToolTip(ok || name().isEmpty() ? QString()
                                              : tr("A variable name has letters, digits and underscores, and does not "
                                                   "start with a digit."));
}

} // namespace Lagoon
