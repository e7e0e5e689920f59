// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace Lagoon {

/** What BuildLogGenerator made: the log and what a reader must find in it. */
struct GeneratedBuildLog
{
    QByteArray text; ///< UTF-8, '\n'-separated, the last line ended too
    qsizetype lines = 0;
    qsizetype longLines = 0; ///< lines of ~100 KB (a minified bundle echoed by a build)
    qsizetype longestLine = 0;
    qsizetype warnLines = 0; ///< lines with "warn" in any case, as a reader would search it
};

/**
 * A Lagoon build log of `lines` lines, ~100 bytes each, as a big remote build writes it: Lagoon's
 * BEGIN/STEP banners, BuildKit output of several images (composer and npm installs, layer
 * pushes), npm's coloured warnings, green "DONE" lines and a few 100 KB lines. Seeded: the same
 * bytes on every machine.
 */
class BuildLogGenerator final
{
public:
    static GeneratedBuildLog generate(qsizetype lines, quint64 seed = 7);
};

} // namespace Lagoon
