// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/rolloutview.h"

#include <climits>

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/rollout/rollout.h"

#include "widgets/common/badgelabel.h"
#include "widgets/rollout/logsearchbar.h"
#include "widgets/rollout/logview.h"
#include "widgets/rollout/rolloutstepsmodel.h"

namespace Lagoon {

namespace {

constexpr int SectionRefreshMs = 33;

Badge::Tone toneOf(RolloutState state, bool warnings)
{
    switch (state) {
    case RolloutState::Running:
        return Badge::Tone::Busy;
    case RolloutState::Succeeded:
        return warnings ? Badge::Tone::Warning : Badge::Tone::Good;
    case RolloutState::Failed:
        return Badge::Tone::Bad;
    case RolloutState::Cancelled:
        return Badge::Tone::Warning;
    case RolloutState::Pending:
        break;
    }
    return Badge::Tone::Neutral;
}

QString iconOf(RolloutState state, bool warnings)
{
    switch (state) {
    case RolloutState::Running:
        return QStringLiteral("state-sync");
    case RolloutState::Succeeded:
        return warnings ? QStringLiteral("state-warning") : QStringLiteral("state-ok");
    case RolloutState::Failed:
        return QStringLiteral("state-error");
    case RolloutState::Cancelled:
        return QStringLiteral("state-offline");
    case RolloutState::Pending:
        break;
    }
    return QStringLiteral("state-information");
}

Badge::Tone sectionTone(const RolloutStep &step)
{
    switch (step.state) {
    case RolloutStepState::Failed:
        return Badge::Tone::Bad;
    case RolloutStepState::Running:
        return Badge::Tone::Busy;
    case RolloutStepState::Cancelled:
        return Badge::Tone::Warning;
    case RolloutStepState::Succeeded:
        return step.hasWarnings ? Badge::Tone::Warning : Badge::Tone::Good;
    case RolloutStepState::Pending:
    case RolloutStepState::Skipped:
        break;
    }
    return Badge::Tone::Neutral;
}

} // namespace

RolloutView::RolloutView(QWidget *parent)
    : QWidget(parent), m_model(new RolloutStepsModel(this)), m_pages(new QStackedWidget(this)),
      m_empty(new QLabel(m_pages)), m_title(new QLabel), m_state(new BadgeLabel), m_summary(new QLabel),
      m_message(new QLabel), m_cancel(new QPushButton), m_steps(new QTreeView), m_logTitle(new QLabel),
      m_toolBar(new QToolBar), m_followAction(new QAction(this)), m_foldAction(new QAction(this)),
      m_unfoldAction(new QAction(this)), m_copyAction(new QAction(this)), m_saveAction(new QAction(this)),
      m_findAction(new QAction(this)), m_log(new LogView), m_search(new LogSearchBar(m_log)), m_clock(new QTimer(this)),
      m_sectionTimer(new QTimer(this))
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
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    for (int column : {int(RolloutStepsModel::StateColumn), int(RolloutStepsModel::DurationColumn),
                       int(RolloutStepsModel::ComparisonColumn)})
        m_steps->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_logTitle->setObjectName(QStringLiteral("rolloutLogTitle"));
    m_logTitle->setIndent(4);
    m_log->setObjectName(QStringLiteral("rolloutLog"));

