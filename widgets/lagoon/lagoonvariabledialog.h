// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lagoon {

/**
 * Asks for a variable to add or change: name, value, scope (with what it means) and whether it
 * belongs to the environment or to the whole project. Only scopes Lagoon still accepts are offered.
 */
class LagoonVariableDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagoonVariableDialog)

public:
    /** `environment`: the environment's name, for the level choice. */
    LagoonVariableDialog(const QString &environment, QWidget *parent = nullptr);

    /** Changing an existing variable: its name and level are fixed. */
    void setExisting(const QString &name, const QString &scope, bool projectLevel);

    /** Prefills the value (one the user revealed). */
    void setValue(const QString &value);
    /**
     * Changing a variable whose value was not revealed: the value field starts empty, and left
     * empty it means "keep the current value" (keepsValue()), never "make it empty".
     */
    void setValueUnknown();

    QString name() const;
    QString value() const;
    /** The value was not known and the user typed no new one: the variable keeps its value. */
    bool keepsValue() const;
    /** Lower-case: build, runtime, global, container_registry. */
    QString scope() const;
    bool isProjectLevel() const;

private:
    void updateState();

    QLineEdit *m_name;
    QLineEdit *m_value;
    QComboBox *m_scope;
    QComboBox *m_level;
    QLabel *m_scopeHelp;
    QDialogButtonBox *m_buttons;
    bool m_valueUnknown = false;
};

} // namespace Lagoon
