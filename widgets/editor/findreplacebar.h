// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QRegularExpression>

#include "widgets/editor/codeeditor.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace Lagoon {

/**
 * Find and replace for a CodeEditor, shown under it (Ctrl+F, Ctrl+H; Esc hides it).
 *
 * Searching is incremental: every keystroke re-finds from where the search started and paints all
 * matches in the editor, with an "n of m" count. Options: match case, whole words, regular
 * expression (replacements may then use \0–\9). Replace all is a single undo step.
 */
class FindReplaceBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindReplaceBar)

public:
    explicit FindReplaceBar(CodeEditor *editor, QWidget *parent = nullptr);

    /** Shows the bar (with the replace row when asked), takes a one-line selection as the search text and focuses it. */
    void open(bool withReplace);
    /** Hides the bar, clears the highlights and gives the focus back to the editor. */
    void dismiss();

    void setFindText(const QString &text);
    QString findText() const;
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);
    void setWholeWords(bool on);
    void setRegularExpression(bool on);
    bool isReplaceShown() const;

    int matchCount() const { return static_cast<int>(m_matches.size()); }
    /** 0-based index of the match the editor has selected, or -1. */
    int currentMatch() const { return m_current; }
    /** What the count label says ("2 of 7", "No results", ...). */
    QString statusText() const;

    /** Selects the next match after the cursor, wrapping at the end; false when there is none. */
    bool findNext();
    bool findPrevious();
    /** Replaces the selected match and moves to the next; only finds when no match is selected. */
    bool replaceCurrent();
    /** Replaces every match in one undo step; returns how many were replaced. */
    int replaceAll();

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRegularExpression pattern() const;
    QString replacementFor(const QRegularExpressionMatch &match) const;
    /** Finds all matches; `select` moves the editor's selection to the first one at or after the search origin. */
    void search(bool select);
    void selectMatch(int index);
    int matchAtSelection() const;
    void updateStatus();
    void retranslate();

    CodeEditor *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_matchCase;
    QToolButton *m_wholeWords;
    QToolButton *m_regex;
    QToolButton *m_close;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QWidget *m_replaceRow;
    QTimer *m_refresh;
    QList<CodeEditor::FindMatch> m_matches;
    int m_current = -1;
    int m_origin = 0;
    bool m_invalidPattern = false;
};

} // namespace Lagoon