    m_toolBar->setObjectName(QStringLiteral("rolloutLogToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_followAction->setObjectName(QStringLiteral("rolloutFollow"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setIcon(QIcon::fromTheme(QStringLiteral("go-bottom")));
    m_foldAction->setObjectName(QStringLiteral("rolloutFoldAll"));
    m_foldAction->setIcon(QIcon::fromTheme(QStringLiteral("collapse-all")));
    m_unfoldAction->setObjectName(QStringLiteral("rolloutUnfoldAll"));
    m_unfoldAction->setIcon(QIcon::fromTheme(QStringLiteral("expand-all")));
    m_copyAction->setObjectName(QStringLiteral("rolloutCopy"));
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyAction->setEnabled(false);
    m_saveAction->setObjectName(QStringLiteral("rolloutSave"));
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_findAction->setObjectName(QStringLiteral("rolloutFind"));
    m_findAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolBar->addAction(m_followAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_foldAction);
    m_toolBar->addAction(m_unfoldAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copyAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addAction(m_findAction);
    // Follow is a mode, not a one-off command: its word tells whether it is on at a glance.
    if (auto *followButton = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_followAction)))
        followButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    header->addWidget(m_title);
    header->addWidget(m_state);
    header->addStretch(1);
    header->addWidget(m_cancel);

    auto *logBar = new QHBoxLayout;
    logBar->setContentsMargins(0, 0, 0, 0);
    logBar->addWidget(m_logTitle, 1);
    logBar->addWidget(m_toolBar);

    auto *logPane = new QWidget;
    logPane->setObjectName(QStringLiteral("rolloutLogPane"));
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(0);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_log, 1);
    logLayout->addWidget(m_search);
    logPane->addAction(m_findAction);
    // The toolbar's commands by key while the focus is in this rollout (several can be open).
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_foldAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Minus));
    // Ctrl+Shift and the '+' key: Qt reports that as Ctrl+Shift+Plus where '+' is a key of its own
    // (German, the keypad) and as Ctrl+Plus where '+' is shifted ('=' on US, ';' on JIS). Never
    // both for one press, which would make the two keys ambiguous and neither would run.
    m_unfoldAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    for (QAction *action : {m_followAction, m_foldAction, m_unfoldAction, m_saveAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("rolloutSplitter"));
    splitter->addWidget(m_steps);
    splitter->addWidget(logPane);
    // The log wants the width (build output is wide); step names still get room for a sentence.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(m_pages);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(2);
    contentLayout->addLayout(header);
    m_summary->setContentsMargins(6, 0, 6, 2);
    contentLayout->addWidget(m_summary);
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
                if (m_selecting)
                    return;
                m_follow = false;
                if (current.isValid())
                    jumpToStep(current.row());
            });
    // Clicking the step already selected jumps back to it, after the user scrolled away.
    connect(m_steps, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        m_follow = false;
        jumpToStep(index.row());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RolloutView::followCurrent);
    connect(m_followAction, &QAction::toggled, m_log, &LogView::setFollowing);
    connect(m_log, &LogView::followingChanged, m_followAction, &QAction::setChecked);
    connect(m_foldAction, &QAction::triggered, m_log, &LogView::foldAll);
    connect(m_unfoldAction, &QAction::triggered, m_log, &LogView::unfoldAll);
    connect(m_copyAction, &QAction::triggered, m_log, &LogView::copy);
    connect(m_saveAction, &QAction::triggered, this, &RolloutView::saveLog);
    connect(m_findAction, &QAction::triggered, m_search, &LogSearchBar::open);
    connect(m_log, &LogView::selectionChanged, this,
            [this] { m_copyAction->setEnabled(m_log->selectionStart() >= 0); });
    connect(m_log, &LogView::linesAdded, this, &RolloutView::updateLogTitle);
    connect(m_log, &LogView::storeReset, this, &RolloutView::updateLogTitle);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &RolloutView::updateHeader);
    m_sectionTimer->setSingleShot(true);
    m_sectionTimer->setInterval(SectionRefreshMs);
    connect(m_sectionTimer, &QTimer::timeout, this, &RolloutView::updateSections);
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
    m_sectionTimer->stop();
    m_log->setStore(rollout ? &rollout->log() : nullptr);
    m_pages->setCurrentIndex(rollout ? 1 : 0);
    if (rollout) {
        connect(rollout, &Rollout::started, this, &RolloutView::updateHeader);
        connect(rollout, &Rollout::titleChanged, this, &RolloutView::updateHeader);
        connect(rollout, &Rollout::detailsChanged, this, &RolloutView::updateHeader);
        connect(rollout, &Rollout::stepChanged, this, &RolloutView::onStepChanged);
        connect(rollout, &Rollout::stepAdded, this, [this] { m_sectionTimer->start(); });
        connect(rollout, &Rollout::logAppended, this, &RolloutView::onLogAppended);
        connect(rollout, &Rollout::finished, this, [this] {
            updateHeader();
            updateSections();
            followCurrent();
        });
        connect(rollout, &QObject::destroyed, this, [this] { setRollout(nullptr); });
        updateSections();
    }
    updateHeader();
    updateLogTitle();
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
    if (index >= 0 && index == selectedStep()) {
        // Picking the step already selected still takes the log back to it.
        m_follow = false;
        jumpToStep(index);
        return;
    }
    m_steps->setCurrentIndex(m_model->index(index, 0));
}

