// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QObject>

#include "widgets/editor/completionprovider.h"

class QKeyEvent;
class QPlainTextEdit;
class QTimer;

namespace Lagoon {

class CompletionPopup;

/**
 * Drives completion for a text editor: asks the CompletionProvider, filters by what was typed,
 * shows the CompletionPopup under the word, and replaces the provider's range on accept.
 *
 * It stays out of the way: it opens by itself only after a short pause while a key is being
 * started at the beginning of a line or right after `: `, and only when there is something
 * that is not already typed out. Ctrl+Space asks explicitly.
 */
class CompletionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionController)

public:
    explicit CompletionController(QPlainTextEdit *editor);
    ~CompletionController() override;

    void setProvider(std::unique_ptr<CompletionProvider> provider);
    CompletionProvider *provider() const { return m_provider.get(); }
    CompletionPopup *popup() const { return m_popup; }

    /** Shows the suggestions at the cursor (Ctrl+Space). */
    void request();
    /** Inserts the selected suggestion in place of the provider's range. */
    void accept();
    /** Closes the popup and forgets a pending automatic request. */
    void cancel();

    /** Navigation, accept and close keys while the popup is open; true when the key was used. */
    bool handleKey(QKeyEvent *event);
    /** Called after the editor typed or deleted: narrows the open popup or schedules an automatic one. */
    void textTyped(QKeyEvent *event);
    /** Called when the cursor moved: leaving the word being completed closes the popup. */
    void cursorMoved();

private:
    void show(bool automatic);
    void scheduleIfUseful(const QString &typed);

    QPlainTextEdit *m_editor;
    std::unique_ptr<CompletionProvider> m_provider;
    CompletionPopup *m_popup;
    QTimer *m_timer;
    CompletionList m_list;
    bool m_explicit = false;
};

} // namespace Lagoon
