// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/stack/composetoolcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/stack/composetoolfinder.h"

namespace Lagoon {

namespace {

// Where the docker CLI loads plugins from (cli-plugins/manager: the user's config folder first).
QStringList pluginDirectories(const QProcessEnvironment &environment)
{
    QString config = environment.value(QStringLiteral("DOCKER_CONFIG"));
    if (config.isEmpty())
        config = environment.value(QStringLiteral("HOME")) + QStringLiteral("/.docker");
    return {config + QStringLiteral("/cli-plugins"), QStringLiteral("/usr/local/lib/docker/cli-plugins"),
            QStringLiteral("/usr/local/libexec/docker/cli-plugins"), QStringLiteral("/usr/lib/docker/cli-plugins"),
            QStringLiteral("/usr/libexec/docker/cli-plugins")};
}

void addFile(QCryptographicHash &hash, const QString &path)
{
    const QFileInfo info(path);
    hash.addData(path.toUtf8());
    if (!info.exists()) {
        hash.addData(QByteArrayView("\0absent\n", 8));
        return;
    }
    // Following a symlink: alternatives and Homebrew-style links change their target, not themselves.
    const QFileInfo target(info.canonicalFilePath());
    hash.addData(target.filePath().toUtf8());
    hash.addData(QByteArray::number(target.size()));
    hash.addData(QByteArray::number(target.lastModified().toMSecsSinceEpoch()));
    hash.addData(QByteArrayView("\n", 1));
}

QString kindName(ComposeTool::Kind kind)
{
    return kind == ComposeTool::Kind::Plugin ? QStringLiteral("plugin") : QStringLiteral("standalone");
}

} // namespace

ComposeToolCache::ComposeToolCache(const QString &file)
    : m_file(file.isEmpty() ? defaultFile() : file)
{
}

QString ComposeToolCache::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/lagoon-desktop/compose-tool.json");
}

QString ComposeToolCache::fingerprint(const QProcessEnvironment &environment)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : {QStringLiteral("PATH"), QStringLiteral("HOME"), QStringLiteral("DOCKER_CONFIG")})
        hash.addData((name + QLatin1Char('=') + environment.value(name) + QLatin1Char('\n')).toUtf8());
    for (const QString &program : {QStringLiteral("docker"), QStringLiteral("docker-compose")}) {
        const QString path = ComposeToolFinder::findInPath(program, environment);
        if (path.isEmpty())
            hash.addData((program + QStringLiteral(": none\n")).toUtf8());
        else
            addFile(hash, path);
    }
    for (const QString &directory : pluginDirectories(environment))
        addFile(hash, directory + QStringLiteral("/docker-compose"));
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<ComposeTool> ComposeToolCache::lookup(const QProcessEnvironment &environment) const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject entry = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (entry.value(QLatin1String("fingerprint")).toString() != fingerprint(environment))
        return std::nullopt;
    ComposeTool tool;
    const QString kind = entry.value(QLatin1String("kind")).toString();
    if (kind != kindName(ComposeTool::Kind::Plugin) && kind != kindName(ComposeTool::Kind::Standalone))
        return std::nullopt;
    tool.kind = kind == kindName(ComposeTool::Kind::Plugin) ? ComposeTool::Kind::Plugin : ComposeTool::Kind::Standalone;
    tool.program = entry.value(QLatin1String("program")).toString();
    tool.version = QVersionNumber::fromString(entry.value(QLatin1String("version")).toString());
    if (!tool.isValid() || tool.version.isNull() || !QFileInfo(tool.program).isExecutable())
        return std::nullopt;
    return tool;
}

void ComposeToolCache::store(const QProcessEnvironment &environment, const ComposeTool &tool) const
{
    if (!tool.isValid() || !QDir().mkpath(QFileInfo(m_file).path()))
        return;
    const QJsonObject entry{
        {QStringLiteral("fingerprint"), fingerprint(environment)},
        {QStringLiteral("kind"), kindName(tool.kind)},
        {QStringLiteral("program"), tool.program},
        {QStringLiteral("version"), tool.version.toString()},
    };
    QSaveFile file(m_file);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(entry).toJson());
        file.commit();
    }
}

void ComposeToolCache::clear() const
{
    QFile::remove(m_file);
}

} // namespace Lagoon
