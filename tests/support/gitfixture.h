// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace Lagoon::Test {

/**
 * Real git repositories in a temporary folder, made with the git command line so the code under
 * test (libgit2) reads what git itself wrote. User and system git configuration are kept out.
 */
class GitFixture
{
public:
    GitFixture();

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &relative = {}) const;

    /** Runs git in `workdir` (relative to the fixture); returns stdout, QFAIL-style on error. */
    QString git(const QString &workdir, const QStringList &arguments, bool *ok = nullptr) const;

    /** Writes a file (creating folders). */
    bool write(const QString &relative, const QByteArray &content) const;

    /** `git init -b main` + identity in `workdir`. */
    bool init(const QString &workdir) const;
    /** Writes `file`, stages it and commits with `message`. */
    bool commit(const QString &workdir, const QString &file, const QByteArray &content, const QString &message) const;

    QProcessEnvironment environment() const { return m_env; }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

} // namespace Lagoon::Test
