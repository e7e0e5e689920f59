// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/dockerconnection.h"

#include <memory>

#include <curl/curl.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "core/stack/dockererrors.h"

namespace Lagoon {

namespace {

using namespace std::chrono_literals;

// Non-streamed answers are JSON documents; anything bigger is a bug or a hostile endpoint.
constexpr qsizetype MaxBodySize = 64 * 1024 * 1024;
// Streams have no total limit, but reaching the engine must not take forever.
constexpr std::chrono::milliseconds ConnectTimeout = 5s;
// Negotiation for a request without a limit (a stream) still gets one.
constexpr std::chrono::milliseconds NegotiateTimeout = 10s;
// How long curl_multi_poll sleeps when nothing happens; cancel() wakes it earlier.
constexpr int PollIntervalMs = 1000;

void initCurlOnce()
{
    // curl_global_init is not thread-safe on every libcurl build; once per process is enough.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct EasyDeleter
{
    void operator()(CURL *easy) const { curl_easy_cleanup(easy); }
};
struct MultiDeleter
{
    void operator()(CURLM *multi) const { curl_multi_cleanup(multi); }
};
struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

struct TransferState
{
    const DockerStreamHandler *stream = nullptr;
    const DockerCancelToken *cancel = nullptr;
    DockerResponse response;
    bool tooLarge = false;
};

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *state = static_cast<TransferState *>(user);
    const size_t n = size * count;
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(n)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A status line starts a new response (an interim 1xx may come first).
        state->response.status = line.split(' ').value(1).toInt();
        state->response.headers.clear();
    } else if (line.isEmpty()) {
        if (state->response.status >= 200 && state->response.isSuccess() && state->stream && state->stream->opened)
            state->stream->opened(state->response);
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        state->response.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return n;
}

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *state = static_cast<TransferState *>(user);
    const size_t n = size * count;
    if (state->cancel && state->cancel->isCancelled())
        return 0; // aborts the transfer at once
    if (state->stream && state->response.isSuccess()) {
        if (state->stream->data)
            state->stream->data(QByteArrayView(data, static_cast<qsizetype>(n)));
        return n;
    }
    if (state->response.body.size() + static_cast<qsizetype>(n) > MaxBodySize) {
        state->tooLarge = true;
        return 0;
    }
    state->response.body.append(data, static_cast<qsizetype>(n));
    return n;
}

QByteArray encodedQuery(const QList<std::pair<QString, QString>> &query)
{
    QByteArray out;
    for (const auto &[key, value] : query) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

DockerConnection::DockerConnection(const DockerEndpoint &endpoint)
    : m_endpoint(endpoint)
{
}

std::optional<DockerVersion> DockerConnection::version() const
{
    const std::lock_guard lock(m_versionMutex);
    return m_version;
}

void DockerConnection::forgetVersion()
{
    const std::lock_guard lock(m_versionMutex);
    m_version.reset();
}

Result<DockerVersion> DockerConnection::negotiate(std::chrono::milliseconds timeout, const DockerCancelToken *cancel)
{
    const std::lock_guard lock(m_negotiateMutex);
    return negotiateUntil(Clock::now() + timeout, timeout, cancel);
}

Result<DockerVersion> DockerConnection::negotiateUntil(Clock::time_point deadline, std::chrono::milliseconds timeout,
                                                       const DockerCancelToken *cancel)
{
    DockerRequest ping;
    ping.path = QStringLiteral("/_ping");
    ping.versioned = false;
    ping.timeout = timeout;
    const auto pong = transfer(ping, {}, deadline, cancel, nullptr);
    if (!pong)
        return std::unexpected(pong.error());

    DockerRequest versionRequest;
    versionRequest.path = QStringLiteral("/version");
    versionRequest.versioned = false;
    versionRequest.timeout = timeout;
    const auto answer = transfer(versionRequest, {}, deadline, cancel, nullptr);
    if (!answer)
        return std::unexpected(answer.error());

    DockerVersion version = DockerVersion::fromJson(QJsonDocument::fromJson(answer->body).object());
    if (!version.engineApi.isValid()) {
        // Very old engines answer /version without ApiVersion; /_ping's header is the fallback.
        version.engineApi = DockerApiVersion::parse(QString::fromLatin1(pong->headers.value("api-version")))
                                .value_or(DockerApiVersion{});
    }
    if (!version.engineApi.isValid()) {
        return makeError(Error::Code::ParseFailed, tr("Docker at %1 did not say which API version it speaks").arg(m_endpoint.toString()),
                         QString::fromUtf8(answer->body.left(1024)));
    }
    if (version.engineApi < MinimumApiVersion) {
        return makeError(Error::Code::Unsupported,
                         tr("Docker %1 is too old: it speaks API %2, Lagoon Desktop needs API %3 or newer. Update Docker.")
                             .arg(version.engineVersion, version.engineApi.toString(), MinimumApiVersion.toString()));
    }
    version.negotiated = std::min(version.engineApi, MaximumApiVersion);
    // Docker 29 (API 1.52) no longer speaks anything below 1.44. Refusing would lock out every
    // current Docker; the fields read here exist from 1.25 on and newer versions only add
    // fields, so the engine's oldest version is spoken instead.
    if (version.engineMinimumApi.isValid() && version.engineMinimumApi > version.negotiated)
        version.negotiated = version.engineMinimumApi;

    const std::lock_guard lock(m_versionMutex);
    m_version = version;
    return version;
}

Result<DockerResponse> DockerConnection::send(const DockerRequest &request, const DockerCancelToken *cancel,
                                              const DockerStreamHandler *stream)
{
    std::optional<Clock::time_point> deadline;
    if (request.timeout > 0ms)
        deadline = Clock::now() + request.timeout;

    QString prefix;
    if (request.versioned) {
        std::optional<DockerVersion> known = version();
        if (!known) {
            const std::lock_guard lock(m_negotiateMutex);
            known = version(); // another thread may have negotiated while we waited
            if (!known) {
                const auto limit = request.timeout > 0ms ? request.timeout : NegotiateTimeout;
                auto negotiated = negotiateUntil(deadline.value_or(Clock::now() + limit), limit, cancel);
                if (!negotiated)
                    return std::unexpected(negotiated.error());
                known = *negotiated;
            }
        }
        prefix = QStringLiteral("/v") + known->negotiated.toString();
    }

    auto result = transfer(request, prefix, deadline, cancel, stream);
    if (!result
        && (result.error().code == Error::Code::DaemonUnreachable || result.error().code == Error::Code::ConnectionLost)) {
        // A restarted or replaced engine may speak another version: ask again next time.
        forgetVersion();
    }
    return result;
}

Result<DockerResponse> DockerConnection::transfer(const DockerRequest &request, const QString &prefix,
                                                  std::optional<Clock::time_point> deadline,
                                                  const DockerCancelToken *cancel, const DockerStreamHandler *stream) const
{
    initCurlOnce();
    if (cancel && cancel->isCancelled())
        return std::unexpected(DockerErrors::cancelled());

    long timeoutMs = 0;
    if (deadline) {
        timeoutMs = static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now()).count());
        if (timeoutMs <= 0) {
            return std::unexpected(DockerErrors::transport(CURLE_OPERATION_TIMEDOUT, 0, m_endpoint,
                                                           request.timeout.count(), QStringLiteral("deadline passed")));
        }
    }

