// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/deploy/gitpusher.h"

#include <memory>
#include <optional>

#include <git2.h>

#include <QPromise>
#include <QRegularExpression>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include "core/deploy/gitcredentialhelper.h"
#include "core/deploy/knownhosts.h"
#include "core/project/libgit2handles.h"

namespace Lagoon {

using namespace Qt::StringLiterals;

namespace {

using Failure = GitPushResult::Failure;

// What the callbacks learn while libgit2 pushes, read afterwards to explain a failure.
struct PushContext
{
    QString workdir;
    QUrl url;            // ssh:// or https:// form of the remote's URL
    QString knownHostsFile;
    std::function<bool(int, int)> progress;
    int sshAttempts = 0;
    int passwordAttempts = 0;
    std::optional<GitCredentialHelper::Credentials> credentials;
    Failure failure = Failure::None;
    QString failureMessage;
    QString rejectedRef;
    QString rejectedStatus;
};

// scp-like "git@host:org/repo.git" becomes ssh://git@host/org/repo.git, so host and port are
// read one way.
QUrl normalizedUrl(const QString &url)
{
    static const QRegularExpression scpLike(u"^(?:([^@/]+)@)?([^:/]+):(?!//)(.+)$"_s);
    const QRegularExpressionMatch m = scpLike.match(url);
    if (!url.contains("://"_L1) && m.hasMatch()) {
        QUrl result;
        result.setScheme(u"ssh"_s);
        result.setUserName(m.captured(1));
        result.setHost(m.captured(2));
        result.setPath(u'/' + m.captured(3));
        return result;
    }
    return QUrl(url);
}

int acquireCredentials(git_credential **out, const char *, const char *usernameFromUrl, unsigned int allowed,
                       void *payload)
{
    auto *context = static_cast<PushContext *>(payload);
    const QByteArray username = usernameFromUrl && *usernameFromUrl ? QByteArray(usernameFromUrl) : QByteArray("git");
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        // libgit2 asks again only after the server refused every key the agent offered.
        if (context->sshAttempts++ > 0) {
            context->failure = Failure::AuthRefused;
            context->failureMessage = GitPusher::tr("%1 refused the SSH keys in your ssh-agent; add the key that "
                                                    "has access with ssh-add and push again.")
                                          .arg(context->url.host());
            return GIT_EUSER;
        }
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            context->failure = Failure::NoCredentials;
            context->failureMessage = GitPusher::tr("No ssh-agent is running (SSH_AUTH_SOCK is not set), so there is "
                                                    "no key to push with; start one and add your key with ssh-add.");
            return GIT_EUSER;
        }
        return git_credential_ssh_key_from_agent(out, username.constData());
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        if (context->passwordAttempts++ > 0) {
            if (context->credentials)
                GitCredentialHelper::reject(context->workdir, context->url, *context->credentials);
            context->credentials.reset();
            context->failure = Failure::AuthRefused;
            context->failureMessage = GitPusher::tr("%1 refused the user name and password from your git credential "
                                                    "helper; push once with git to store new ones.")
                                          .arg(context->url.host());
            return GIT_EUSER;
        }
        context->credentials = GitCredentialHelper::fill(context->workdir, context->url);
        if (!context->credentials) {
            context->failure = Failure::NoCredentials;
            context->failureMessage = GitPusher::tr("Your git credential helper has no password for %1; push once "
                                                    "with git to store one.")
                                          .arg(context->url.host());
            return GIT_EUSER;
        }
        return git_credential_userpass_plaintext_new(out, context->credentials->username.toUtf8().constData(),
                                                     context->credentials->password.toUtf8().constData());
    }
    if (allowed & GIT_CREDENTIAL_USERNAME)
        return git_credential_username_new(out, username.constData());
    context->failure = Failure::NoCredentials;
    context->failureMessage = GitPusher::tr("%1 asks for a kind of login the app cannot give; push with git instead.")
                                  .arg(context->url.host());
    return GIT_EUSER;
}

