// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/rolloutstepsmodel.h"

#include <algorithm>

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QTimer>

#include "core/rollout/rollout.h"

#include "widgets/common/badge.h"

namespace Lagoon {

namespace {

Badge::Tone toneOf(RolloutStepState state)
{
    switch (state) {
    case RolloutStepState::Running:
        return Badge::Tone::Busy;
    case RolloutStepState::Succeeded:
        return Badge::Tone::Good;
    case RolloutStepState::Failed:
        return Badge::Tone::Bad;
    case RolloutStepState::Cancelled:
        return Badge::Tone::Warning;
    case RolloutStepState::Pending:
    case RolloutStepState::Skipped:
        break;
    }
    return Badge::Tone::Neutral;
}

} // namespace

RolloutStepsModel::RolloutStepsModel(QObject *parent) : QAbstractTableModel(parent), m_clock(new QTimer(this))
{
    // A running step's duration counts up; once a second is what people read.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &RolloutStepsModel::tick);
}

RolloutStepsModel::~RolloutStepsModel() = default;

Rollout *RolloutStepsModel::rollout() const
{
    return m_rollout;
}

void RolloutStepsModel::setRollout(Rollout *rollout)
{
    if (m_rollout == rollout)
        return;
    if (m_rollout)
        m_rollout->disconnect(this);
    beginResetModel();
    m_rollout = rollout;
    m_rows = rollout ? rollout->stepCount() : 0;
    endResetModel();
    m_clock->stop();
    if (!rollout)
        return;
    connect(rollout, &Rollout::stepAdded, this, &RolloutStepsModel::onStepAdded);
    connect(rollout, &Rollout::stepChanged, this, &RolloutStepsModel::onStepChanged);
    connect(rollout, &Rollout::started, this, [this] { m_clock->start(); });
    connect(rollout, &Rollout::finished, this, [this] {
        m_clock->stop();
        // finish() may end many steps at once (pending ones are skipped).
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
    connect(rollout, &QObject::destroyed, this, [this] { setRollout(nullptr); });
    if (rollout->state() == RolloutState::Running)
        m_clock->start();
}

void RolloutStepsModel::onStepAdded(int index)
{
    if (!m_rollout || index != m_rows)
        return;
    beginInsertRows({}, index, index);
    ++m_rows;
    endInsertRows();
}

void RolloutStepsModel::onStepChanged(int row)
{
    if (row >= 0 && row < m_rows)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RolloutStepsModel::tick()
{
    if (!m_rollout)
        return;
    for (int row = 0; row < m_rows; ++row) {
        if (m_rollout->step(row).state == RolloutStepState::Running)
            Q_EMIT dataChanged(index(row, DurationColumn), index(row, ComparisonColumn), {Qt::DisplayRole});
    }
}

int RolloutStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RolloutStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RolloutStepsModel::stateText(RolloutStepState state)
{
    switch (state) {
    case RolloutStepState::Pending:
        return tr("Waiting");
    case RolloutStepState::Running:
        return tr("Running");
    case RolloutStepState::Succeeded:
        return tr("Done");
    case RolloutStepState::Failed:
        return tr("Failed");
    case RolloutStepState::Skipped:
        return tr("Skipped");
    case RolloutStepState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString RolloutStepsModel::stateIcon(RolloutStepState state)
{
    switch (state) {
    case RolloutStepState::Pending:
        return QStringLiteral("state-information");
    case RolloutStepState::Running:
        return QStringLiteral("state-sync");
    case RolloutStepState::Succeeded:
        return QStringLiteral("state-ok");
    case RolloutStepState::Failed:
        return QStringLiteral("state-error");
    case RolloutStepState::Skipped:
        return QStringLiteral("state-pause");
    case RolloutStepState::Cancelled:
        return QStringLiteral("state-offline");
    }
    return {};
}

QString RolloutStepsModel::formatDuration(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms < 10000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

std::chrono::milliseconds RolloutStepsModel::usualDuration(const QList<std::chrono::milliseconds> &earlier)
{
    if (earlier.isEmpty())
        return {};
    QList<std::chrono::milliseconds> recent = earlier.mid(0, 10);
    std::sort(recent.begin(), recent.end());
    return recent.at(recent.size() / 2);
}

QString RolloutStepsModel::comparison(const RolloutStep &step, bool full)
{
    if (step.earlierDurations.isEmpty())
        return {};
    using namespace std::chrono;
    const QString usual = tr("usual ~%1").arg(formatDuration(usualDuration(step.earlierDurations)));
    if (step.state != RolloutStepState::Succeeded && step.state != RolloutStepState::Failed)
        return usual;
    const milliseconds delta = step.duration() - step.earlierDurations.first();
    // Below a second the difference is noise, and a sign on "0.3 s" would suggest otherwise.
    const bool same = duration_cast<seconds>(abs(delta)).count() < 1;
    const QString sign = delta.count() > 0 ? QStringLiteral("+") : QStringLiteral("−");
    const QString change = same ? tr("same as last build") : QString(sign + formatDuration(abs(delta)));
    if (!full)
        return change;
    return tr("%1 · %2 (over %n earlier build(s))", nullptr, int(std::min<qsizetype>(step.earlierDurations.size(), 10)))
        .arg(same ? change : tr("%1 vs last build").arg(change), usual);
}

QVariant RolloutStepsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_rollout || index.row() >= m_rows)
        return {};
    const RolloutStep &step = m_rollout->step(index.row());
    switch (role) {
    case StepIdRole:
        return step.id;
    case StepStateRole:
        return int(step.state);
    case StepKindRole:
        return int(step.kind);
    case ToneRole:
        return index.column() == StateColumn ? QVariant(int(toneOf(step.state))) : QVariant();
    default:
        break;
    }
    const bool failed = step.state == RolloutStepState::Failed;
    const bool warned = step.hasWarnings && !failed;
    if (role == Qt::BackgroundRole && (failed || warned))
        return Badge::fill(failed ? Badge::Tone::Bad : Badge::Tone::Warning, QGuiApplication::palette());
    switch (index.column()) {
    case StepColumn:
        if (role == Qt::DisplayRole)
            return step.name;
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(warned && step.isFinished() ? QStringLiteral("state-warning")
                                                                : stateIcon(step.state));
        if (role == Qt::ToolTipRole && !step.message.isEmpty())
            return step.message;
        if (role == Qt::FontRole && failed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole && (failed || warned))
            return Badge::colour(failed ? Badge::Tone::Bad : Badge::Tone::Warning, QGuiApplication::palette());
        break;
    case StateColumn:
        if (role == Qt::DisplayRole)
            return step.hasWarnings && step.state == RolloutStepState::Succeeded ? tr("Done, with warnings")
                                                                                 : stateText(step.state);
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(step.hasWarnings && step.isFinished() ? QStringLiteral("state-warning")
                                                                          : stateIcon(step.state));
        if (role == Qt::ToolTipRole && !step.message.isEmpty())
            return step.message;
        if (role == Qt::ForegroundRole)
            return Badge::colour(warned ? Badge::Tone::Warning : toneOf(step.state), QGuiApplication::palette());
        break;
    case DurationColumn:
        if (role == Qt::DisplayRole && step.startedAt.isValid())
            return formatDuration(step.duration());
        if (role == Qt::ToolTipRole)
            return comparison(step, true);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case ComparisonColumn:
        if (role == Qt::DisplayRole)
            return comparison(step, false);
        if (role == Qt::ToolTipRole)
            return comparison(step, true);
        if (role == Qt::ForegroundRole) {
            // Much slower than usual is worth a glance; anything else stays quiet.
            const auto usual = usualDuration(step.earlierDurations);
            const bool slow = step.isFinished() && usual.count() > 0 && step.duration() > usual * 3 / 2 &&
                              step.duration() - usual > std::chrono::seconds(10);
            return slow ? Badge::colour(Badge::Tone::Warning, QGuiApplication::palette())
                        : QGuiApplication::palette().color(QPalette::PlaceholderText);
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    }
    return {};
}

QVariant RolloutStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == DurationColumn || section == ComparisonColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case StateColumn:
        return tr("State");
    case DurationColumn:
        return tr("Time");
    case ComparisonColumn:
        return tr("vs. earlier");
    }
    return {};
}

} // namespace Lagoon
