// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/deploy/gitcredentialhelper.h"

#include <QProcess>
#include <QStringList>

namespace Lagoon {

using namespace Qt::StringLiterals;

namespace {

constexpr int HelperTimeoutMs = 30000;

QByteArray describe(const QUrl &url, const GitCredentialHelper::Credentials *credentials)
{
    QByteArray input = "protocol=" + url.scheme().toUtf8() + "\nhost=" + url.host().toUtf8();
    if (url.port() > 0)
        input += ':' + QByteArray::number(url.port());
    input += "\npath=" + url.path().mid(1).toUtf8() + '\n';
    if (!url.userName().isEmpty() && !credentials)
        input += "username=" + url.userName().toUtf8() + '\n';
    if (credentials)
        input += "username=" + credentials->username.toUtf8() + "\npassword=" + credentials->password.toUtf8() + '\n';
    return input + '\n';
}

QByteArray runGit(const QString &repository, const QString &action, const QByteArray &input, bool *ok)
{
    QProcess git;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    // An askpass program would open a dialog of git's own; the app asks nothing.
    environment.remove(u"GIT_ASKPASS"_s);
    environment.remove(u"SSH_ASKPASS"_s);
    git.setProcessEnvironment(environment);
    git.setWorkingDirectory(repository);
    git.start(u"git"_s, {u"credential"_s, action});
    if (!git.waitForStarted()) {
        *ok = false;
        return {};
    }
    git.write(input);
    git.closeWriteChannel();
    *ok = git.waitForFinished(HelperTimeoutMs) && git.exitStatus() == QProcess::NormalExit && git.exitCode() == 0;
    if (git.state() != QProcess::NotRunning)
        git.kill();
    return git.readAllStandardOutput();
}

} // namespace

std::optional<GitCredentialHelper::Credentials> GitCredentialHelper::fill(const QString &repository, const QUrl &url)
{
    bool ok = false;
    const QByteArray answer = runGit(repository, u"fill"_s, describe(url, nullptr), &ok);
    if (!ok)
        return std::nullopt;
    Credentials credentials;
    for (const QByteArray &line : answer.split('\n')) {
        if (line.startsWith("username="))
            credentials.username = QString::fromUtf8(line.mid(9));
        else if (line.startsWith("password="))
            credentials.password = QString::fromUtf8(line.mid(9));
    }
    if (credentials.password.isEmpty())
        return std::nullopt;
    return credentials;
}

void GitCredentialHelper::approve(const QString &repository, const QUrl &url, const Credentials &credentials)
{
    bool ok = false;
    runGit(repository, u"approve"_s, describe(url, &credentials), &ok);
}

void GitCredentialHelper::reject(const QString &repository, const QUrl &url, const Credentials &credentials)
{
    bool ok = false;
    runGit(repository, u"reject"_s, describe(url, &credentials), &ok);
}

} // namespace Lagoon