int checkCertificate(git_cert *cert, int valid, const char *host, void *payload)
{
    auto *context = static_cast<PushContext *>(payload);
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2)
        return valid ? 0 : GIT_PASSTHROUGH; // HTTPS: the system's CAs decide, never overridden
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
    const QString hostName = host ? QString::fromUtf8(host) : context->url.host();
    if (!(hostKey->type & GIT_CERT_SSH_RAW)) {
        context->failure = Failure::HostKeyUnknown;
        context->failureMessage = GitPusher::tr("The host key of %1 cannot be read, so it cannot be checked against "
                                                "your known_hosts; nothing was pushed.")
                                      .arg(hostName);
        return -1;
    }
    const QByteArray key(hostKey->hostkey, static_cast<qsizetype>(hostKey->hostkey_len));
    const int port = context->url.port(22);
    const QString shown = port == 22 ? hostName : u"[%1]:%2"_s.arg(hostName).arg(port);
    switch (KnownHosts::check(context->knownHostsFile, hostName, port, key)) {
    case KnownHosts::Verdict::Known:
        return 0;
    case KnownHosts::Verdict::Unknown:
        context->failure = Failure::HostKeyUnknown;
        context->failureMessage = GitPusher::tr("%1 is not in your known_hosts, so its identity cannot be checked; "
                                                "connect once with ssh and compare its key %2 before pushing.")
                                      .arg(shown, KnownHosts::fingerprint(key));
        return -1;
    case KnownHosts::Verdict::Changed:
    case KnownHosts::Verdict::Revoked:
        context->failure = Failure::HostKeyChanged;
        context->failureMessage = GitPusher::tr("The host key of %1 (%2) is not the one your known_hosts lists, which "
                                                "may mean someone is intercepting the connection; nothing was pushed.")
                                      .arg(shown, KnownHosts::fingerprint(key));
        return -1;
    }
    return -1;
}

int transferProgress(unsigned int current, unsigned int total, size_t, void *payload)
{
    auto *context = static_cast<PushContext *>(payload);
    if (context->progress && !context->progress(static_cast<int>(current), static_cast<int>(total)))
        return GIT_EUSER;
    return 0;
}

int updateReference(const char *refname, const char *status, void *payload)
{
    auto *context = static_cast<PushContext *>(payload);
    if (status) {
        context->rejectedRef = QString::fromUtf8(refname);
        context->rejectedStatus = QString::fromUtf8(status);
    }
    return 0;
}

GitPushResult failed(GitPushResult result, Failure failure, const QString &message, const QString &detail = {})
{
    result.failure = failure;
    result.message = message;
    result.detail = detail.isEmpty() ? Git::lastError() : detail;
    return result;
}

// Why libgit2 failed when no callback said so: its error class and text are all there is.
GitPushResult explain(GitPushResult result, int code, const PushContext &context)
{
    const git_error *e = git_error_last();
    const QString text = Git::lastError();
    const QString host = context.url.host();
    if (code == GIT_ENONFASTFORWARD)
        return failed(result, Failure::Rejected,
                      GitPusher::tr("The remote has commits that %1 does not have, so the push was refused; pull "
                                    "(or rebase) and push again.")
                          .arg(result.branch),
                      text);
    if (code == GIT_EAUTH || text.contains("authentication"_L1, Qt::CaseInsensitive))
        return failed(result, Failure::AuthRefused,
                      GitPusher::tr("%1 refused the login; check that your key or password has access to the "
                                    "repository.")
                          .arg(host),
                      text);
    if (e && (e->klass == GIT_ERROR_NET || e->klass == GIT_ERROR_SSH || e->klass == GIT_ERROR_HTTP || e->klass == GIT_ERROR_OS))
        return failed(result, Failure::Network, GitPusher::tr("Cannot reach %1: %2.").arg(host, text), text);
    return failed(result, Failure::Other, GitPusher::tr("Git could not push: %1.").arg(text), text);
}

} // namespace

GitPusher::GitPusher(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<GitPushResult>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<GitPushResult>::finished, this, [this] {
        if (!m_watcher.isCanceled() && m_watcher.future().resultCount() > 0)
            Q_EMIT finished(m_watcher.result());
    });
}

GitPusher::~GitPusher()
{
    // The worker finishes on its own (it holds no pointer to us); cancel makes it stop sooner.
    m_watcher.disconnect(this);
    m_watcher.cancel();
}

bool GitPusher::isRunning() const
{
    return m_watcher.isRunning();
}

bool GitPusher::push(const QString &path, const GitPushOptions &options)
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run([path, options](QPromise<GitPushResult> &promise) {
        promise.setProgressRange(0, 0);
        GitPushResult result = pushNow(path, options, [&promise](int current, int total) {
            if (promise.isCanceled())
                return false;
            promise.setProgressRange(0, total);
            promise.setProgressValue(current);
            return true;
        });
        promise.addResult(std::move(result));
    }));
    return true;
}

