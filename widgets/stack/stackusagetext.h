// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include "core/stack/containerusage.h"

namespace Lagoon {

/**
 * How a service's resource usage reads in the Local Stack list: CPU and memory in the row, the
 * rest in its tooltip. Numbers and sizes (IEC: MiB, GiB, as `docker stats` writes them) follow
 * the locale.
 */
class StackUsageText final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::StackUsageText)

public:
    /** "3.2 % · 41.5 MiB / 7.6 GiB"; the memory alone while the CPU is not known yet. */
    static QString summary(const ContainerUsage &usage, const QLocale &locale = QLocale());
    /** CPU, memory, network, block I/O and processes, a line each. */
    static QString details(const ContainerUsage &usage, const QLocale &locale = QLocale());
    /** A summary as wide as they usually get, so the column need not change width as numbers do. */
    static QString widest(const QLocale &locale = QLocale());

    /** "3.2 %", one decimal. */
    static QString percent(double value, const QLocale &locale = QLocale());
    /** "41.5 MiB", one decimal. */
    static QString bytes(qint64 value, const QLocale &locale = QLocale());
};

} // namespace Lagoon
