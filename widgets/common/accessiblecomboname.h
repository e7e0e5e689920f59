// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QComboBox;

namespace Lagoon {

/**
 * Gives an editable combo box's line edit the combo's own accessible name. Screen readers reach
 * the line edit as a control of its own, and Qt names only the combo (from its label's buddy, its
 * accessibleName or tooltip); the line edit would be announced as a nameless text field.
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