    const std::unique_ptr<CURL, EasyDeleter> easy(curl_easy_init());
    const std::unique_ptr<CURLM, MultiDeleter> multi(curl_multi_init());
    if (!easy || !multi)
        return makeError(Error::Code::Internal, tr("Cannot start a request to Docker (libcurl failed to initialise)"));

    QByteArray url = m_endpoint.baseUrl() + QUrl::toPercentEncoding(prefix + request.path, "/");
    if (!request.query.isEmpty())
        url += '?' + encodedQuery(request.query);
    const QByteArray socketPath = m_endpoint.socketPath().toLocal8Bit();

    CURL *h = easy.get();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    if (m_endpoint.kind() == DockerEndpoint::Kind::Unix)
        curl_easy_setopt(h, CURLOPT_UNIX_SOCKET_PATH, socketPath.constData());
    else
        curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
    // Worker threads: no signals for timeouts. No proxy from http_proxy and friends.
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_PROXY, "");
    curl_easy_setopt(h, CURLOPT_USERAGENT, "lagoon-desktop");

    if (request.method == "GET") {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "POST") {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, request.body.constData());
    } else {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.constData());
        if (!request.body.isEmpty()) {
            curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
            curl_easy_setopt(h, CURLOPT_COPYPOSTFIELDS, request.body.constData());
        }
    }

    curl_slist *rawHeaders = curl_slist_append(nullptr, "Expect:");
    if (!request.body.isEmpty() || request.method == "POST")
        rawHeaders = curl_slist_append(rawHeaders, "Content-Type: application/json");
    const std::unique_ptr<curl_slist, SlistDeleter> headers(rawHeaders);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());

    TransferState state;
    state.stream = stream;
    state.cancel = cancel;
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &state);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onData);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &state);

    const long connectMs = static_cast<long>(ConnectTimeout.count());
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, timeoutMs > 0 ? std::min(timeoutMs, connectMs) : connectMs);
    if (timeoutMs > 0)
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, timeoutMs);

    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);

    // The multi interface only to be able to wake the transfer from cancel(); one handle per call.
    curl_multi_add_handle(multi.get(), h);
    if (cancel)
        cancel->attach(multi.get());
    bool cancelled = false;
    int running = 1;
    while (true) {
        if (cancel && cancel->isCancelled()) {
            cancelled = true;
            break;
        }
        if (curl_multi_perform(multi.get(), &running) != CURLM_OK || running == 0)
            break;
        if (curl_multi_poll(multi.get(), nullptr, 0, PollIntervalMs, nullptr) != CURLM_OK)
            break;
    }
    if (cancel)
        cancel->detach(multi.get());

    CURLcode code = cancelled ? CURLE_ABORTED_BY_CALLBACK : CURLE_GOT_NOTHING;
    int left = 0;
    while (CURLMsg *message = curl_multi_info_read(multi.get(), &left)) {
        if (message->msg == CURLMSG_DONE && message->easy_handle == h)
            code = message->data.result;
    }
    long osErrno = 0;
    curl_easy_getinfo(h, CURLINFO_OS_ERRNO, &osErrno);
    curl_multi_remove_handle(multi.get(), h);

    if (cancelled || (cancel && cancel->isCancelled() && code == CURLE_WRITE_ERROR))
        return std::unexpected(DockerErrors::cancelled());
    if (state.tooLarge) {
        return makeError(Error::Code::Internal, tr("Docker's answer to %1 is larger than %2 MB").arg(request.path).arg(MaxBodySize >> 20));
    }
    if (code != CURLE_OK) {
        const QString curlMessage = errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
        return std::unexpected(DockerErrors::transport(code, osErrno, m_endpoint, request.timeout.count(), curlMessage));
    }
    if (!state.response.isSuccess())
        return std::unexpected(DockerErrors::http(state.response.status, state.response.body, request.method, request.path));
    return std::move(state.response);
}

} // namespace Lagoon
