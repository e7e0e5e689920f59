// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/common/accessiblecomboname.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>

namespace Lagoon {

namespace {

/** A label's text as announced: "&&" is a literal ampersand, a single "&" only marks the mnemonic. */
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && ++i == text.size())
            break;
        plain += text.at(i);
    }
    return plain.trimmed();
}

/** The text of the label that names `widget` as its buddy, anywhere in its window. */
QString buddyText(const QWidget *widget)
{
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == widget)
            return withoutMnemonic(label->text());
    }
    return {};
}

} // namespace

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
    // Not the combo's QAccessible::Name: on Linux Qt answers it with the current value, which
    // would name the field after what is typed in it and go stale as soon as the text changes.
    QString name = m_combo->accessibleName();
    if (name.isEmpty())
        name = buddyText(m_combo);
    if (name.isEmpty())
        name = m_combo->toolTip();
    if (!name.isEmpty() && edit->accessibleName() != name)
        edit->setAccessibleName(name);
}

} // namespace Lagoon
