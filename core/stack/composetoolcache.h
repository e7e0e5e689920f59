// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QProcessEnvironment>
#include <QString>

#include "core/stack/composetool.h"

namespace Lagoon {

/**
 * Remembers the compose implementation ComposeToolFinder found last, so the next `stack up` does
 * not ask again: `docker-compose version` alone is ~330 ms of Python start-up, a third of a whole
 * `up` (tests/bench/bench_stack). An entry is used only while what it was found among is
 * unchanged: PATH, HOME, DOCKER_CONFIG and the path, size and modification time of `docker`,
 * `docker-compose` and every compose plugin file the docker CLI would load.
 */
class ComposeToolCache
{
public:
    /** `file` holds the one entry; defaultFile() when empty. */
    explicit ComposeToolCache(const QString &file = {});

    /** <user cache folder>/lagoon-desktop/compose-tool.json */
    static QString defaultFile();

    std::optional<ComposeTool> lookup(const QProcessEnvironment &environment) const;
    /** Failures to write are ignored: the cache only saves time. */
    void store(const QProcessEnvironment &environment, const ComposeTool &tool) const;
    void clear() const;

    /** What an entry is valid for; changes when any of the programs above changes. */
    static QString fingerprint(const QProcessEnvironment &environment);

private:
    QString m_file;
};

} // namespace Lagoon
