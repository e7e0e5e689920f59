// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "core/rollout/ansiline.h"

namespace Lagoon {

/**
 * One log line as a monospace view lays it out: escapes decoded, tabs expanded to the next
 * multiple of eight and control characters shown as spaces, so that a character's index is its
 * column. Search matches come in plain-text positions; column() maps them.
 */
struct LogDisplayLine
{
    static constexpr int TabWidth = 8;

    QString text;
    /** The styled runs, in display positions. */
    QList<AnsiLine::Span> spans;

    /** The display column of plain-text position `index` (the end for past it). */
    qsizetype column(qsizetype index) const;

    static LogDisplayLine fromBytes(QByteArrayView bytes);

private:
    /** Plain-text position → column, plus one entry for the end; empty when they are the same. */
    QList<qsizetype> m_columns;
};

} // namespace Lagoon
