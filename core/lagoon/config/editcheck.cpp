// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/editcheck.h"

#include <QDir>
#include <QFileInfo>

#include "core/lagoon/config/lagoonprojectloader.h"
#include "core/lagoon/config/lagoonvalidator.h"
#include "core/yaml/yamldocument.h"

namespace Lagoon {

namespace {

/** The file's own problems with `text` in place of it; nullopt when the project does not read it. */
std::optional<Diagnostics> problems(const QString &root, const QString &relative, const QByteArray &text)
{
    LoadOptions options;
    options.contents.insert(relative, text);
    const LoadedProject project = LagoonProjectLoader::load(root, options);
    const bool read = relative == QDir::cleanPath(options.lagoonYml) || relative == QDir::cleanPath(options.overrideFile)
        || (project.lagoonYmlLoaded && relative == QDir::cleanPath(project.config.composeFile));
    if (!read)
        return std::nullopt;
    Diagnostics own;
    for (const Diagnostic &d : LagoonValidator::validate(project)) {
        if (QDir::cleanPath(d.file) == relative)
            own.append(d);
    }
    return own;
}

Diagnostics newErrors(const Diagnostics &before, const Diagnostics &after)
{
    // Positions move with an edit; a problem is "the same" when its rule and message are.
    QList<std::pair<QString, QString>> known;
    for (const Diagnostic &d : before)
        known.append({d.ruleId, d.message});
    Diagnostics introduced;
    for (const Diagnostic &d : after) {
        if (d.severity != Diagnostic::Severity::Error)
            continue;
        const qsizetype i = known.indexOf(std::pair{d.ruleId, d.message});
        if (i >= 0)
            known.removeAt(i);
        else
            introduced.append(d);
    }
    return introduced;
}

} // namespace

QString EditCheck::projectRoot(const QString &filePath)
{
    QDir dir = QFileInfo(filePath).absoluteDir();
    for (;;) {
        if (QFileInfo(dir.filePath(QStringLiteral(".lagoon.yml"))).isFile())
            return dir.absolutePath();
        if (!dir.cdUp())
            return {};
    }
}

EditCheckResult EditCheck::check(const QString &filePath, const QByteArray &before, const QByteArray &after)
{
    EditCheckResult result;
    result.projectRoot = projectRoot(filePath);
    if (!result.projectRoot.isEmpty()) {
        result.relativePath = QDir::cleanPath(QDir(result.projectRoot).relativeFilePath(QFileInfo(filePath).absoluteFilePath()));
        const auto was = problems(result.projectRoot, result.relativePath, before);
        const auto now = problems(result.projectRoot, result.relativePath, after);
        if (was && now) {
            result.after = *now;
            result.introduced = newErrors(*was, *now);
            return result;
        }
    }
    if (result.relativePath.isEmpty())
        result.relativePath = QFileInfo(filePath).fileName();
    result.after = YamlDocument::parse(after, result.relativePath).diagnostics();
    result.introduced = newErrors(YamlDocument::parse(before, result.relativePath).diagnostics(), result.after);
    return result;
}

} // namespace Lagoon
