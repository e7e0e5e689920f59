// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/logview.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>
#include <limits>

#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include "core/rollout/ansiline.h"

#include "widgets/rollout/logdisplayline.h"
#include "widgets/rollout/logexport.h"
#include "widgets/rollout/loglinepainter.h"

namespace Lagoon {

namespace {

/** Appends repaint at most this often: ~30 frames a second while a build streams. */
constexpr int CatchUpIntervalMs = 33;
constexpr int TextMargin = LogLinePainter::TextMargin;

} // namespace

LogView::LogView(QWidget *parent) : QAbstractScrollArea(parent), m_repaint(new QTimer(this))
{
    setObjectName(QStringLiteral("logView"));
    setFocusPolicy(Qt::StrongFocus);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(CatchUpIntervalMs);
    connect(m_repaint, &QTimer::timeout, this, &LogView::catchUp);
    setAccessibleName(tr("Log"));
    setAccessibleDescription(
        tr("A read-only log. Ctrl+F finds, Enter folds or unfolds a step, End follows new lines."));
    m_colors = LogColors::fromPalette(palette());
    updateMetrics();
}

LogView::~LogView() = default;

void LogView::setStore(const LogStore *store)
{
    m_repaint->stop();
    m_store = store;
    m_knownLines = 0;
    m_rows = LogRowMap();
    m_anchor = m_cursor = -1;
    m_currentMatch = {};
    m_following = true;
    catchUp();
    horizontalScrollBar()->setValue(0);
    Q_EMIT storeReset();
    Q_EMIT followingChanged(true);
    Q_EMIT selectionChanged();
}

void LogView::linesAppended()
{
    if (!m_repaint->isActive())
        m_repaint->start();
}

void LogView::catchUp()
{
    m_repaint->stop();
    const qsizetype count = m_store ? m_store->lineCount() : 0;
    const qsizetype before = m_knownLines;
    if (count < before) {
        // Cleared under us: nothing the view remembers still points at a line.
        m_anchor = m_cursor = -1;
        m_currentMatch = {};
    }
    m_knownLines = count;
    m_rows.setLineCount(count);
    const int digits = std::max(4, int(QString::number(count).size()));
    if (digits != m_digits) {
        m_digits = digits;
        updateMetrics();
    } else {
        updateScrollBars();
    }
    viewport()->update();
    if (count < before)
        Q_EMIT storeReset();
    else if (count > before)
        Q_EMIT linesAdded(before, count - before);
}

void LogView::setSections(const QList<LogSection> &sections)
{
    refold([&] { m_rows.setSections(sections); });
}

void LogView::setSectionFolded(int section, bool folded)
{
    refold([&] { m_rows.setFolded(section, folded); });
}

void LogView::foldAll()
{
    refold([&] { m_rows.setAllFolded(true); });
}

void LogView::unfoldAll()
{
    refold([&] { m_rows.setAllFolded(false); });
}

void LogView::refold(const std::function<void()> &change)
{
    if (m_repaint->isActive())
        catchUp();
    const qsizetype topLine = m_rows.rowCount() > 0 ? m_rows.rowAt(verticalScrollBar()->value()).line : 0;
    change();
    updateScrollBars();
    if (!m_following && m_rows.rowCount() > 0)
        setVerticalValue(m_rows.rowOfLine(topLine));
    viewport()->update();
}

void LogView::setFollowing(bool following)
{
    if (following) {
        if (m_repaint->isActive())
            catchUp();
        setFollowingState(true);
        updateScrollBars();
    } else {
        setFollowingState(false);
    }
}

void LogView::setFollowingState(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    Q_EMIT followingChanged(following);
}

void LogView::updateMetrics()
{
    const QFontMetricsF metrics(font());
    m_charWidth = std::max(1.0, metrics.horizontalAdvance(QLatin1Char('0')));
    m_rowHeight = std::max(1, int(std::ceil(metrics.lineSpacing())));
    m_ascent = int(std::ceil(metrics.ascent()));
    setViewportMargins(0, 0, 0, 0);
    updateScrollBars();
    viewport()->update();
}

int LogView::gutterWidth() const
{
    // The fold marker, the line numbers, a little air before the separator.
    return int(std::ceil(m_charWidth * (m_digits + 2.5))) + 8;
}

int LogView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / m_rowHeight);
}

