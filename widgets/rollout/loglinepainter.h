// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>
#include <QPalette>
#include <QString>

#include "widgets/rollout/logcolors.h"

class QPainter;
class QRect;

namespace Lagoon {

struct LogDisplayLine;
struct LogSection;

/** Paints one row of a LogView: a log line with its colours and matches, or a folded section's header. */
class LogLinePainter final
{
public:
    LogLinePainter(QPainter &painter, const LogColors &colors, const QFont &font, const QPalette &palette,
                   qreal charWidth, int ascent);

    /** Search highlights for the line: every `needle` in `plain`, and the current match (column -1: none). */
    struct Matches
    {
        QString plain;
        QString needle;
        Qt::CaseSensitivity cs = Qt::CaseInsensitive;
        qsizetype currentColumn = -1;
        qsizetype currentLength = 0;
    };

    /** Paints the columns of `line` that fall into `rect`, scrolled `scroll` pixels to the left. */
    void paintLine(const QRect &rect, int scroll, const LogDisplayLine &line, const Matches &matches);
    /** "Image Builds — 12,345 lines" on the section's tone. */
    void paintHeader(const QRect &rect, const LogSection &section, qsizetype lines);

    static constexpr int TextMargin = 6;

private:
    QPainter &m_painter;
    const LogColors &m_colors;
    QFont m_font;
    QPalette m_palette;
    qreal m_charWidth;
    int m_ascent;
};

} // namespace Lagoon
