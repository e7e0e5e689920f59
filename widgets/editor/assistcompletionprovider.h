// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <QStringList>

#include "core/lagoon/assist/editorassist.h"
#include "widgets/editor/completionprovider.h"

namespace Lagoon {

/**
 * Completion and hover help for the text editor from Lagoon's rules (EditorAssist).
 *
 * EditorAssist works on UTF-8 bytes, the editor on QChar positions; this adapter converts both
 * ways, so a `é` or `日本` earlier in the file does not shift the replaced range.
 */
class AssistCompletionProvider final : public CompletionProvider
{
public:
    /** Returns the compose services to offer where a service is expected; asked on every completion. */
    using ServiceNames = std::function<QStringList()>;

    explicit AssistCompletionProvider(EditorAssist::FileKind kind, ServiceNames serviceNames = {});

    CompletionList complete(const QString &text, int cursorPosition) override;
    HoverText hover(const QString &text, int position) override;

    /** The UTF-8 byte offset of character `position` of `text`. */
    static qsizetype byteOffset(QStringView text, int position);
    /** The character position of UTF-8 byte `offset` of `text` (inside a character: that character). */
    static int characterPosition(QStringView text, qsizetype offset);

private:
    EditorAssist::FileKind m_kind;
    ServiceNames m_serviceNames;
};

} // namespace Lagoon
