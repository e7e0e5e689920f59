// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Lagoon {

class LogStore;

/** A log's lines as people take them away: plain text, escapes gone. */
namespace LogExport {

/** Lines [first, last] as plain text, one per line, no trailing line break. */
QString plainText(const LogStore &store, qsizetype first, qsizetype last);
/** Writes every line (none for a null store) with a line break after each, atomically (QSaveFile). */
bool save(const LogStore *store, const QString &path, QString *error = nullptr);

} // namespace LogExport

} // namespace Lagoon
