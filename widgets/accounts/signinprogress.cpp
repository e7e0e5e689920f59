// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/accounts/signinprogress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

namespace Lagoon {

SignInProgress::SignInProgress(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInProgress"));
    m_text->setObjectName(QStringLiteral("accountProgress"));
    m_cancel->setObjectName(QStringLiteral("accountCancel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel, 0, Qt::AlignTop);
    connect(m_cancel, &QPushButton::clicked, this, &SignInProgress::cancelRequested);
    connect(m_text, &QLabel::linkActivated, this, &SignInProgress::reopenRequested);
    retranslate();
}

void SignInProgress::showStage(AccountSignIn::Stage stage, const QString &sshHost, bool pageOpened)
{
    m_stage = stage;
    m_sshHost = sshHost;
    m_pageOpened = pageOpened;
    retranslate();
}

QString SignInProgress::text() const
{
    return m_text->text();
}

void SignInProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInProgress::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel signing in"));
    QString text;
    switch (m_stage) {
    case AccountSignIn::Stage::Idle:
        break;
    case AccountSignIn::Stage::WaitingForBrowser:
        text = m_pageOpened
                   ? tr("Finish signing in in your browser.").toHtmlEscaped() + QStringLiteral(" <a href=\"#open\">") +
                         tr("Open the page again").toHtmlEscaped() + QStringLiteral("</a>")
                   : tr("Opening the sign-in page…").toHtmlEscaped();
        break;
    case AccountSignIn::Stage::AskingSsh:
        text = tr("Asking the SSH token service at %1 for a token…").arg(m_sshHost).toHtmlEscaped();
        break;
    case AccountSignIn::Stage::Verifying:
        text = tr("Checking the token with Lagoon…").toHtmlEscaped();
        break;
    case AccountSignIn::Stage::Saving:
        text = tr("Saving the token in the keychain…").toHtmlEscaped();
        break;
    }
    m_text->setText(text);
    setVisible(m_stage != AccountSignIn::Stage::Idle);
}

} // namespace Lagoon
