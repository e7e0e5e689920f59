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

    QString name() const;
    QString value() const;
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
};

} // namespace Lagoon
