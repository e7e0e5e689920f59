// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/loglinepainter.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include "widgets/rollout/logdisplayline.h"
#include "widgets/rollout/logrowmap.h"

namespace Lagoon {

LogLinePainter::LogLinePainter(QPainter &painter, const LogColors &colors, const QFont &font, const QPalette &palette,
                               qreal charWidth, int ascent)
    : m_painter(painter), m_colors(colors), m_font(font), m_palette(palette), m_charWidth(charWidth), m_ascent(ascent)
{
}

void LogLinePainter::paintHeader(const QRect &rect, const LogSection &section, qsizetype lines)
{
    m_painter.fillRect(rect, Badge::fill(section.tone, m_palette));
    QFont bold = m_font;
    bold.setBold(true);
    m_painter.setFont(bold);
    m_painter.setPen(section.tone == Badge::Tone::Neutral ? m_colors.text : Badge::colour(section.tone, m_palette));
    const int x = rect.left() + TextMargin;
    const int baseline = rect.top() + m_ascent;
    m_painter.drawText(QPoint(x, baseline), section.title);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(section.title);
    m_painter.setFont(m_font);
    m_painter.setPen(m_colors.lineNumber);
    // Outside the translate() call: lupdate 6.4 loops forever on a template argument list inside one.
    const int plural = int(std::min<qsizetype>(lines, INT_MAX));
    const QString count =
        QCoreApplication::translate("Lagoon::LogView", "— %1 line(s)", nullptr, plural).arg(QLocale().toString(lines));
    m_painter.drawText(QPoint(x + titleWidth + int(m_charWidth), baseline), count);
}

void LogLinePainter::paintLine(const QRect &rect, int scroll, const LogDisplayLine &line, const Matches &matches)
{
    const qsizetype length = line.text.size();
    const qreal origin = rect.left() + TextMargin - scroll;
    // Only the columns on screen are drawn: a 100 KB line costs what a short one does.
    qsizetype firstColumn = std::max<qsizetype>(0, qsizetype(std::floor(scroll / m_charWidth)) - 1);
    const qsizetype endColumn = std::min(length, qsizetype(std::ceil((scroll + rect.width()) / m_charWidth)) + 1);
    if (firstColumn < length && line.text.at(firstColumn).isLowSurrogate())
        --firstColumn;
    const auto columnRect = [&](qsizetype from, qsizetype to) {
        return QRectF(origin + qreal(from) * m_charWidth, rect.top(), qreal(to - from) * m_charWidth, rect.height());
    };

    for (const AnsiLine::Span &span : line.spans) {
        const QColor fill = m_colors.background(span.background);
        const qsizetype from = std::max(span.start, firstColumn);
        const qsizetype to = std::min(span.start + span.length, endColumn);
        if (fill.isValid() && from < to)
            m_painter.fillRect(columnRect(from, to), fill);
    }

    if (!matches.needle.isEmpty()) {
        const qsizetype step = matches.needle.size();
        for (qsizetype at = matches.plain.indexOf(matches.needle, 0, matches.cs); at >= 0;
             at = matches.plain.indexOf(matches.needle, at + step, matches.cs)) {
            const qsizetype from = line.column(at);
            if (from >= endColumn)
                break;
            const qsizetype to = line.column(at + step);
            if (to > firstColumn)
                m_painter.fillRect(columnRect(from, to), m_colors.match);
        }
    }
    if (matches.currentColumn >= 0) {
        const qsizetype from = line.column(matches.currentColumn);
        const qsizetype to = line.column(matches.currentColumn + matches.currentLength);
        m_painter.fillRect(columnRect(from, to), m_colors.currentMatch);
    }

    const int baseline = rect.top() + m_ascent;
    const auto drawRun = [&](qsizetype start, qsizetype end, const AnsiLine::Span *style) {
        start = std::max(start, firstColumn);
        end = std::min(end, endColumn);
        if (start >= end)
            return;
        QFont f = m_font;
        QColor colour = m_colors.text;
        if (style) {
            f.setBold(style->bold);
            f.setItalic(style->italic);
            f.setUnderline(style->underline);
            const QColor fg = m_colors.foreground(style->foreground, style->bold);
            if (fg.isValid())
                colour = fg;
        }
        m_painter.setFont(f);
        m_painter.setPen(colour);
        // Each run starts at its own column, so a glyph of odd width cannot push the rest of the line.
        m_painter.drawText(QPointF(origin + qreal(start) * m_charWidth, baseline), line.text.mid(start, end - start));
    };
    qsizetype position = 0;
    for (const AnsiLine::Span &span : line.spans) {
        drawRun(position, span.start, nullptr);
        drawRun(span.start, span.start + span.length, &span);
        position = span.start + span.length;
    }
    drawRun(position, length, nullptr);
}

} // namespace Lagoon