void LogView::updateScrollBars()
{
    m_adjusting = true;
    QScrollBar *vertical = verticalScrollBar();
    const int rows = int(std::min<qsizetype>(m_rows.rowCount(), std::numeric_limits<int>::max()));
    vertical->setRange(0, std::max(0, rows - visibleRowCount()));
    vertical->setPageStep(visibleRowCount());
    vertical->setSingleStep(1);
    if (m_following)
        vertical->setValue(vertical->maximum());
    const int textWidth = viewport()->width() - gutterWidth() - TextMargin;
    const qsizetype longest = m_store ? m_store->longestLine() : 0;
    const qreal contentWidth = std::min<qreal>(qreal(longest) * m_charWidth + 2 * m_charWidth, 1e9);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, std::max(0, int(contentWidth) - textWidth));
    horizontal->setPageStep(std::max(1, textWidth));
    horizontal->setSingleStep(std::max(1, int(m_charWidth * 4)));
    m_adjusting = false;
}

void LogView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    if (dy != 0 && !m_adjusting) {
        const QScrollBar *vertical = verticalScrollBar();
        setFollowingState(vertical->value() >= vertical->maximum());
    }
    viewport()->update();
}

void LogView::setVerticalValue(qsizetype row)
{
    QScrollBar *vertical = verticalScrollBar();
    vertical->setValue(int(std::clamp<qsizetype>(row, 0, vertical->maximum())));
    setFollowingState(vertical->value() >= vertical->maximum());
}

void LogView::ensureRowVisible(qsizetype row)
{
    const qsizetype top = verticalScrollBar()->value();
    const int visible = visibleRowCount();
    if (row < top)
        setVerticalValue(row);
    else if (row >= top + visible)
        setVerticalValue(row - visible + 1);
}

void LogView::ensureColumnVisible(qsizetype line, qsizetype column, qsizetype length)
{
    if (!m_store || line < 0 || line >= m_knownLines)
        return;
    const LogDisplayLine display = LogDisplayLine::fromBytes(m_store->line(line));
    const qreal x0 = qreal(display.column(column)) * m_charWidth;
    const qreal x1 = qreal(display.column(column + length)) * m_charWidth;
    QScrollBar *horizontal = horizontalScrollBar();
    const int width = viewport()->width() - gutterWidth() - TextMargin;
    const int margin = int(m_charWidth * 8);
    if (x0 < horizontal->value())
        horizontal->setValue(std::max(0, int(x0) - margin));
    else if (x1 > horizontal->value() + width)
        horizontal->setValue(int(x1) - width + margin);
}

