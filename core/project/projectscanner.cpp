// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/projectscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/project/toplevelreader.h"

namespace Lagoon {

namespace {

const QString LagoonYmlName = QStringLiteral(".lagoon.yml");
const QString OverrideName = QStringLiteral(".lagoon.override.yml");
const QString DefaultComposeName = QStringLiteral("docker-compose.yml");

ProjectFile describe(const QDir &root, ProjectFile::Role role, const QString &relativePath, bool required)
{
    const QFileInfo info(root.filePath(relativePath));
    ProjectFile file;
    file.role = role;
    file.relativePath = QDir::cleanPath(relativePath);
    file.exists = info.isFile();
    file.required = required;
    file.size = file.exists ? info.size() : 0;
    return file;
}

Diagnostic problem(Diagnostic::Severity severity, const QString &ruleId, const QString &file, const QString &message,
                   const QString &hint = {}, int line = 0, int column = 0)
{
    Diagnostic d;
    d.severity = severity;
    d.ruleId = ruleId;
    d.file = file;
    d.message = message;
    d.hint = hint;
    d.line = line;
    d.column = column;
    d.endLine = line;
    d.endColumn = column;
    return d;
}

// Reads the compose file name from .lagoon.yml; reports why it fell back to the default.
QString composeNameFrom(const QString &lagoonYmlPath, ProjectFiles &result)
{
    TopLevelReader reader(lagoonYmlPath);
    if (auto loaded = reader.load(); !loaded) {
        result.problems.append(problem(Diagnostic::Severity::Error, QStringLiteral("project.lagoon-yml-unreadable"),
                                       LagoonYmlName, loaded.error().message,
                                       ProjectScanner::tr("Fix the file; the compose file is assumed to be docker-compose.yml until then."),
                                       reader.errorLine(), reader.errorColumn()));
        return {};
    }
    const auto name = reader.scalar(QStringLiteral("docker-compose-yaml"));
    if (!name) {
        result.problems.append(problem(Diagnostic::Severity::Error, QStringLiteral("project.compose-name-invalid"),
                                       LagoonYmlName,
                                       ProjectScanner::tr("docker-compose-yaml in .lagoon.yml must be a file name"),
                                       ProjectScanner::tr("Write for example: docker-compose-yaml: docker-compose.yml")));
        return {};
    }
    if (!name->has_value() || name->value().trimmed().isEmpty()) {
        // Lagoon's build has no default here: it stops with this exact message.
        result.problems.append(problem(Diagnostic::Severity::Error, QStringLiteral("project.compose-not-named"),
                                       LagoonYmlName,
                                       ProjectScanner::tr("docker-compose file referenced in .lagoon.yml not found"),
                                       ProjectScanner::tr(".lagoon.yml has no docker-compose-yaml key; add "
                                          "\"docker-compose-yaml: docker-compose.yml\". Shown here: the default file.")));
        return {};
    }
    return name->value().trimmed();
}

void readProjectName(const QString &composePath, const QString &composeRelative, ProjectFiles &result)
{
    TopLevelReader reader(composePath);
    if (auto loaded = reader.load(); !loaded) {
        result.problems.append(problem(Diagnostic::Severity::Error, QStringLiteral("project.compose-unreadable"),
                                       composeRelative, loaded.error().message, {}, reader.errorLine(),
                                       reader.errorColumn()));
        return;
    }
    if (const auto name = reader.scalar(QStringLiteral("x-lagoon-project")); name && name->has_value())
        result.projectName = name->value();
}

} // namespace

Result<ProjectFiles> ProjectScanner::scan(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        return makeError(Error::Code::NotFound, ProjectScanner::tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
    }
    if (!info.isDir()) {
        return makeError(Error::Code::NotADirectory,
                         ProjectScanner::tr("%1 is a file; open the folder that holds .lagoon.yml").arg(QDir::toNativeSeparators(folder)));
    }
    const QDir root(info.canonicalFilePath());
    if (!root.isReadable()) {
        return makeError(Error::Code::PermissionDenied,
                         ProjectScanner::tr("No permission to read the folder %1").arg(QDir::toNativeSeparators(root.path())));
    }

    ProjectFiles result;
    result.root = root.path();

    const ProjectFile lagoonYml = describe(root, ProjectFile::Role::LagoonYml, LagoonYmlName, true);
    result.files.append(lagoonYml);

    QString composeName;
    if (lagoonYml.exists) {
        composeName = composeNameFrom(root.filePath(LagoonYmlName), result);
    } else {
        result.problems.append(problem(Diagnostic::Severity::Error, QStringLiteral("project.lagoon-yml-missing"),
                                       LagoonYmlName, ProjectScanner::tr("This folder has no .lagoon.yml, so Lagoon cannot deploy it"),
                                       ProjectScanner::tr("Open the root of the project's git repository, or create a .lagoon.yml.")));
    }
    result.composeSource = composeName.isEmpty() ? QStringLiteral("default") : QStringLiteral("docker-compose-yaml");
    if (composeName.isEmpty())
        composeName = DefaultComposeName;

    const ProjectFile compose = describe(root, ProjectFile::Role::Compose, composeName, true);
    result.files.append(compose);
    if (compose.exists) {
        readProjectName(root.filePath(compose.relativePath), compose.relativePath, result);
    } else if (lagoonYml.exists) {
        result.problems.append(problem(Diagnostic::Severity::Error, QStringLiteral("project.compose-missing"),
                                       compose.relativePath,
                                       ProjectScanner::tr("docker-compose file referenced in .lagoon.yml not found"),
                                       ProjectScanner::tr("%1 does not exist in the project folder.").arg(compose.relativePath)));
    } else {
        result.problems.append(problem(Diagnostic::Severity::Error, QStringLiteral("project.compose-missing"),
                                       compose.relativePath, ProjectScanner::tr("This folder has no %1").arg(compose.relativePath)));
    }

    const ProjectFile override = describe(root, ProjectFile::Role::LagoonOverride, OverrideName, false);
    if (override.exists)
        result.files.append(override);

    const QStringList envFiles =
        root.entryList({QStringLiteral(".lagoon.env"), QStringLiteral(".lagoon.env.*")},
                       QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : envFiles)
        result.files.append(describe(root, ProjectFile::Role::LagoonEnv, name, false));

    return result;
}

} // namespace Lagoon
