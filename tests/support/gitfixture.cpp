// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "tests/support/gitfixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace Lagoon::Test {

GitFixture::GitFixture()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("HOME"), m_dir.path());
    m_env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    m_env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Ada Lagoon"));
    m_env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("ada@example.com"));
    m_env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Ada Lagoon"));
    m_env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("ada@example.com"));
}

QString GitFixture::path(const QString &relative) const
{
    return relative.isEmpty() ? m_dir.path() : QDir(m_dir.path()).filePath(relative);
}

QString GitFixture::git(const QString &workdir, const QStringList &arguments, bool *ok) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setWorkingDirectory(path(workdir));
    process.start(QStringLiteral("git"), arguments);
    const bool finished = process.waitForFinished(30000);
    const bool success = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!success) {
        qWarning("git %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    }
    if (ok)
        *ok = success;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool GitFixture::write(const QString &relative, const QByteArray &content) const
{
    const QString file = path(relative);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

bool GitFixture::init(const QString &workdir) const
{
    QDir().mkpath(path(workdir));
    bool ok = false;
    git(workdir, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}, &ok);
    return ok;
}

bool GitFixture::commit(const QString &workdir, const QString &file, const QByteArray &content,
                        const QString &message) const
{
    if (!write(QDir(workdir).filePath(file), content))
        return false;
    bool ok = false;
    git(workdir, {QStringLiteral("add"), file}, &ok);
    if (!ok)
        return false;
    git(workdir, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, &ok);
    return ok;
}

} // namespace Lagoon::Test
