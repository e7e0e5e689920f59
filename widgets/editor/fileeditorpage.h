// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

#include "core/diagnostics/diagnostic.h"

class QButtonGroup;
class QFrame;
class QLabel;
class QSplitter;
class QToolButton;

namespace Lagoon {

class CodeEditor;
class CodeEditorPane;
class EditorDocument;

/**
 * One file in the editor: its text and its form side by side (or either alone), both editing
 * the same EditorDocument. Saving goes through here, and so does the question of what to do
 * when another program changed the file: a bar offers reload, keep mine, or compare.
 */
class FileEditorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileEditorPage)

public:
    enum class View
    {
        Text,
        Form,
        Both
    };
    Q_ENUM(View)

    /** `form` may be null for files without a visual editor. */
    FileEditorPage(EditorDocument *document, QWidget *form, QWidget *parent = nullptr);

    EditorDocument *document() const { return m_document; }
    CodeEditorPane *textPane() const { return m_text; }
    CodeEditor *codeEditor() const;
    QWidget *form() const { return m_form; }

    void setView(View view);
    View view() const { return m_view; }

    /** Shows a place of the text (1-based; column 0 = line start), switching the text view on. */
    void showPosition(int line, int column);
    void setDiagnostics(const Diagnostics &diagnostics);

    /** Saves; on a conflict with the file on disk, asks. False when not saved. */
    bool save();
    /** The bar shown when the file changed on disk, or null when hidden (for tests). */
    QFrame *conflictBar() const { return m_conflict; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTitle();
    void showConflict();
    void compare();
    void reloadFromDisk();
    void keepMine();

    EditorDocument *m_document;
    QWidget *m_form;
    View m_view = View::Both;
    QLabel *m_title;
    QToolButton *m_textButton;
    QToolButton *m_formButton;
    QToolButton *m_bothButton;
    QButtonGroup *m_views;
    QToolButton *m_saveButton;
    QFrame *m_conflict;
    QLabel *m_conflictText;
    QToolButton *m_reloadButton;
    QToolButton *m_keepButton;
    QToolButton *m_compareButton;
    QSplitter *m_splitter;
    CodeEditorPane *m_text;
};

} // namespace Lagoon