QString RolloutView::logText() const
{
    if (!m_rollout)
        return {};
    const LogStore &log = m_rollout->log();
    QStringList lines;
    lines.reserve(log.lineCount());
    for (qsizetype i = 0; i < log.lineCount(); ++i)
        lines.append(log.plainText(i));
    return lines.join(QLatin1Char('\n'));
}

QString RolloutView::stateText() const
{
    return m_state->badge().text;
}

qsizetype RolloutView::jumpLineOf(int index) const
{
    if (!m_rollout || index < 0 || index >= m_rollout->stepCount())
        return -1;
    const RolloutStep &step = m_rollout->step(index);
    const bool explains = step.state == RolloutStepState::Failed || step.hasWarnings;
    if (explains && step.summaryLine >= 0)
        return step.summaryLine;
    return step.firstLine;
}

void RolloutView::jumpToStep(int index)
{
    const qsizetype line = jumpLineOf(index);
    if (line >= 0)
        m_log->jumpToLine(line);
}

void RolloutView::onStepChanged(int index)
{
    Q_UNUSED(index)
    updateHeader();
    m_sectionTimer->start();
    followCurrent();
}

void RolloutView::onLogAppended()
{
    m_log->linesAppended();
    if (!m_sectionTimer->isActive())
        m_sectionTimer->start();
}

void RolloutView::updateSections()
{
    m_sectionTimer->stop();
    if (!m_rollout)
        return;
    QList<LogSection> sections;
    for (const RolloutStep &step : m_rollout->steps()) {
        if (step.firstLine < 0 || step.lineCount <= 0)
            continue;
        const bool explains = step.state == RolloutStepState::Failed || step.hasWarnings;
        sections.append(
            {step.firstLine, step.lineCount, step.name, sectionTone(step), explains ? step.summaryLine : -1});
    }
    m_log->setSections(sections);
}

void RolloutView::updateLogTitle()
{
    const qsizetype lines = m_log->rows().lineCount();
    m_logTitle->setText(
        lines == 0
            ? tr("Log")
            : tr("Log · %1 line(s)", nullptr, int(std::min<qsizetype>(lines, INT_MAX))).arg(QLocale().toString(lines)));
}

void RolloutView::followCurrent()
{
    if (!m_rollout || !m_follow || m_rollout->stepCount() == 0)
        return;
    int target = m_rollout->currentStep();
    const bool finished = m_rollout->isFinished() || target < 0;
    if (finished) {
        // Afterwards, the step that explains the outcome: the first failure, else the first that
        // warned, else the last that ran.
        target = -1;
        int warned = -1;
        for (int i = 0; i < m_rollout->stepCount(); ++i) {
            const RolloutStep &step = m_rollout->step(i);
            if (step.state == RolloutStepState::Failed || step.state == RolloutStepState::Cancelled) {
                target = i;
                warned = -1;
                break;
            }
            if (step.hasWarnings && warned < 0)
                warned = i;
            if (step.state != RolloutStepState::Pending && step.state != RolloutStepState::Skipped)
                target = i;
        }
        if (warned >= 0)
            target = warned;
    }
    if (target < 0)
        return;
    if (target != selectedStep()) {
        m_selecting = true;
        selectStep(target);
        m_selecting = false;
    }
    // While it runs the log follows its end, which is the running step; once it failed or warned,
    // the log shows why.
    const RolloutStep &shown = m_rollout->step(target);
    if (m_rollout->isFinished() && (shown.state == RolloutStepState::Failed || shown.hasWarnings)) {
        updateSections();
        jumpToStep(target);
    }
}

