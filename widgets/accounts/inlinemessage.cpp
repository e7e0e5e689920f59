// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/inlinemessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

#include "core/util/error.h"

#include "widgets/common/badge.h"

namespace Lagoon {

InlineMessage::InlineMessage(QWidget *parent) : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    m_text->setText(text);
    m_text->setToolTip(detail);
    setAccessibleName(text);
    setAccessibleDescription(detail);
    updateLook();
    setVisible(!text.isEmpty());
}

void InlineMessage::showError(const Error &error)
{
    showMessage(Kind::Error, error.message, error.detail);
}

void InlineMessage::clear()
{
    m_text->clear();
    m_text->setToolTip(QString());
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateLook();
    QWidget::changeEvent(event);
}

void InlineMessage::updateLook()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QString icon = m_kind == Kind::Error ? QStringLiteral("dialog-error") : QStringLiteral("dialog-information");
    m_icon->setPixmap(QIcon::fromTheme(icon).pixmap(size, size));
    // The tone's colour over the dialog's own background, so it reads in light and dark themes.
    QPalette p = m_text->palette();
    const QColor colour =
        m_kind == Kind::Error ? Badge::colour(Badge::Tone::Bad, palette()) : palette().color(QPalette::WindowText);
    if (p.color(QPalette::WindowText) != colour) {
        p.setColor(QPalette::WindowText, colour);
        m_text->setPalette(p);
    }
}

} // namespace Lagoon
