// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Lagoon {

/** One suggestion the editor's completion popup offers. */
struct CompletionEntry
{
    enum class Kind
    {
        Key,
        Value,
        Service,
    };

    /** What the list shows. */
    QString label;
    /** What accepting inserts in place of the replaced range; the label when empty. */
    QString insertText;
    /** A short note shown beside the label (a type, a default). */
    QString detail;
    /** A sentence or two shown under the list for the selected entry. */
    QString documentation;
    Kind kind = Kind::Key;
};

/** The suggestions for one cursor position and the text range accepting one replaces. */
struct CompletionList
{
    /** Character positions into the text given to the provider; [start, end) is replaced. */
    int replaceStart = -1;
    int replaceEnd = -1;
    QList<CompletionEntry> entries;

    bool isEmpty() const { return entries.isEmpty() || replaceStart < 0; }
};

/** What the editor shows as a tooltip when the mouse rests on a word. */
struct HoverText
{
    QString title;
    QString text;
    /** Character range the help is about, or -1 when unknown. */
    int start = -1;
    int end = -1;

    bool isValid() const { return !title.isEmpty() || !text.isEmpty(); }
};

/**
 * Where the text editor gets completion and hover help from. The editor knows nothing about
 * Lagoon's rules; an adapter over the rules engine implements this. Positions are character
 * (QChar) positions into `text`, the editor's whole plain text. Called on the GUI thread, so
 * implementations must be quick (a few milliseconds for a 3,000-line file).
 */
class CompletionProvider
{
public:
    virtual ~CompletionProvider() = default;

    /** Suggestions at `cursorPosition`; an empty list when there is nothing useful to offer. */
    virtual CompletionList complete(const QString &text, int cursorPosition) = 0;
    /** Help about what is at `position`; invalid when there is none. */
    virtual HoverText hover(const QString &text, int position) = 0;
};

} // namespace Lagoon
