// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/yamlhighlighting.h"

#if LAGOON_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <QPalette>
#include <QTextDocument>

#include "widgets/editor/editorcolors.h"
#include "widgets/editor/yamlhighlighter.h"

namespace Lagoon::YamlHighlighting {

namespace {

#if LAGOON_HAVE_KSYNTAXHIGHLIGHTING
// Loading the repository reads every syntax definition from disk, so all editors share one.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DefaultTheme::DarkTheme
                                          : KSyntaxHighlighting::Repository::DefaultTheme::LightTheme);
}
#endif

} // namespace

QSyntaxHighlighter *create(QTextDocument *document, const QPalette &palette)
{
#if LAGOON_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(QStringLiteral("YAML"));
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(themeFor(palette));
        highlighter->setDefinition(definition);
        return highlighter;
    }
#endif
    return new YamlHighlighter(document, EditorColors::fromPalette(palette));
}

void applyPalette(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
    if (auto *builtIn = qobject_cast<YamlHighlighter *>(highlighter)) {
        builtIn->setColors(EditorColors::fromPalette(palette));
        return;
    }
#if LAGOON_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *kde = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        kde->setTheme(themeFor(palette));
        kde->rehighlight();
    }
#endif
}

Engine engineOf(const QSyntaxHighlighter *highlighter)
{
    return qobject_cast<const YamlHighlighter *>(highlighter) ? Engine::BuiltIn : Engine::KSyntaxHighlighting;
}

} // namespace Lagoon::YamlHighlighting
