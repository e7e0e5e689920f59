// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QTextEdit>

#include "core/diagnostics/diagnostic.h"
#include "widgets/editor/editorcolors.h"

class QTextDocument;

namespace Lagoon {

/**
 * The diagnostics of one file laid over its text: the ranges of the wavy underlines, the worst
 * severity per line for the gutter, and the tooltips.
 *
 * Ranges are plain character positions moved along by adjust() on every edit, so they follow the
 * text until fresh diagnostics arrive. They deliberately are not QTextCursors: placing a cursor
 * lays out its line, which for hundreds of diagnostics in a long file costs more than the whole
 * validation. Lookups go through a per-line index rebuilt lazily after a change, and underline
 * selections are made only for the lines on screen, so painting, hovering and scrolling never
 * scan the document or every diagnostic.
 */
class EditorDiagnostics final
{
public:
    /** A character range [start, end); empty when there is nothing to underline. */
    struct Range
    {
        int start = 0;
        int end = 0;
    };

    explicit EditorDiagnostics(QTextDocument *document);

    /** Only diagnostics whose `file` equals this are shown; empty shows every diagnostic given. */
    void setFileName(const QString &fileName) { m_fileName = fileName; }
    QString fileName() const { return m_fileName; }

    /** Replaces the shown diagnostics with those of `all` that belong to fileName(). */
    void set(const Diagnostics &all);
    /** Moves the ranges along with an edit; connect to QTextDocument::contentsChange. */
    void adjust(int position, int removed, int added);

    /** The shown diagnostics, least severe first (so the worst underline is drawn last). */
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /** The current range of each of diagnostics(), in the same order. */
    const QList<Range> &ranges() const { return m_ranges; }

    /** Wavy-underline selections for the diagnostics touching 0-based blocks [firstBlock, lastBlock]. */
    QList<QTextEdit::ExtraSelection> selections(int firstBlock, int lastBlock, const EditorColors &colors) const;

    /** The worst severity of the diagnostics on a 0-based block, if any (what the gutter marks). */
    std::optional<Diagnostic::Severity> worstSeverity(int blockNumber) const;
    /** The diagnostics on a 0-based block, worst first. */
    Diagnostics onBlock(int blockNumber) const;
    /** The diagnostics whose underline covers character `position` (ends inclusive), worst first. */
    Diagnostics at(int position) const;

    /**
     * The characters a diagnostic covers in `document`: from line/column to endLine/endColumn
     * (exclusive), or to the end of the token at the start when the end is unknown, or the line's
     * content when even the column is unknown. Empty (at the line's start) when there is nothing
     * to underline; a diagnostic without a line sits at the start of the file.
     */
    static Range rangeOf(const QTextDocument *document, const Diagnostic &diagnostic);

    /** Rich text for a tooltip: severity, message and hint of each, escaped. Empty for none. */
    static QString toolTipHtml(const Diagnostics &diagnostics);

private:
    void ensureIndex() const;
    QList<int> indicesOnBlocks(int firstBlock, int lastBlock) const;

    QTextDocument *m_document;
    QString m_fileName;
    Diagnostics m_diagnostics;
    QList<Range> m_ranges;
    mutable QHash<int, QList<int>> m_byBlock;
    mutable bool m_indexStale = true;
};

} // namespace Lagoon
