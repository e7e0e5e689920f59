// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/assistcompletionprovider.h"

#include <algorithm>

namespace Lagoon {

namespace {

/** Bytes the UTF-8 encoding of `c` takes; a surrogate pair counts 4 on its high half. */
int utf8Bytes(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return 1;
    if (u < 0x800)
        return 2;
    if (c.isHighSurrogate())
        return 4;
    if (c.isLowSurrogate())
        return 0;
    return 3;
}

CompletionEntry::Kind entryKind(CompletionItem::Kind kind)
{
    switch (kind) {
    case CompletionItem::Kind::Key:
        return CompletionEntry::Kind::Key;
    case CompletionItem::Kind::Value:
        return CompletionEntry::Kind::Value;
    case CompletionItem::Kind::Service:
        break;
    }
    return CompletionEntry::Kind::Service;
}

} // namespace

AssistCompletionProvider::AssistCompletionProvider(EditorAssist::FileKind kind, ServiceNames serviceNames)
    : m_kind(kind)
    , m_serviceNames(std::move(serviceNames))
{
}

qsizetype AssistCompletionProvider::byteOffset(QStringView text, int position)
{
    qsizetype bytes = 0;
    const qsizetype end = std::clamp<qsizetype>(position, 0, text.size());
    for (qsizetype i = 0; i < end; ++i)
        bytes += utf8Bytes(text.at(i));
    return bytes;
}

int AssistCompletionProvider::characterPosition(QStringView text, qsizetype offset)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const int width = utf8Bytes(text.at(i));
        if (bytes + width > offset)
            break;
        bytes += width;
        // Never stop between the halves of a surrogate pair.
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    }
    return static_cast<int>(i);
}

CompletionList AssistCompletionProvider::complete(const QString &text, int cursorPosition)
{
    const QByteArray utf8 = text.toUtf8();
    const QStringList services = m_serviceNames ? m_serviceNames() : QStringList();
    const CompletionResult result = EditorAssist::complete(m_kind, utf8, byteOffset(text, cursorPosition), services);
    CompletionList list;
    if (result.items.isEmpty())
        return list;
    list.replaceStart = characterPosition(text, result.replaceStart);
    list.replaceEnd = std::max(list.replaceStart, characterPosition(text, result.replaceEnd));
    list.entries.reserve(result.items.size());
    for (const CompletionItem &item : result.items)
        list.entries.append({item.label, item.insertText, item.detail, item.documentation, entryKind(item.kind)});
    return list;
}

HoverText AssistCompletionProvider::hover(const QString &text, int position)
{
    const HoverInfo info = EditorAssist::hover(m_kind, text.toUtf8(), byteOffset(text, position));
    if (!info.isValid())
        return {};
    return {info.title, info.text, characterPosition(text, info.start), characterPosition(text, info.end)};
}

} // namespace Lagoon
