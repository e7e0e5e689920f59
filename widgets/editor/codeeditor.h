// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>

#include <QPlainTextEdit>

#include "core/diagnostics/diagnostic.h"
#include "widgets/editor/completionprovider.h"
#include "widgets/editor/editorcolors.h"
#include "widgets/editor/editordiagnostics.h"
#include "widgets/editor/yamlhighlighting.h"

class QSyntaxHighlighter;

namespace Lagoon {

class CompletionController;
class CompletionPopup;
class GoToLineDialog;
class LineNumberArea;

/**
 * The plain-text view of a YAML file (`.lagoon.yml`, `docker-compose.yml`).
 *
 * A QPlainTextEdit with what people expect from a code editor: a gutter with line numbers and
 * diagnostic markers, current-line highlight, YAML highlighting, wavy underlines with tooltips for
 * diagnostics, YAML-aware Enter/Tab/Backspace, comment toggle (Ctrl+/), go to line (Ctrl+G) and
 * completion/hover help from a CompletionProvider (Ctrl+Space, or on its own while typing a key or
 * after `: `). Colours come from the palette and follow light/dark switches.
 *
 * Find/replace lives in a FindReplaceBar under the editor (see CodeEditorPane); the editor only
 * asks for it (findRequested) and paints the matches it is given.
 */
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeEditor)

public:
    /** A range found by the find bar, in character positions. */
    struct FindMatch
    {
        int start = 0;
        int length = 0;
    };

    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    /**
     * Shows and edits `document` (for example an EditorDocument's text shared with the forms):
     * use this instead of QPlainTextEdit::setDocument(), which is not virtual, so the highlighter
     * and the diagnostics move to the new document. The editor does not take ownership.
     */
    void setTextDocument(QTextDocument *document);

    /** The project-relative file name diagnostics are filtered by (Diagnostic::file). */
    void setFileName(const QString &fileName);
    QString fileName() const;

    /** Shows those of `diagnostics` that belong to fileName(): underlines, gutter markers, tooltips. */
    void setDiagnostics(const Diagnostics &diagnostics);
    /** The diagnostics currently shown. */
    const Diagnostics &diagnostics() const;
    /**
     * The underline selections of all shown diagnostics (one per diagnostic with a range). The
     * editor itself only passes those on screen to setExtraSelections().
     */
    QList<QTextEdit::ExtraSelection> diagnosticSelections() const;
    /** The severity of the gutter marker on 1-based `line`, if there is one. */
    std::optional<Diagnostic::Severity> markerSeverity(int line) const;

    /** Rich-text tooltip for character `position`: diagnostics there and the provider's hover help. */
    QString toolTipAt(int position) const;
    /** Rich-text tooltip for the gutter marker of 1-based `line`; empty when it has none. */
    QString gutterToolTip(int line) const;

    /** Which highlighter colours the text (KSyntaxHighlighting when the build has it). */
    YamlHighlighting::Engine highlighterEngine() const;
    QSyntaxHighlighter *highlighter() const { return m_highlighter; }

    /** Matches to paint (sorted by start); `current` is painted stronger, -1 for none. */
    void setFindMatches(const QList<FindMatch> &matches, int current);

    /** Moves the cursor to 1-based `line` and `column` (clamped to the text) and centres it. */
    void goToLine(int line, int column = 1);
    /** Asks for a line (Ctrl+G); the dialog is returned for tests and deletes itself when closed. */
    GoToLineDialog *showGoToLine();
    /** Selects the whole of 1-based `line`. */
    void selectLine(int line);
    /** Comments or uncomments the selected lines (or the current one) as one undo step (Ctrl+/). */
    void toggleComment();
    /** The document's indentation step (see YamlIndentation::detectStep), cached per revision. */
    int indentStep() const;

    /** Takes ownership of the source of completion and hover help; nullptr turns both off. */
    void setCompletionProvider(std::unique_ptr<CompletionProvider> provider);
    CompletionProvider *completionProvider() const;
    /** Asks the provider for suggestions at the cursor and shows them (Ctrl+Space). */
    void requestCompletion();
    /** Accepts the popup's selected entry, replacing the provider's range. */
    void acceptCompletion();
    CompletionPopup *completionPopup() const;

    /** Gutter geometry and painting, used by LineNumberArea. */
    int lineNumberAreaWidth() const;
    void paintLineNumberArea(QPaintEvent *event);
    /** The 1-based line shown at viewport height `y`, or 0. */
    int lineAtY(int y) const;

Q_SIGNALS:
    /** Ctrl+F (false) or Ctrl+H (true): the find bar should open. */
    void findRequested(bool withReplace);
    /** F3 (false) / Shift+F3 (true). */
    void findNextRequested(bool backwards);
    /** Escape with nothing of the editor's own to close (the find bar may close). */
    void escapePressed();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    bool isEditorShortcut(const QKeyEvent *event) const;
    bool handleShortcut(QKeyEvent *event);
    bool handleEditingKey(QKeyEvent *event);
    void applyPalette();
    void updateGutterWidth();
    /** A screen reader's name says which file; the description what the editor does. */
    void updateAccessibleText();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    int positionAtPoint(const QPoint &viewportPoint) const;
    int lastVisibleBlockNumber() const;
    void watchDocument();

    LineNumberArea *m_gutter;
    QSyntaxHighlighter *m_highlighter;
    EditorColors m_colors;
    EditorDiagnostics m_diagnostics;
    QMetaObject::Connection m_contentsConnection;
    QList<FindMatch> m_findMatches;
    int m_currentFindMatch = -1;
    CompletionController *m_completion;
    mutable int m_indentStep = 0;
    mutable int m_indentStepRevision = -1;
};

} // namespace Lagoon
