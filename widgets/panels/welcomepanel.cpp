// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/panels/welcomepanel.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lagoon {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_recentTitle(new QLabel(this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcome"));
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("document-open-folder"), QIcon::fromTheme(QStringLiteral("document-open"))));
    m_recentTitle->setBuddy(m_recent);
    m_recent->setMaximumWidth(720);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addWidget(m_open, 0, Qt::AlignLeft);
    column->addSpacing(18);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &WelcomePanel::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentProjectRequested(item->data(Qt::UserRole).toString());
    });
    retranslate();
}

void WelcomePanel::setRecentProjects(const QStringList &folders)
{
    m_recent->clear();
    for (const QString &folder : folders) {
        auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("folder")),
                                         QStringLiteral("%1 — %2").arg(QFileInfo(folder).fileName(),
                                                                         QDir::toNativeSeparators(folder)));
        item->setData(Qt::UserRole, folder);
        item->setToolTip(QDir::toNativeSeparators(folder));
        m_recent->addItem(item);
    }
    m_recentTitle->setVisible(!folders.isEmpty());
    m_recent->setVisible(!folders.isEmpty());
}

void WelcomePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePanel::retranslate()
{
    m_title->setText(tr("Lagoon Desktop"));
    m_text->setText(tr("Open the folder of a project that Lagoon deploys: the one with .lagoon.yml and "
                       "docker-compose.yml. You can also drop a folder onto this window."));
    m_open->setText(tr("&Open Project…"));
    m_recentTitle->setText(tr("Recent projects:"));
    m_recent->setAccessibleName(tr("Recent projects"));
}

} // namespace Lagoon
