// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <vector>

#include <QFrame>

#include "core/rollout/logstore.h"

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Lagoon {

class LogView;

/**
 * Find in a LogView, shown under it (Ctrl+F opens it, Esc closes it): every match highlighted,
 * "3 of 1,204", Enter/F3 next and Shift+Enter/Shift+F3 previous, optionally matching case.
 *
 * A million lines take a while to search, so typing only restarts a short timer, and the search
 * then runs in slices between events: the count grows as it goes and the UI never freezes. Lines
 * that stream in later are searched as they arrive.
 */
class LogSearchBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogSearchBar)

public:
    explicit LogSearchBar(LogView *view, QWidget *parent = nullptr);
    ~LogSearchBar() override;

    /** Shows the bar, focuses the text and searches what it holds. */
    void open();
    /** Hides the bar, clears the highlights and gives the focus back to the log. */
    void dismiss();

    void setFindText(const QString &text);
    QString findText() const;
    void setMatchCase(bool on);

    /** Whether a search is still going through the log. */
    bool isSearching() const;
    /** Runs the rest of a search now (what next/previous do before they move). */
    void finishSearch();
    qsizetype matchCount() const { return qsizetype(m_matches.size()); }
    /** 0-based index of the current match, or -1. */
    qsizetype currentIndex() const { return m_current; }
    /** What the count label says ("3 of 1,204", "No results"). */
    QString statusText() const;

    bool findNext();
    bool findPrevious();

Q_SIGNALS:
    void dismissed();
    /** A search went through the whole log (the count is final until more lines arrive). */
    void searchFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void restart();
    void scanSlice();
    void select(qsizetype index);
    void updateStatus();
    void retranslate();

    LogView *m_view;
    QLineEdit *m_find;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_matchCase;
    QToolButton *m_close;
    QTimer *m_debounce;
    QTimer *m_scan;
    QString m_needle;
    Qt::CaseSensitivity m_cs = Qt::CaseInsensitive;
    std::vector<LogStore::Match> m_matches;
    qsizetype m_scanned = 0;
    /** The line the search started from: the first match at or after it becomes current. */
    qsizetype m_origin = 0;
    qsizetype m_current = -1;
    bool m_truncated = false;
};

} // namespace Lagoon
