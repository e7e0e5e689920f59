// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lagoon {

/** One completion proposal. */
struct CompletionItem
{
    enum class Kind
    {
        Key,
        Value,
        Service
    };

    QString label;         ///< what the list shows
    QString insertText;    ///< what replaces the range (`key: `, `key:`, a value)
    QString detail;        ///< short, e.g. the kind of value a key takes
    QString documentation; ///< plain text, several lines
    Kind kind = Kind::Key;
};

/**
 * The proposals at a cursor. `items` are all proposals valid there, not filtered by what was
 * typed: the text between replaceStart and the cursor is the prefix to filter by.
 */
struct CompletionResult
{
    qsizetype replaceStart = 0; ///< byte offsets into the UTF-8 text
    qsizetype replaceEnd = 0;
    QList<CompletionItem> items;
};

/** Help for the key or value under the mouse; start/end are byte offsets of that word. */
struct HoverInfo
{
    QString title;
    QString text; ///< plain text, several lines
    qsizetype start = 0;
    qsizetype end = 0;

    bool isValid() const { return !title.isEmpty() || !text.isEmpty(); }
};

/**
 * Completion and hover help for `.lagoon.yml` and `docker-compose.yml` from Lagoon's rules:
 * keys valid at the cursor, `insecure` and boolean values, `lagoon.type` values and labels,
 * service names where Lagoon expects a compose service, and cron schedules in words.
 *
 * The text is what the user is typing, so it is usually not valid YAML: the context comes from
 * scanning lines by indentation (YamlCursorContext), never from parsing the document. Both
 * calls are pure functions of their arguments and safe to call from any thread.
 */
class EditorAssist final
{
public:
    enum class FileKind
    {
        LagoonYml,
        Compose
    };

    /**
     * Proposals at byte `offset` of `text`. `serviceNames` are the compose services (and
     * lagoon.name groups) offered where a service is expected. Empty when nothing fits.
     */
    static CompletionResult complete(FileKind kind, const QByteArray &text, qsizetype offset,
                                     const QStringList &serviceNames);

    /** What the key or value at byte `offset` means; an invalid HoverInfo when nothing is known. */
    static HoverInfo hover(FileKind kind, const QByteArray &text, qsizetype offset);
};

} // namespace Lagoon