void LogView::jumpToLine(qsizetype line)
{
    if (m_repaint->isActive())
        catchUp();
    if (line < 0 || line >= m_knownLines)
        return;
    const int section = m_rows.sectionOf(line);
    if (section >= 0 && m_rows.isFolded(section))
        setSectionFolded(section, false);
    m_anchor = m_cursor = line;
    const qsizetype row = m_rows.rowOfLine(line);
    const qsizetype top = verticalScrollBar()->value();
    // A jump lands with some context above it, not on the very top row.
    if (row < top || row >= top + visibleRowCount())
        setVerticalValue(row - std::min(3, visibleRowCount() / 4));
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::selectLines(qsizetype first, qsizetype last)
{
    if (m_repaint->isActive())
        catchUp();
    if (m_knownLines == 0)
        return;
    m_anchor = std::clamp<qsizetype>(first, 0, m_knownLines - 1);
    m_cursor = std::clamp<qsizetype>(last, 0, m_knownLines - 1);
    viewport()->update();
    Q_EMIT selectionChanged();
}

qsizetype LogView::selectionStart() const
{
    return std::min(m_anchor, m_cursor);
}

qsizetype LogView::selectionEnd() const
{
    return std::max(m_anchor, m_cursor);
}

QString LogView::selectedText() const
{
    if (!m_store || m_cursor < 0)
        return {};
    return LogExport::plainText(*m_store, selectionStart(), std::min(selectionEnd(), m_store->lineCount() - 1));
}

void LogView::copy() const
{
    if (m_cursor >= 0)
        QGuiApplication::clipboard()->setText(selectedText());
}

void LogView::selectAll()
{
    selectLines(0, m_knownLines - 1);
}

bool LogView::saveTo(const QString &path, QString *error) const
{
    return LogExport::save(m_store, path, error);
}

void LogView::setSearchHighlight(const QString &needle, Qt::CaseSensitivity cs)
{
    if (m_needle == needle && m_cs == cs)
        return;
    m_needle = needle;
    m_cs = cs;
    viewport()->update();
}

void LogView::setCurrentMatch(const LogStore::Match &match)
{
    m_currentMatch = match;
    if (match.line >= 0) {
        jumpToLine(match.line);
        ensureColumnVisible(match.line, match.column, match.length);
    }
    viewport()->update();
}

qsizetype LogView::firstVisibleLine() const
{
    if (m_rows.rowCount() == 0)
        return -1;
    return m_rows.rowAt(verticalScrollBar()->value()).line;
}

qsizetype LogView::lastVisibleLine() const
{
    if (m_rows.rowCount() == 0)
        return -1;
    const qsizetype row = std::min<qsizetype>(verticalScrollBar()->value() + visibleRowCount(), m_rows.rowCount()) - 1;
    return m_rows.rowAt(row).line;
}

qsizetype LogView::rowAtY(int y) const
{
    return verticalScrollBar()->value() + (y < 0 ? (y / m_rowHeight) - 1 : y / m_rowHeight);
}

void LogView::moveCursorToRow(qsizetype row, bool extend)
{
    if (m_rows.rowCount() == 0)
        return;
    row = std::clamp<qsizetype>(row, 0, m_rows.rowCount() - 1);
    m_cursor = m_rows.rowAt(row).line;
    if (!extend || m_anchor < 0)
        m_anchor = m_cursor;
    ensureRowVisible(row);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void LogView::toggleSectionAt(qsizetype line)
{
    const int section = m_rows.sectionOf(line);
    if (section < 0)
        return;
    const bool fold = !m_rows.isFolded(section);
    setSectionFolded(section, fold);
    if (fold) {
        // The cursor goes to the header, so Enter again unfolds what it just folded.
        m_anchor = m_cursor = m_rows.section(section).firstLine;
        ensureRowVisible(m_rows.rowOfLine(m_cursor));
        Q_EMIT selectionChanged();
    }
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    if (m_repaint->isActive())
        catchUp();
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const qsizetype cursorRow = m_cursor >= 0 ? m_rows.rowOfLine(m_cursor) : verticalScrollBar()->value() - 1;
    switch (event->key()) {
    case Qt::Key_Down:
        moveCursorToRow(cursorRow + 1, extend);
        return;
    case Qt::Key_Up:
        moveCursorToRow(cursorRow - 1, extend);
        return;
    case Qt::Key_PageDown:
        moveCursorToRow(cursorRow + visibleRowCount(), extend);
        return;
    case Qt::Key_PageUp:
        moveCursorToRow(cursorRow - visibleRowCount(), extend);
        return;
    case Qt::Key_Home:
        moveCursorToRow(0, extend);
        return;
    case Qt::Key_End:
        moveCursorToRow(m_rows.rowCount() - 1, extend);
        setFollowing(true);
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_cursor >= 0)
            toggleSectionAt(m_cursor);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_rows.rowCount() == 0) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    if (m_repaint->isActive())
        catchUp();
    const qsizetype row = std::min(rowAtY(event->position().toPoint().y()), m_rows.rowCount() - 1);
    const LogRowMap::Row at = m_rows.rowAt(row);
    const bool onMarker = event->position().x() < m_charWidth * 2 + 4;
    const bool sectionStart = at.section >= 0 && m_rows.section(at.section).firstLine == at.line;
    if (at.header || (onMarker && sectionStart)) {
        toggleSectionAt(at.line);
        return;
    }
    moveCursorToRow(row, event->modifiers() & Qt::ShiftModifier);
    m_dragging = true;
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    // Dragging past the top or bottom edge scrolls a row per move, as text views do.
    moveCursorToRow(rowAtY(event->position().toPoint().y()), true);
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    m_dragging = false;
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(m_cursor >= 0);
    connect(copyAction, &QAction::triggered, this, &LogView::copy);
    QAction *selectAllAction = menu.addAction(tr("Select &All"));
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(selectAllAction, &QAction::triggered, this, &LogView::selectAll);
    if (m_rows.sectionCount() > 0) {
        menu.addSeparator();
        connect(menu.addAction(tr("&Fold All Steps")), &QAction::triggered, this, &LogView::foldAll);
        connect(menu.addAction(tr("&Unfold All Steps")), &QAction::triggered, this, &LogView::unfoldAll);
    }
    menu.exec(event->globalPos());
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
    } else if (event->type() == QEvent::PaletteChange) {
        m_colors = LogColors::fromPalette(palette());
        viewport()->update();
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    painter.fillRect(area, m_colors.base);
    const int gutter = gutterWidth();
    painter.fillRect(QRect(0, 0, gutter, area.height()), m_colors.gutterBackground);
    painter.setPen(m_colors.gutterSeparator);
    painter.drawLine(gutter - 1, 0, gutter - 1, area.height());
    m_lastPainted = -1;
    if (!m_store)
        return;

    const QFont regular = font();
    const qsizetype top = verticalScrollBar()->value();
    const qsizetype rows = m_rows.rowCount();
    const qsizetype selFirst = selectionStart();
    const qsizetype selLast = selectionEnd();
    const QRect textArea(gutter, 0, area.width() - gutter, area.height());
    const qreal markerWidth = m_charWidth * 2;
    LogLinePainter lines(painter, m_colors, regular, palette(), m_charWidth, m_ascent);
    for (int i = 0; i * m_rowHeight < area.height() && top + i < rows; ++i) {
        const LogRowMap::Row row = m_rows.rowAt(top + i);
        const int y = i * m_rowHeight;
        const QRect rowRect(gutter, y, area.width() - gutter, m_rowHeight);
        qsizetype lastLine = row.line;
        if (row.header)
            lastLine = row.line + m_rows.sectionLength(row.section) - 1;
        const bool selected = m_cursor >= 0 && row.line <= selLast && lastLine >= selFirst;
        const LogSection *marked = !row.header && row.section >= 0 && m_rows.section(row.section).markLine == row.line
                                       ? &m_rows.section(row.section)
                                       : nullptr;
        if (selected)
            painter.fillRect(rowRect, m_colors.selection);
        else if (marked)
            painter.fillRect(rowRect, Badge::fill(marked->tone, palette()));
        else if (row.line == m_cursor)
            painter.fillRect(rowRect, m_colors.cursorLine);
        if (marked) {
            // A bar in the tone stays visible when the line is selected, as it is after a jump.
            painter.fillRect(QRect(gutter, y, 3, m_rowHeight), Badge::colour(marked->tone, palette()));
        }

        painter.setClipRect(textArea);
        if (row.header) {
            lines.paintHeader(rowRect, m_rows.section(row.section), m_rows.sectionLength(row.section));
        } else {
            LogLinePainter::Matches matches;
            if (!m_needle.isEmpty()) {
                matches.plain = m_store->plainText(row.line);
                matches.needle = m_needle;
                matches.cs = m_cs;
            }
            if (m_currentMatch.line == row.line) {
                matches.currentColumn = m_currentMatch.column;
                matches.currentLength = m_currentMatch.length;
            }
            lines.paintLine(rowRect, horizontalScrollBar()->value(), LogDisplayLine::fromBytes(m_store->line(row.line)),
                            matches);
        }
        painter.setClipping(false);

        const bool sectionStart = row.section >= 0 && m_rows.section(row.section).firstLine == row.line;
        if (sectionStart && !row.header && row.line > 0) {
            // A hairline where each step begins, so steps read as blocks even unfolded.
            painter.setPen(m_colors.sectionRule);
            painter.drawLine(0, y, area.width(), y);
        }
        painter.setFont(regular);
        painter.setPen(row.line == m_cursor ? m_colors.text : m_colors.lineNumber);
        const QRectF numberRect(markerWidth, y, gutter - markerWidth - 8, m_rowHeight);
        painter.drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter, QString::number(row.line + 1));
        if (sectionStart) {
            painter.setPen(row.header ? Badge::colour(m_rows.section(row.section).tone, palette())
                                      : m_colors.lineNumber);
            painter.drawText(QRectF(2, y, markerWidth, m_rowHeight), Qt::AlignCenter,
                             row.header ? QStringLiteral("▸") : QStringLiteral("▾"));
        }
        m_lastPainted = lastLine;
    }
}

} // namespace Lagoon
