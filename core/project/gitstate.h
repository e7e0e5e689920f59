// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Lagoon {

struct GitCommit
{
    QString sha;
    QString subject;
    QString authorName;
    QString authorEmail;
    QDateTime time;

    QString shortSha() const { return sha.left(8); }
    friend bool operator==(const GitCommit &, const GitCommit &) = default;
};

struct GitRemote
{
    QString name;
    QString url;
    QString pushUrl; ///< empty when it is the same as url
    friend bool operator==(const GitRemote &, const GitRemote &) = default;
};

/** A path that differs from HEAD, in the index or in the working tree. */
struct GitChange
{
    enum Flag {
        Staged = 0x1,    ///< differs between HEAD and the index
        Modified = 0x2,  ///< tracked and changed in the working tree
        Untracked = 0x4,
        Deleted = 0x8,
        Renamed = 0x10,
        Conflicted = 0x20,
    };
    QString path; ///< relative to the repository root
    int flags = 0;
    friend bool operator==(const GitChange &, const GitChange &) = default;
};

/**
 * A snapshot of a git repository as the project model shows it. `isRepository` is false for
 * a folder outside any repository; every other field is then empty.
 */
struct GitState
{
    bool isRepository = false;
    QString root;        ///< working tree root (absolute)
    QString gitDir;      ///< the .git folder (absolute)
    QString branch;      ///< short branch name; empty when detached
    bool detached = false;
    bool unborn = false; ///< a branch with no commit yet
    GitCommit head;
    QString upstream;    ///< e.g. "origin/main"; empty without one
    int ahead = 0;
    int behind = 0;
    QList<GitChange> changes;
    QList<GitRemote> remotes;

    bool hasUpstream() const { return !upstream.isEmpty(); }
    bool isDirty() const { return !changes.isEmpty(); }
    int untrackedCount() const;
    friend bool operator==(const GitState &, const GitState &) = default;
};

} // namespace Lagoon
