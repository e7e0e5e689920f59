// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/assist/editorassist.h"

#include "core/lagoon/assist/composeassist.h"
#include "core/lagoon/assist/lagoonymlassist.h"
#include "core/lagoon/assist/yamlcursorcontext.h"

namespace Lagoon {

CompletionResult EditorAssist::complete(FileKind kind, const QByteArray &text, qsizetype offset,
                                        const QStringList &serviceNames)
{
    const YamlCursorContext ctx = YamlCursorContext::at(text, offset, YamlCursorContext::Siblings::Collect);
    if (!ctx.isValid())
        return {};
    CompletionResult result = kind == FileKind::LagoonYml ? LagoonYmlAssist::complete(ctx, serviceNames)
                                                          : ComposeAssist::complete(ctx, text, offset, serviceNames);
    if (result.items.isEmpty())
        return {};
    return result;
}

HoverInfo EditorAssist::hover(FileKind kind, const QByteArray &text, qsizetype offset)
{
    const YamlCursorContext ctx = YamlCursorContext::at(text, offset);
    if (!ctx.isValid())
        return {};
    return kind == FileKind::LagoonYml ? LagoonYmlAssist::hover(ctx, text) : ComposeAssist::hover(ctx, text, offset);
}

} // namespace Lagoon