void RolloutView::saveLog()
{
    if (!m_rollout)
        return;
    auto *dialog = new QFileDialog(this, tr("Save Log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Log files (*.log *.txt)"), tr("All files (*)")});
    dialog->selectFile(m_rollout->id() + QStringLiteral(".log"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!m_log->saveTo(path, &error))
            QMessageBox::warning(this, tr("Save Log"), tr("Could not save the log to %1: %2").arg(path, error));
    });
    dialog->open();
}

void RolloutView::updateHeader()
{
    if (!m_rollout) {
        m_clock->stop();
        m_cancel->hide();
        return;
    }
    const RolloutRecord &record = m_rollout->record();
    const RolloutState state = m_rollout->state();
    m_title->setText(m_rollout->title());
    QString word;
    switch (state) {
    case RolloutState::Pending:
        word = record.queuePosition > 0 ? tr("Queued") : tr("Waiting");
        break;
    case RolloutState::Running:
        word = tr("Running");
        break;
    case RolloutState::Succeeded:
        word = record.hasWarnings ? tr("Completed with warnings") : tr("Succeeded");
        break;
    case RolloutState::Failed:
        word = tr("Failed");
        break;
    case RolloutState::Cancelled:
        word = tr("Cancelled");
        break;
    }
    m_state->setBadge({toneOf(state, record.hasWarnings), word, iconOf(state, record.hasWarnings), {}});

    QStringList parts;
    for (const QString &where : {record.project, record.environment}) {
        if (!where.isEmpty())
            parts << where;
    }
    if (!record.triggeredBy.isEmpty())
        parts << tr("triggered by %1").arg(record.triggeredBy);
    if (state == RolloutState::Pending && record.queuePosition > 0)
        parts << tr("queued (position %1)").arg(record.queuePosition);
    int done = 0;
    for (const RolloutStep &step : m_rollout->steps()) {
        if (step.isFinished())
            ++done;
    }
    if (m_rollout->startedAt().isValid()) {
        const QTime started = m_rollout->startedAt().toLocalTime().time();
        parts << tr("started %1").arg(QLocale().toString(started, QLocale::ShortFormat));
        parts << RolloutStepsModel::formatDuration(record.duration());
    }
    if (m_rollout->stepCount() > 0)
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
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateHeader();
    QWidget::changeEvent(event);
}

void RolloutView::retranslate()
{
    m_empty->setText(tr("No rollout yet. Run locally builds the project's images, starts its services, waits "
                        "until they are ready and runs the post-rollout tasks of .lagoon.yml, as Lagoon would."));
    m_cancel->setText(tr("Cancel"));
    m_steps->setAccessibleName(tr("Rollout steps"));
    m_log->setAccessibleName(tr("Rollout log"));
    m_followAction->setText(tr("Follow"));
    m_followAction->setToolTip(tr("Keep the newest lines in view (End)"));
    m_foldAction->setText(tr("Fold All"));
    m_foldAction->setToolTip(tr("Fold every step to one line"));
    m_unfoldAction->setText(tr("Unfold All"));
    m_unfoldAction->setToolTip(tr("Unfold every step"));
    m_copyAction->setText(tr("Copy"));
    m_copyAction->setToolTip(tr("Copy the selected lines (Ctrl+C)"));
    m_saveAction->setText(tr("Save…"));
    m_saveAction->setToolTip(tr("Save the whole log as a text file"));
    m_findAction->setText(tr("Find"));
    m_findAction->setToolTip(tr("Find in the log (Ctrl+F)"));
    m_toolBar->setAccessibleName(tr("Log tools"));
    updateHeader();
    updateLogTitle();
}

} // namespace Lagoon
