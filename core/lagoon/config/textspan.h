// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Lagoon {

/** Where a model element came from in its file: 1-based lines/columns, end exclusive; 0 = unknown. */
struct TextSpan
{
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;

    bool isValid() const { return line > 0; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace Lagoon
