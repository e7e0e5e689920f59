// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include "core/diagnostics/diagnostic.h"

namespace Lagoon {

/** What an edit of one file would do to its project's problems. */
struct EditCheckResult
{
    QString projectRoot;   ///< the Lagoon project the file belongs to; empty if none
    QString relativePath;  ///< the file relative to projectRoot (or its name)
    Diagnostics after;     ///< the file's problems after the edit
    Diagnostics introduced; ///< errors after the edit that were not there before
};

/**
 * Checks an edit before it is written: the file's project is validated with the edited text
 * in place of the file (nothing is written), and the errors the edit would add are reported.
 * A file outside a Lagoon project, or one the project does not read, is checked as YAML only.
 */
class EditCheck final
{
public:
    /** The nearest folder at or above the file's folder that has a .lagoon.yml, or empty. */
    static QString projectRoot(const QString &filePath);
    static EditCheckResult check(const QString &filePath, const QByteArray &before, const QByteArray &after);
};

} // namespace Lagoon
