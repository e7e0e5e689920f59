// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/panels/emptystatepanel.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Lagoon {

EmptyStatePanel::EmptyStatePanel(const QString &iconName, TextSource texts, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
    , m_texts(std::move(texts))
{
    m_icon->setPixmap(QIcon::fromTheme(iconName).pixmap(48, 48));
    m_icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    m_layout->addStretch(1);
    m_layout->addWidget(m_icon);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_text);
    m_layout->addStretch(2);
    retranslate();
}

QString EmptyStatePanel::title() const
{
    return m_title->text();
}

QString EmptyStatePanel::text() const
{
    return m_text->text();
}

void EmptyStatePanel::addWidget(QWidget *widget)
{
    // Above the bottom stretch, so it stays with the text.
    m_layout->insertWidget(m_layout->count() - 1, widget, 0, Qt::AlignHCenter);
}

void EmptyStatePanel::updateTexts()
{
    retranslate();
}

void EmptyStatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyStatePanel::retranslate()
{
    const auto [title, text] = m_texts();
    m_title->setText(title);
    m_text->setText(text);
    setAccessibleName(title);
    setAccessibleDescription(text);
}

} // namespace Lagoon
