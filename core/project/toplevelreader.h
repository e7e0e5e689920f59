// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/**
 * Reads single top-level scalar keys of a YAML file (the compose file `.lagoon.yml` names,
 * the compose `x-lagoon-project`) so the project can be opened before full validation runs.
 * A parse failure comes back as Error::Code::ParseFailed with "line:column: reason" in `detail`.
 */
class TopLevelReader final
{
public:
    /// Files larger than this are not parsed for the project model (validation reports them).
    static constexpr qint64 MaxFileSize = 20 * 1024 * 1024;

    explicit TopLevelReader(const QString &path);

    /** Loads the file. Must be called before scalar(). */
    Result<void> load();

    /** The value of a top-level scalar key, std::nullopt if absent, an error if not a scalar. */
    Result<std::optional<QString>> scalar(const QString &key) const;

    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    QString m_path;
    QByteArray m_content;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

} // namespace Lagoon
