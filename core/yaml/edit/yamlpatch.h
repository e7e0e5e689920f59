// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace Lagoon {

/**
 * One replacement in a UTF-8 text: `length` bytes at byte `offset` become `text`. Everything
 * outside [offset, offset + length) is left byte for byte as it was; that is the promise every
 * edit of the editor keeps.
 */
struct YamlPatch
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QByteArray text;

    /** True when applying the patch changes nothing. */
    bool isEmpty() const { return length == 0 && text.isEmpty(); }
    QByteArray applyTo(const QByteArray &source) const
    {
        QByteArray result = source;
        result.replace(offset, length, text);
        return result;
    }
    friend bool operator==(const YamlPatch &, const YamlPatch &) = default;
};

} // namespace Lagoon
