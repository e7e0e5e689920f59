// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/accessiblecomboname.h"

#include <QAccessible>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>

namespace Lagoon {

AccessibleComboName::AccessibleComboName(QComboBox *combo)
    : QObject(combo)
    , m_combo(combo)
{
    if (QLineEdit *edit = combo->lineEdit())
        edit->installEventFilter(this);
}

void AccessibleComboName::follow(QComboBox *combo)
{
    if (combo && combo->lineEdit())
        new AccessibleComboName(combo);
}

bool AccessibleComboName::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::FocusIn || event->type() == QEvent::LanguageChange)
        update();
    return QObject::eventFilter(watched, event);
}

void AccessibleComboName::update()
{
    QLineEdit *edit = m_combo->lineEdit();
    if (!edit)
        return;
    // The combo's interface knows the name from a buddy label as well as from accessibleName.
    QString name = m_combo->accessibleName();
    if (name.isEmpty()) {
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(m_combo))
            name = iface->text(QAccessible::Name);
    }
    if (name.isEmpty())
        name = m_combo->toolTip();
    if (!name.isEmpty() && edit->accessibleName() != name)
        edit->setAccessibleName(name);
}

} // namespace Lagoon
