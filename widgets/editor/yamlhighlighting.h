// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace Lagoon {

/** Chooses and themes the YAML syntax highlighter for the text editor. */
namespace YamlHighlighting {

enum class Engine
{
    /** Lagoon's own YamlHighlighter. */
    BuiltIn,
    /** KDE's KSyntaxHighlighting with its "YAML" definition (builds that found KF6). */
    KSyntaxHighlighting,
};

/**
 * Attaches a YAML highlighter to `document` coloured for `palette`: KSyntaxHighlighting's "YAML"
 * definition with the repository's default light or dark theme when the build has KF6 and the
 * definition is installed, otherwise the built-in YamlHighlighter. The highlighter is a child of
 * the document.
 */
QSyntaxHighlighter *create(QTextDocument *document, const QPalette &palette);

/** Re-colours a highlighter made by create() for a new palette (light ⇄ dark) and rehighlights. */
void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette);

/** Which engine a highlighter made by create() is. */
Engine engineOf(const QSyntaxHighlighter *highlighter);

} // namespace YamlHighlighting

} // namespace Lagoon
