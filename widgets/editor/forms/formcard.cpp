// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/formcard.h"

#include <algorithm>

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/common/appearance.h"

namespace Lagoon {

FormCard::FormCard(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(title, this)), m_subtitle(new QLabel(this)), m_header(new QHBoxLayout),
      m_grid(new QGridLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->hide();
    m_header->setSpacing(4);
    m_header->addWidget(m_title);
    m_header->addSpacing(6);
    m_header->addWidget(m_subtitle, 1);

    m_grid->setColumnStretch(1, 1);
    // The same label width in every card, so the fields of stacked cards line up.
    m_grid->setColumnMinimumWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 15);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 12);
    layout->setSpacing(8);
    layout->addLayout(m_header);
    layout->addLayout(m_grid);
    setAccessibleName(title);
}

void FormCard::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

QString FormCard::title() const
{
    return m_title->text();
}

void FormCard::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QToolButton *FormCard::addHeaderButton(const QString &iconName, const QString &text, const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setIcon(QIcon::fromTheme(iconName));
    button->setAutoRaise(true);
    button->setToolTip(text);
    button->setAccessibleName(text);
    if (button->icon().isNull())
        button->setText(text);
    m_header->addWidget(button);
    return button;
}

QLabel *FormCard::addRow(const QString &label, QWidget *field, const QString &toolTip, QWidget *cell)
{
    auto *name = new QLabel(label, this);
    name->setBuddy(field);
    name->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!toolTip.isEmpty()) {
        name->setToolTip(toolTip);
        field->setToolTip(toolTip);
    }
    QString accessible = label;
    accessible.remove(QLatin1Char('&'));
    if (accessible.endsWith(QLatin1Char(':')))
        accessible.chop(1);
    field->setAccessibleName(accessible);
    const int row = m_grid->rowCount();
    // Multi-line fields keep their label at the first line; others centre it on the field.
    const bool tall = qobject_cast<QAbstractScrollArea *>(field) != nullptr || (cell && cell != field);
    if (tall) {
        const bool multiLine = qobject_cast<QAbstractScrollArea *>(field) != nullptr;
        name->setContentsMargins(
            0, multiLine ? 5 : std::max(0, (field->sizeHint().height() - name->sizeHint().height()) / 2), 0, 0);
    }
    m_grid->addWidget(name, row, 0, Qt::AlignRight | (tall ? Qt::AlignTop : Qt::AlignVCenter));
    // Choices and numbers keep their natural width; text fields use the whole column.
    QWidget *placed = cell ? cell : field;
    const bool natural = !cell && (qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field) ||
                                   field->maximumWidth() < QWIDGETSIZE_MAX);
    if (natural)
        m_grid->addWidget(placed, row, 1, Qt::AlignLeft | Qt::AlignVCenter);
    else
        m_grid->addWidget(placed, row, 1);
    return name;
}

void FormCard::addWideRow(QWidget *widget)
{
    m_grid->addWidget(widget, m_grid->rowCount(), 0, 1, 2);
}

void FormCard::addWideRow(QLayout *layout)
{
    m_grid->addLayout(layout, m_grid->rowCount(), 0, 1, 2);
}

void FormCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    const bool dark = Appearance::isDark(p);
    QColor fill = p.color(QPalette::Base);
    if (dark)
        fill = p.color(QPalette::Window).lighter(112);
    QColor border = p.color(QPalette::Mid);
    border.setAlpha(dark ? 255 : 140);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter.fillPath(path, fill);
    painter.setPen(QPen(border, 1));
    painter.drawPath(path);
}

} // namespace Lagoon
