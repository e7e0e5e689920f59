// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/gitrepository.h"

#include <memory>

#include <git2.h>

#include <QDir>
#include <QTimeZone>

#include "core/project/libgit2handles.h"

namespace Lagoon {

namespace {

std::unexpected<Error> gitError(const QString &what)
{
    return makeError(Error::Code::GitFailed, GitRepository::tr("Git: %1").arg(what), Git::lastError());
}

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

Result<GitCommit> readCommit(git_repository *repo, const git_oid *oid)
{
    git_commit *raw = nullptr;
    if (git_commit_lookup(&raw, repo, oid) != 0)
        return gitError(GitRepository::tr("cannot read the HEAD commit"));
    const Git::CommitPtr commit(raw);
    GitCommit result;
    result.sha = fromUtf8(git_oid_tostr_s(oid));
    result.subject = fromUtf8(git_commit_summary(commit.get()));
    if (const git_signature *author = git_commit_author(commit.get())) {
        result.authorName = fromUtf8(author->name);
        result.authorEmail = fromUtf8(author->email);
        result.time = QDateTime::fromSecsSinceEpoch(author->when.time, QTimeZone(author->when.offset * 60));
    }
    return result;
}

void readHead(git_repository *repo, GitState &state)
{
    state.unborn = git_repository_head_unborn(repo) == 1;
    state.detached = git_repository_head_detached(repo) == 1;
    if (state.unborn) {
        // No commit yet: HEAD is a symbolic ref to a branch that does not exist.
        git_reference *raw = nullptr;
        if (git_reference_lookup(&raw, repo, "HEAD") == 0) {
            const Git::ReferencePtr ref(raw);
            const QString target = fromUtf8(git_reference_symbolic_target(ref.get()));
            state.branch = target.startsWith(QLatin1String("refs/heads/")) ? target.mid(11) : target;
        }
    }
}

Result<void> readBranchAndUpstream(git_repository *repo, GitState &state)
{
    git_reference *rawHead = nullptr;
    if (git_repository_head(&rawHead, repo) != 0)
        return gitError(GitRepository::tr("cannot resolve HEAD"));
    const Git::ReferencePtr head(rawHead);
    const git_oid *headOid = git_reference_target(head.get());
    if (!headOid)
        return gitError(GitRepository::tr("HEAD points nowhere"));

    auto commit = readCommit(repo, headOid);
    if (!commit)
        return std::unexpected(commit.error());
    state.head = *commit;

    if (state.detached)
        return {};
    state.branch = fromUtf8(git_reference_shorthand(head.get()));

    git_reference *rawUpstream = nullptr;
    const int rc = git_branch_upstream(&rawUpstream, head.get());
    if (rc == GIT_ENOTFOUND)
        return {};
    if (rc != 0)
        return gitError(GitRepository::tr("cannot read the upstream of %1").arg(state.branch));
    const Git::ReferencePtr upstream(rawUpstream);
    state.upstream = fromUtf8(git_reference_shorthand(upstream.get()));
    const git_oid *upstreamOid = git_reference_target(upstream.get());
    if (!upstreamOid)
        return {};
    size_t ahead = 0;
    size_t behind = 0;
    if (git_graph_ahead_behind(&ahead, &behind, repo, headOid, upstreamOid) != 0)
        return gitError(GitRepository::tr("cannot compare %1 with %2").arg(state.branch, state.upstream));
    state.ahead = static_cast<int>(ahead);
    state.behind = static_cast<int>(behind);
    return {};
}

int changeFlags(unsigned int status)
{
    int flags = 0;
    if (status & (GIT_STATUS_INDEX_NEW | GIT_STATUS_INDEX_MODIFIED | GIT_STATUS_INDEX_DELETED |
                  GIT_STATUS_INDEX_RENAMED | GIT_STATUS_INDEX_TYPECHANGE))
        flags |= GitChange::Staged;
    if (status & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_TYPECHANGE))
        flags |= GitChange::Modified;
    if (status & GIT_STATUS_WT_NEW)
        flags |= GitChange::Untracked;
    if (status & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
        flags |= GitChange::Deleted;
    if (status & (GIT_STATUS_WT_RENAMED | GIT_STATUS_INDEX_RENAMED))
        flags |= GitChange::Renamed;
    if (status & GIT_STATUS_CONFLICTED)
        flags |= GitChange::Conflicted;
    return flags;
}

Result<void> readChanges(git_repository *repo, GitState &state)
{
    if (git_repository_is_bare(repo))
        return {};
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    // Untracked folders stay collapsed (as `git status` shows them) so a stray node_modules
    // does not turn into 100,000 entries.
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX |
                    GIT_STATUS_OPT_SORT_CASE_SENSITIVELY | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    git_status_list *raw = nullptr;
    if (git_status_list_new(&raw, repo, &options) != 0)
        return gitError(GitRepository::tr("cannot read the working tree status"));
    const Git::StatusListPtr list(raw);
    const size_t count = git_status_list_entrycount(list.get());
    state.changes.reserve(static_cast<qsizetype>(count));
    for (size_t i = 0; i < count; ++i) {
        const git_status_entry *entry = git_status_byindex(list.get(), i);
        if (!entry || entry->status == GIT_STATUS_CURRENT || (entry->status & GIT_STATUS_IGNORED))
            continue;
        const git_diff_delta *delta = entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        if (!delta)
            continue;
        const char *path = delta->new_file.path ? delta->new_file.path : delta->old_file.path;
        state.changes.append(GitChange{fromUtf8(path), changeFlags(entry->status)});
    }
    return {};
}

Result<void> readRemotes(git_repository *repo, GitState &state)
{
    git_strarray names{};
    if (git_remote_list(&names, repo) != 0)
        return gitError(GitRepository::tr("cannot list remotes"));
    for (size_t i = 0; i < names.count; ++i) {
        git_remote *raw = nullptr;
        if (git_remote_lookup(&raw, repo, names.strings[i]) != 0)
            continue;
        const Git::RemotePtr remote(raw);
        GitRemote r;
        r.name = fromUtf8(git_remote_name(remote.get()));
        r.url = fromUtf8(git_remote_url(remote.get()));
        r.pushUrl = fromUtf8(git_remote_pushurl(remote.get()));
        state.remotes.append(r);
    }
    git_strarray_dispose(&names);
    return {};
}

} // namespace

Result<GitState> GitRepository::inspect(const QString &path)
{
    const Git::Library library;
    GitState state;

    git_repository *raw = nullptr;
    const QByteArray nativePath = QDir::toNativeSeparators(path).toUtf8();
    const int rc = git_repository_open_ext(&raw, nativePath.constData(), 0, nullptr);
    if (rc == GIT_ENOTFOUND)
        return state;
    if (rc != 0)
        return gitError(tr("cannot open the repository at %1").arg(QDir::toNativeSeparators(path)));
    const Git::RepositoryPtr repo(raw);

    state.isRepository = true;
    const char *workdir = git_repository_workdir(repo.get());
    state.gitDir = QDir::cleanPath(fromUtf8(git_repository_path(repo.get())));
    state.root = workdir ? QDir::cleanPath(fromUtf8(workdir)) : state.gitDir;

    readHead(repo.get(), state);
    if (!state.unborn) {
        if (auto r = readBranchAndUpstream(repo.get(), state); !r)
            return std::unexpected(r.error());
    }
    if (auto r = readChanges(repo.get(), state); !r)
        return std::unexpected(r.error());
    if (auto r = readRemotes(repo.get(), state); !r)
        return std::unexpected(r.error());
    return state;
}

} // namespace Lagoon
