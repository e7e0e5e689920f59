// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/dockerdoctorview.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/stack/stackbadge.h"

namespace Lagoon {

namespace {

constexpr int MaxTextWidth = 760;

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DockerDoctorView::DockerDoctorView(QWidget *parent)
    : QWidget(parent)
    , m_cards(new QWidget)
    , m_cardsLayout(new QVBoxLayout(m_cards))
    , m_note(new QLabel)
    , m_recheck(new QPushButton)
{
    setObjectName(QStringLiteral("dockerDoctorView"));
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(14);
    m_note->setObjectName(QStringLiteral("doctorNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_recheck->setObjectName(QStringLiteral("doctorRecheck"));
    m_recheck->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(m_recheck, &QPushButton::clicked, this, &DockerDoctorView::recheckRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_note, 1);

    // The text column has a readable width; a label's own maximum width would break word
    // wrapping (its height is computed for the width the layout offers, not the one it takes).
    auto *column = new QWidget;
    column->setMaximumWidth(MaxTextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_cards);
    columnLayout->addLayout(buttons);
    columnLayout->addStretch(1);

    auto *content = new QWidget;
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    contentLayout->addWidget(column, 1);
    contentLayout->addStretch(0);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslate();
}

DockerDoctorView::~DockerDoctorView() = default;

void DockerDoctorView::setFindings(const DockerFindings &findings)
{
    m_findings = findings;
    rebuild();
}

void DockerDoctorView::setChecking(bool checking)
{
    m_checking = checking;
    m_recheck->setEnabled(!checking);
    retranslate();
}

QString DockerDoctorView::commandFor(const DockerFinding &finding)
{
    switch (finding.problem) {
    case DockerFinding::Problem::DockerNotInstalled:
        return QStringLiteral("sudo apt install docker.io docker-compose");
    case DockerFinding::Problem::DaemonNotRunning:
        return QStringLiteral("sudo systemctl start docker");
    case DockerFinding::Problem::PermissionDenied:
        return QStringLiteral("sudo usermod -aG docker $USER");
    case DockerFinding::Problem::EndpointUnsupported:
        return QStringLiteral("unset DOCKER_HOST");
    case DockerFinding::Problem::ComposeMissing:
        return QStringLiteral("sudo apt install docker-compose");
    case DockerFinding::Problem::PortInUse:
        // Not a fix but the way to the culprit: which program holds the port.
        if (finding.port > 0)
            return QStringLiteral("ss -ltnup 'sport = :%1'").arg(finding.port);
        return {};
    }
    return {};
}

QWidget *DockerDoctorView::card(const DockerFinding &finding)
{
    auto *card = new QWidget;
    card->setObjectName(QStringLiteral("doctorFinding-") + finding.id());
    auto *icon = new QLabel(card);
    const bool blocking = finding.problem != DockerFinding::Problem::PortInUse;
    icon->setPixmap(QIcon::fromTheme(blocking ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning"))
                        .pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *summary = wrapped(finding.summary, card);
    summary->setObjectName(QStringLiteral("doctorSummary"));
    QFont font = summary->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    summary->setFont(font);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(summary);
    if (!finding.explanation.isEmpty()) {
        auto *explanation = wrapped(finding.explanation, card);
        explanation->setObjectName(QStringLiteral("doctorExplanation"));
        text->addWidget(explanation);
    }
    if (!finding.fix.isEmpty()) {
        const QString html = QStringLiteral("<b>%1</b> %2").arg(tr("How to fix it:"), finding.fix.toHtmlEscaped());
        auto *fix = wrapped(html, card);
        fix->setObjectName(QStringLiteral("doctorFix"));
        fix->setTextFormat(Qt::RichText);
        text->addWidget(fix);
    }
    const QString command = commandFor(finding);
    if (!command.isEmpty()) {
        auto *line = new QLineEdit(command, card);
        line->setObjectName(QStringLiteral("doctorCommand"));
        line->setReadOnly(true);
        line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        line->setAccessibleName(tr("Command to run"));
        auto *copy = new QToolButton(card);
        copy->setObjectName(QStringLiteral("doctorCopy"));
        copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy the command to the clipboard"));
        copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(copy, &QToolButton::clicked, this, [command] { QApplication::clipboard()->setText(command); });
        auto *row = new QHBoxLayout;
        row->setSpacing(4);
        row->addWidget(line, 1);
        row->addWidget(copy);
        row->addStretch(0);
        text->addLayout(row);
    }
    if (finding.problem == DockerFinding::Problem::PortInUse && !finding.file.isEmpty() && finding.line > 0) {
        auto *open = new QToolButton(card);
        open->setObjectName(QStringLiteral("doctorShowSource"));
        open->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
        open->setText(tr("Show in %1").arg(finding.file));
        open->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        open->setAutoRaise(true);
        connect(open, &QToolButton::clicked, this,
                [this, finding] { Q_EMIT sourceRequested(finding.file, finding.line, finding.column); });
        text->addWidget(open, 0, Qt::AlignLeft);
    }
    if (!finding.detail.isEmpty()) {
        auto *detail = wrapped(finding.detail, card);
        detail->setObjectName(QStringLiteral("doctorDetail"));
        detail->setForegroundRole(QPalette::PlaceholderText);
        QFont small = detail->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        detail->setFont(small);
        text->addWidget(detail);
    }

    auto *layout = new QHBoxLayout(card);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return card;
}

void DockerDoctorView::rebuild()
{
    while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const DockerFinding &finding : std::as_const(m_findings))
        m_cardsLayout->addWidget(card(finding));
}

void DockerDoctorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The findings' own texts come translated from the doctor; the labels around them change.
        rebuild();
    }
    QWidget::changeEvent(event);
}

void DockerDoctorView::retranslate()
{
    m_recheck->setText(m_checking ? tr("Checking…") : tr("Check again"));
    m_note->setText(tr("This panel returns to the services by itself as soon as Docker answers."));
}

} // namespace Lagoon
