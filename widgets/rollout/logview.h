// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractScrollArea>

#include "core/rollout/logstore.h"

#include "widgets/rollout/logcolors.h"
#include "widgets/rollout/logrowmap.h"

class QTimer;

namespace Lagoon {

/**
 * A read-only view over a LogStore that paints only the rows on screen, so a log of a million
 * lines scrolls as lightly as one of ten; of a very long line only the visible columns are drawn.
 *
 * Monospace text with ANSI colours mapped for the palette, a line-number gutter, no wrapping.
 * Sections (rollout steps) fold into one header row. Follow mode keeps the end in view while
 * lines stream in, until the user scrolls away; it comes back at the end. Selection is by whole
 * lines (mouse, Shift+click, drag, keyboard); Ctrl+C copies them as plain text.
 *
 * The view does not own the store and cannot watch it: whoever appends calls linesAppended(),
 * which repaints at most ~30 times a second however fast lines arrive.
 */
class LogView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    /** Shows `store` (not owned; null for none). Clears sections, selection and search. */
    void setStore(const LogStore *store);
    const LogStore *store() const { return m_store; }
    /** Tells the view the store grew (or was cleared); the view catches up on its next frame. */
    void linesAppended();

    void setSections(const QList<LogSection> &sections);
    const LogRowMap &rows() const { return m_rows; }
    void setSectionFolded(int section, bool folded);
    void foldAll();
    void unfoldAll();

    bool isFollowing() const { return m_following; }
    /** Turning it on scrolls to the end. */
    void setFollowing(bool following);

    /** Unfolds what hides `line`, selects it and scrolls it into view. */
    void jumpToLine(qsizetype line);
    /** Selects lines [first, last] (in any order); the cursor ends on `last`. */
    void selectLines(qsizetype first, qsizetype last);
    qsizetype selectionStart() const;
    qsizetype selectionEnd() const;
    /** The selected lines as plain text, one per line, no trailing line break. */
    QString selectedText() const;
    void copy() const;
    void selectAll();
    /** Writes the whole log as plain text (no escapes) with a line break after each line. */
    bool saveTo(const QString &path, QString *error = nullptr) const;

    /** Highlights every visible match of `needle` (empty: none). */
    void setSearchHighlight(const QString &needle, Qt::CaseSensitivity cs);
    /** Marks one match as the current one and brings it into view (unfolding it); line -1 clears it. */
    void setCurrentMatch(const LogStore::Match &match);
    LogStore::Match currentMatch() const { return m_currentMatch; }

    /** The first and last line of rows wholly on screen (a folded section's first line for its header). */
    qsizetype firstVisibleLine() const;
    qsizetype lastVisibleLine() const;
    /** The last line the latest paint drew, for tests that check what reached the screen. */
    qsizetype lastPaintedLine() const { return m_lastPainted; }
    int rowHeight() const { return m_rowHeight; }

Q_SIGNALS:
    void followingChanged(bool following);
    /** After the view caught up with appended lines: [first, first + count) are new. */
    void linesAdded(qsizetype first, qsizetype count);
    /** The store was replaced or cleared. */
    void storeReset();
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void catchUp();
    void updateMetrics();
    void updateScrollBars();
    /** Changes the rows' folding and keeps the top line (or the end, when following) where it was. */
    void refold(const std::function<void()> &change);
    void setVerticalValue(qsizetype row);
    void ensureRowVisible(qsizetype row);
    void ensureColumnVisible(qsizetype line, qsizetype column, qsizetype length);
    int visibleRowCount() const;
    int gutterWidth() const;
    qsizetype rowAtY(int y) const;
    void moveCursorToRow(qsizetype row, bool extend);
    void setFollowingState(bool following);
    void toggleSectionAt(qsizetype line);

    const LogStore *m_store = nullptr;
    LogRowMap m_rows;
    LogColors m_colors;
    QTimer *m_repaint;
    qsizetype m_knownLines = 0;
    int m_rowHeight = 1;
    int m_ascent = 0;
    qreal m_charWidth = 1;
    int m_digits = 4;
    bool m_following = true;
    bool m_adjusting = false;
    qsizetype m_anchor = -1;
    qsizetype m_cursor = -1;
    bool m_dragging = false;
    QString m_needle;
    Qt::CaseSensitivity m_cs = Qt::CaseInsensitive;
    LogStore::Match m_currentMatch;
    mutable qsizetype m_lastPainted = -1;
};

} // namespace Lagoon
