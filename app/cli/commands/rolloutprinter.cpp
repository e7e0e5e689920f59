// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "app/cli/commands/rolloutprinter.h"

namespace Lagoon::Cli {

RolloutPrinter::RolloutPrinter(const Rollout *rollout, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_rollout(rollout)
    , m_out(out)
{
    connect(rollout, &Rollout::stepChanged, this, &RolloutPrinter::onStepChanged);
    connect(rollout, &Rollout::logAppended, this, &RolloutPrinter::onLogAppended);
    connect(rollout, &Rollout::finished, this, &RolloutPrinter::onFinished);
}

QString RolloutPrinter::formatDuration(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    if (ms < 60000)
        return tr("%1 s").arg(QString::number(static_cast<double>(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

void RolloutPrinter::printHeader(int index)
{
    m_out << QStringLiteral("==> ") << m_rollout->step(index).name << Qt::endl;
}

void RolloutPrinter::onStepChanged(int index)
{
    const RolloutStep &step = m_rollout->step(index);
    const auto printed = m_printed.constFind(index);
    if (printed != m_printed.cend() && *printed == step.state)
        return;
    // A step that ends without having run (skipped) still gets its header.
    if (printed == m_printed.cend())
        printHeader(index);
    m_printed.insert(index, step.state);
    if (!step.isFinished())
        return;
    m_out << QStringLiteral("<== ") << step.name << QStringLiteral(": ") << rolloutStepStateText(step.state);
    if (step.state != RolloutStepState::Skipped)
        m_out << QStringLiteral(" (") << formatDuration(step.duration()) << QLatin1Char(')');
    m_out << Qt::endl;
    if (!step.message.isEmpty())
        m_out << QStringLiteral("    ") << step.message << Qt::endl;
}

void RolloutPrinter::onLogAppended(int index, qsizetype first, qsizetype count)
{
    if (index >= 0 && !m_printed.contains(index)) {
        printHeader(index);
        m_printed.insert(index, m_rollout->step(index).state);
    }
    for (qsizetype i = first; i < first + count; ++i) {
        const bool info = m_rollout->lineStream(i) == RolloutLogLine::Stream::Info;
        m_out << (info ? QStringLiteral("  | ") : QStringLiteral("    ")) << m_rollout->lineText(i)
              << QLatin1Char('\n');
    }
    m_out.flush();
}

void RolloutPrinter::onFinished(RolloutState state)
{
    const QString time = formatDuration(m_rollout->record().duration());
    switch (state) {
    case RolloutState::Succeeded:
        m_out << tr("Rollout succeeded in %1.").arg(time) << Qt::endl;
        break;
    case RolloutState::Failed:
        m_out << tr("Rollout failed after %1: %2").arg(time, m_rollout->message()) << Qt::endl;
        break;
    case RolloutState::Cancelled:
        m_out << tr("Rollout cancelled after %1.").arg(time) << Qt::endl;
        break;
    case RolloutState::Pending:
    case RolloutState::Running:
        break;
    }
}

} // namespace Lagoon::Cli