GitPushResult GitPusher::pushNow(const QString &path, const GitPushOptions &options,
                                 const std::function<bool(int, int)> &progress)
{
    const Git::Library library;
    GitPushResult result;
    git_repository *rawRepository = nullptr;
    if (git_repository_open_ext(&rawRepository, path.toUtf8().constData(), 0, nullptr) != 0)
        return failed(result, Failure::Other, tr("%1 is not in a git repository.").arg(path));
    const Git::RepositoryPtr repository(rawRepository);
    const char *workdir = git_repository_workdir(repository.get());

    result.branch = options.branch;
    if (result.branch.isEmpty()) {
        git_reference *rawHead = nullptr;
        if (git_repository_head(&rawHead, repository.get()) != 0)
            return failed(result, Failure::Other, tr("The repository has no commit to push."));
        const Git::ReferencePtr head(rawHead);
        if (!git_reference_is_branch(head.get()))
            return failed(result, Failure::Other, tr("HEAD is detached; check out a branch to push it."));
        const char *name = nullptr;
        git_branch_name(&name, head.get());
        result.branch = QString::fromUtf8(name);
    }
    const QByteArray localRef = "refs/heads/" + result.branch.toUtf8();
    git_oid oid;
    if (git_reference_name_to_id(&oid, repository.get(), localRef.constData()) != 0)
        return failed(result, Failure::Other, tr("There is no branch %1 to push.").arg(result.branch));
    result.sha = QString::fromLatin1(git_oid_tostr_s(&oid));

    bool hasUpstream = false;
    result.remote = options.remote;
    git_buf upstreamRemote = GIT_BUF_INIT;
    if (git_branch_upstream_remote(&upstreamRemote, repository.get(), localRef.constData()) == 0) {
        hasUpstream = true;
        if (result.remote.isEmpty())
            result.remote = QString::fromUtf8(upstreamRemote.ptr);
    }
    git_buf_dispose(&upstreamRemote);
    if (result.remote.isEmpty())
        result.remote = u"origin"_s;

    git_remote *rawRemote = nullptr;
    if (git_remote_lookup(&rawRemote, repository.get(), result.remote.toUtf8().constData()) != 0)
        return failed(result, Failure::Other, tr("The repository has no remote called %1.").arg(result.remote));
    const Git::RemotePtr remote(rawRemote);
    const char *pushUrl = git_remote_pushurl(remote.get());
    result.url = QString::fromUtf8(pushUrl ? pushUrl : git_remote_url(remote.get()));

    PushContext context;
    context.workdir = workdir ? QString::fromUtf8(workdir) : path;
    context.url = normalizedUrl(result.url);
    context.knownHostsFile = options.knownHostsFile.isEmpty() ? KnownHosts::defaultFile() : options.knownHostsFile;
    context.progress = progress;

    git_push_options pushOptions;
    git_push_options_init(&pushOptions, GIT_PUSH_OPTIONS_VERSION);
    pushOptions.callbacks.credentials = acquireCredentials;
    pushOptions.callbacks.certificate_check = checkCertificate;
    pushOptions.callbacks.push_transfer_progress = transferProgress;
    pushOptions.callbacks.push_update_reference = updateReference;
    pushOptions.callbacks.payload = &context;
    QByteArray refspec = localRef + ':' + localRef;
    char *refspecs[] = {refspec.data()};
    const git_strarray specs{refspecs, 1};

    const int code = git_remote_push(remote.get(), &specs, &pushOptions);
    if (code != 0) {
        if (context.failure != Failure::None)
            return failed(result, context.failure, context.failureMessage);
        return explain(result, code, context);
    }
    if (!context.rejectedStatus.isEmpty())
        return failed(result, Failure::Rejected,
                      tr("The remote refused %1: %2.").arg(result.branch, context.rejectedStatus),
                      context.rejectedStatus);
    if (context.credentials)
        GitCredentialHelper::approve(context.workdir, context.url, *context.credentials);
    if (options.setUpstream && !hasUpstream) {
        git_reference *rawBranch = nullptr;
        if (git_branch_lookup(&rawBranch, repository.get(), result.branch.toUtf8().constData(), GIT_BRANCH_LOCAL) == 0) {
            const Git::ReferencePtr branch(rawBranch);
            // Best effort: the push worked; a missing upstream only shows as "not on a remote".
            git_branch_set_upstream(branch.get(), (result.remote + u'/' + result.branch).toUtf8().constData());
        }
    }
    return result;
}

} // namespace Lagoon
