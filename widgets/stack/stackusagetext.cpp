// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/stack/stackusagetext.h"

#include <QStringList>

namespace Lagoon {

QString StackUsageText::percent(double value, const QLocale &locale)
{
    return tr("%1 %", "CPU use").arg(locale.toString(value, 'f', 1));
}

QString StackUsageText::bytes(qint64 value, const QLocale &locale)
{
    return locale.formattedDataSize(value, 1, QLocale::DataSizeIecFormat);
}

QString StackUsageText::summary(const ContainerUsage &usage, const QLocale &locale)
{
    const QString memory = usage.memoryLimit > 0
                               ? tr("%1 / %2", "memory used / limit").arg(bytes(usage.memoryUsed, locale),
                                                                          bytes(usage.memoryLimit, locale))
                               : bytes(usage.memoryUsed, locale);
    if (!usage.cpuPercent)
        return memory;
    return tr("%1 · %2", "CPU · memory").arg(percent(*usage.cpuPercent, locale), memory);
}

QString StackUsageText::details(const ContainerUsage &usage, const QLocale &locale)
{
    QStringList lines;
    if (usage.cpuPercent)
        lines << tr("CPU: %1 (100 % is one core)").arg(percent(*usage.cpuPercent, locale));
    if (usage.memoryLimit > 0) {
        lines << tr("Memory: %1 of %2 (%3)")
                     .arg(bytes(usage.memoryUsed, locale), bytes(usage.memoryLimit, locale),
                          percent(100.0 * double(usage.memoryUsed) / double(usage.memoryLimit), locale));
    } else {
        lines << tr("Memory: %1").arg(bytes(usage.memoryUsed, locale));
    }
    if (usage.hasNetwork) {
        lines << tr("Network: %1 received, %2 sent")
                     .arg(bytes(usage.networkReceived, locale), bytes(usage.networkSent, locale));
    } else {
        lines << tr("Network: none");
    }
    lines << tr("Block I/O: %1 read, %2 written")
                 .arg(bytes(usage.blockRead, locale), bytes(usage.blockWritten, locale));
    lines << tr("Processes: %1").arg(locale.toString(usage.pids));
    return lines.join(QLatin1Char('\n'));
}

QString StackUsageText::widest(const QLocale &locale)
{
    // A few busy cores and hundreds of MiB of a limit in GiB: wider is rare, and then elided.
    ContainerUsage usage;
    usage.cpuPercent = 888.8;
    usage.memoryUsed = qint64(888.8 * 1024 * 1024);
    usage.memoryLimit = qint64(88.8 * 1024 * 1024 * 1024);
    return summary(usage, locale);
}

} // namespace Lagoon
