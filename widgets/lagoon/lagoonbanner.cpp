// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/lagoon/lagoonbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

#include "widgets/common/badge.h"

namespace Lagoon {

LagoonBanner::LagoonBanner(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_retry(new QToolButton(this)),
      m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("lagoonBanner"));
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("lagoonBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("lagoonRetry"));
    m_retry->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_retry->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_dismiss->setObjectName(QStringLiteral("lagoonBannerDismiss"));
    m_dismiss->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_dismiss->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_retry, &QToolButton::clicked, this, &LagoonBanner::retryRequested);
    connect(m_dismiss, &QToolButton::clicked, this, &LagoonBanner::clear);
    retranslate();
    hide();
}

void LagoonBanner::showMessage(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    m_text->setText(text);
    m_text->setToolTip(detail);
    const QString icon = kind == Kind::Error ? QStringLiteral("dialog-error")
                         : kind == Kind::Offline ? QStringLiteral("network-disconnect")
                                                 : QStringLiteral("dialog-information");
    m_icon->setPixmap(QIcon::fromTheme(icon, QIcon::fromTheme(QStringLiteral("dialog-warning"))).pixmap(16, 16));
    m_retry->setVisible(kind != Kind::Info);
    setAccessibleDescription(text);
    updateColours();
    show();
}

void LagoonBanner::clear()
{
    m_text->clear();
    hide();
}

QString LagoonBanner::text() const
{
    return m_text->text();
}

void LagoonBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateColours();
    QWidget::changeEvent(event);
}

void LagoonBanner::retranslate()
{
    setAccessibleName(tr("Connection status"));
    m_retry->setText(tr("Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setToolTip(tr("Ask Lagoon again"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Dismiss"));
}

void LagoonBanner::updateColours()
{
    // A tint of the message's tone over the window colour, so it reads in light and dark themes.
    const Badge::Tone tone = m_kind == Kind::Error     ? Badge::Tone::Bad
                             : m_kind == Kind::Offline ? Badge::Tone::Warning
                                                       : Badge::Tone::Busy;
    QPalette p = palette();
    p.setColor(QPalette::Window, Badge::fill(tone, parentWidget() ? parentWidget()->palette() : QPalette()));
    // setPalette sends a PaletteChange; only set it when it differs to avoid a loop.
    if (p.color(QPalette::Window) != palette().color(QPalette::Window))
        setPalette(p);
}

} // namespace Lagoon
