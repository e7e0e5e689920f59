// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/rolloutview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/rollout/rollout.h"
#include "widgets/common/badgelabel.h"
#include "widgets/rollout/rolloutstepsmodel.h"

namespace Lagoon {

namespace {

constexpr int MaxLogLines = 50000;

Badge::Tone toneOf(RolloutState state)
{
    switch (state) {
    case RolloutState::Running:
        return Badge::Tone::Busy;
    case RolloutState::Succeeded:
        return Badge::Tone::Good;
    case RolloutState::Failed:
        return Badge::Tone::Bad;
    case RolloutState::Cancelled:
        return Badge::Tone::Warning;
    case RolloutState::Pending:
        break;
    }
    return Badge::Tone::Neutral;
}

QString iconOf(RolloutState state)
{
    switch (state) {
    case RolloutState::Running:
        return QStringLiteral("state-sync");
    case RolloutState::Succeeded:
        return QStringLiteral("state-ok");
    case RolloutState::Failed:
        return QStringLiteral("state-error");
    case RolloutState::Cancelled:
        return QStringLiteral("state-offline");
    case RolloutState::Pending:
        break;
    }
    return QStringLiteral("state-information");
}

} // namespace

RolloutView::RolloutView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RolloutStepsModel(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(m_pages))
    , m_title(new QLabel)
    , m_state(new BadgeLabel)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_cancel(new QPushButton)
    , m_steps(new QTreeView)
    , m_logTitle(new QLabel)
    , m_log(new QPlainTextEdit)
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("rolloutView"));
    m_empty->setObjectName(QStringLiteral("rolloutEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_title->setObjectName(QStringLiteral("rolloutTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state->setObjectName(QStringLiteral("rolloutState"));
    m_summary->setObjectName(QStringLiteral("rolloutSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("rolloutMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("rolloutCancel"));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &RolloutView::cancelRequested);

    m_steps->setObjectName(QStringLiteral("rolloutSteps"));
    m_steps->setModel(m_model);
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setAllColumnsShowFocus(true);
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(RolloutStepsModel::StepColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(RolloutStepsModel::StateColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(RolloutStepsModel::DurationColumn, QHeaderView::ResizeToContents);

    m_logTitle->setObjectName(QStringLiteral("rolloutLogTitle"));
    m_logTitle->setIndent(4);
    m_log->setObjectName(QStringLiteral("rolloutLog"));
    m_log->setReadOnly(true);
    m_log->setUndoRedoEnabled(false);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setMaximumBlockCount(MaxLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 2);
    header->addWidget(m_title);
    header->addWidget(m_state);
    header->addSpacing(6);
    header->addWidget(m_summary, 1);
    header->addWidget(m_cancel);

    auto *logPane = new QWidget;
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(2);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_log, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("rolloutSplitter"));
    splitter->addWidget(m_steps);
    splitter->addWidget(logPane);
    // Step names are sentences ("Post-rollout task: Clear the caches"): give them room.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 500});
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(m_pages);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(2);
    contentLayout->addLayout(header);
    m_message->setContentsMargins(6, 0, 6, 2);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(splitter, 1);

    m_pages->addWidget(m_empty);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    m_follow = false;
                showLog(current.isValid() ? current.row() : -1);
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RolloutView::followCurrent);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &RolloutView::updateHeader);
    retranslate();
}

RolloutView::~RolloutView() = default;

Rollout *RolloutView::rollout() const
{
    return m_rollout;
}

void RolloutView::setRollout(Rollout *rollout)
{
    if (m_rollout)
        m_rollout->disconnect(this);
    m_rollout = rollout;
    m_model->setRollout(rollout);
    m_follow = true;
    m_shownStep = -1;
    m_log->clear();
    m_pages->setCurrentIndex(rollout ? 1 : 0);
    if (rollout) {
        connect(rollout, &Rollout::started, this, &RolloutView::updateHeader);
        connect(rollout, &Rollout::titleChanged, this, &RolloutView::updateHeader);
        connect(rollout, &Rollout::stepChanged, this, &RolloutView::onStepChanged);
        connect(rollout, &Rollout::logAppended, this, &RolloutView::onLogAppended);
        connect(rollout, &Rollout::finished, this, [this] {
            updateHeader();
            followCurrent();
            // The step shown may have been ended by finish() without a stepChanged of its own.
            showLog(m_shownStep);
        });
        connect(rollout, &QObject::destroyed, this, [this] { setRollout(nullptr); });
    }
    updateHeader();
    followCurrent();
}

void RolloutView::setCancellable(bool cancellable)
{
    m_cancel->setVisible(cancellable && m_rollout && !m_rollout->isFinished());
}

