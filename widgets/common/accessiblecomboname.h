// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QComboBox;

namespace Lagoon {

/**
 * Names an editable combo box's line edit. Screen readers reach the line edit as a control of its
 * own and would announce it as a nameless text field. The name is the combo's accessibleName, else
 * the text of the label whose buddy the combo is, else its tool tip; never the combo's
 * QAccessible::Name, which on Linux is the current value.
 * The name is copied whenever the line edit is shown or focused, so a retranslated label follows.
 */
class AccessibleComboName final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibleComboName)

public:
    /** Call after setEditable(true); the follower lives as long as the combo. */
    static void follow(QComboBox *combo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AccessibleComboName(QComboBox *combo);
    void update();

    QComboBox *m_combo;
};

} // namespace Lagoon