int RolloutView::selectedStep() const
{
    const QModelIndex current = m_steps->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RolloutView::selectStep(int index)
{
    m_steps->setCurrentIndex(m_model->index(index, 0));
}

QString RolloutView::logText() const
{
    return m_log->toPlainText();
}

QString RolloutView::stateText() const
{
    return m_state->badge().text;
}

void RolloutView::onStepChanged(int index)
{
    updateHeader();
    followCurrent();
    if (index == m_shownStep)
        m_logTitle->setText(m_model->index(index, 0).data().toString());
}

void RolloutView::followCurrent()
{
    if (!m_rollout || !m_follow || m_rollout->stepCount() == 0)
        return;
    int target = m_rollout->currentStep();
    if (m_rollout->isFinished() || target < 0) {
        // Afterwards, the step that explains the outcome: the first failure, else the last that ran.
        target = -1;
        for (int i = 0; i < m_rollout->stepCount(); ++i) {
            const RolloutStepState state = m_rollout->step(i).state;
            if (state == RolloutStepState::Failed || state == RolloutStepState::Cancelled) {
                target = i;
                break;
            }
            if (state != RolloutStepState::Pending && state != RolloutStepState::Skipped)
                target = i;
        }
    }
    if (target < 0 || target == selectedStep())
        return;
    m_selecting = true;
    selectStep(target);
    m_selecting = false;
}

void RolloutView::showLog(int index)
{
    m_shownStep = index;
    m_log->clear();
    if (!m_rollout || index < 0 || index >= m_rollout->stepCount()) {
        m_logTitle->clear();
        return;
    }
    const RolloutStep &step = m_rollout->step(index);
    m_logTitle->setText(step.name);
    appendLog(step.log);
}

void RolloutView::onLogAppended(int index, int first, int count)
{
    if (!m_rollout || index != m_shownStep)
        return;
    const QList<RolloutLogLine> &log = m_rollout->step(index).log;
    appendLog(log.mid(first, count));
}

void RolloutView::appendLog(const QList<RolloutLogLine> &lines)
{
    if (lines.isEmpty())
        return;
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    const QPalette pal = palette();
    QTextCharFormat output;
    output.setForeground(pal.color(QPalette::Text));
    QTextCharFormat info;
    info.setForeground(Badge::colour(Badge::Tone::Busy, pal));
    QTextCharFormat error;
    error.setForeground(Badge::colour(Badge::Tone::Bad, pal));
    QTextBlockFormat normalBlock;
    QTextBlockFormat errorBlock;
    errorBlock.setBackground(Badge::fill(Badge::Tone::Bad, pal));

    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    bool first = m_log->document()->isEmpty();
    for (const RolloutLogLine &line : lines) {
        const bool isError = line.stream == RolloutLogLine::Stream::Error;
        if (first) {
            cursor.setBlockFormat(isError ? errorBlock : normalBlock);
            first = false;
        } else {
            cursor.insertBlock(isError ? errorBlock : normalBlock);
        }
        switch (line.stream) {
        case RolloutLogLine::Stream::Info:
            cursor.insertText(QStringLiteral("▸ ") + line.text, info);
            break;
        case RolloutLogLine::Stream::Error:
            cursor.insertText(QStringLiteral("! ") + line.text, error);
            break;
        case RolloutLogLine::Stream::Output:
            cursor.insertText(line.text, output);
            break;
        }
    }
    cursor.endEditBlock();
    if (atEnd)
        bar->setValue(bar->maximum());
}

void RolloutView::updateHeader()
{
    if (!m_rollout) {
        m_clock->stop();
        m_cancel->hide();
        return;
    }
    const RolloutState state = m_rollout->state();
    m_title->setText(m_rollout->title());
    QString word;
    switch (state) {
    case RolloutState::Pending:
        word = tr("Waiting");
        break;
    case RolloutState::Running:
        word = tr("Running");
        break;
    case RolloutState::Succeeded:
        word = tr("Succeeded");
        break;
    case RolloutState::Failed:
        word = tr("Failed");
        break;
    case RolloutState::Cancelled:
        word = tr("Cancelled");
        break;
    }
    m_state->setBadge({toneOf(state), word, iconOf(state), {}});

    int done = 0;
    for (const RolloutStep &step : m_rollout->steps()) {
        if (step.isFinished())
            ++done;
    }
    QStringList parts;
    if (m_rollout->startedAt().isValid()) {
        const QTime started = m_rollout->startedAt().toLocalTime().time();
        parts << tr("started %1").arg(QLocale().toString(started, QLocale::ShortFormat));
        parts << RolloutStepsModel::formatDuration(m_rollout->record().duration());
    }
    parts << tr("%1 of %n step(s) done", nullptr, m_rollout->stepCount()).arg(done);
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    const QString message = m_rollout->message();
    m_message->setVisible(!message.isEmpty());
    m_message->setText(message);
    QPalette messagePalette = palette();
    const Badge::Tone messageTone = state == RolloutState::Failed ? Badge::Tone::Bad : Badge::Tone::Neutral;
    messagePalette.setColor(QPalette::WindowText, Badge::colour(messageTone, palette()));
    m_message->setPalette(messagePalette);

    if (state == RolloutState::Running)
        m_clock->start();
    else
        m_clock->stop();
    if (m_rollout->isFinished())
        m_cancel->hide();
}

void RolloutView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        updateHeader();
        showLog(m_shownStep);
    }
    QWidget::changeEvent(event);
}

void RolloutView::retranslate()
{
    m_empty->setText(tr("No rollout yet. Run locally builds the project's images, starts its services, waits "
                        "until they are ready and runs the post-rollout tasks of .lagoon.yml, as Lagoon would."));
    m_cancel->setText(tr("Cancel"));
    m_steps->setAccessibleName(tr("Rollout steps"));
    m_log->setAccessibleName(tr("Step log"));
    updateHeader();
}

} // namespace Lagoon
