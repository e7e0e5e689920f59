// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/lagoonprojectloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/lagoon/config/composereader.h"
#include "core/lagoon/config/diagnosticbuilder.h"
#include "core/lagoon/config/lagoonymlreader.h"
#include "core/lagoon/config/lagoonymlschema.h"
#include "core/lagoon/config/yamlvalues.h"
#include "core/yaml/yamldocument.h"

namespace Lagoon {

namespace {

const QString YamlOverrideVariable = QStringLiteral("LAGOON_YAML_OVERRIDE");

// Top-level keys that hold a polysite project's block: not in the schema, a mapping, and
// shaped like a .lagoon.yml (environments or tasks inside).
QStringList polysiteKeys(const YamlNode &root)
{
    QStringList keys;
    if (!root.isMap())
        return keys;
    for (const YamlEntry &entry : root.entries()) {
        if (LagoonYmlSchema::root().field(entry.key.scalar()) || !entry.value.isMap())
            continue;
        if (entry.value.value(u"environments").isValid() || entry.value.value(u"tasks").isValid() ||
            entry.value.value(u"routes").isValid())
            keys << entry.key.scalar();
    }
    return keys;
}

// Decodes one .lagoon.yml-shaped document, with the polysite block of `project` applied over it.
LagoonConfig decode(const YamlNode &root, const QString &file, const QString &project, Diagnostics &out)
{
    const QStringList polysite = polysiteKeys(root);
    LagoonYmlReader::checkSchema(root, file, out, polysite);
    LagoonConfig top;
    LagoonYmlReader::apply(root, top);
    if (project.isEmpty() || !polysite.contains(project))
        return top;
    const YamlNode block = root.value(project);
    LagoonYmlReader::checkSchema(block, file, out);
    LagoonConfig merged = top;
    LagoonYmlReader::apply(block, merged);
    LagoonYmlReader::mergePolysiteCronjobs(merged, top);
    return merged;
}

bool hasFile(const QDir &dir, const QString &file, const LoadOptions &options)
{
    const QString key = QDir::cleanPath(file);
    return options.parsed.contains(key) || options.contents.contains(key) || QFileInfo(dir.filePath(file)).isFile();
}

std::optional<YamlDocument> readYaml(const QString &path, const QString &file, Diagnostics &out,
                                     const LoadOptions &options)
{
    if (const auto parsed = options.parsed.constFind(QDir::cleanPath(file)); parsed != options.parsed.cend()) {
        out.append(parsed->diagnostics());
        return *parsed;
    }
    if (const auto unsaved = options.contents.constFind(QDir::cleanPath(file)); unsaved != options.contents.cend()) {
        YamlDocument doc = YamlDocument::parse(*unsaved, file);
        out.append(doc.diagnostics());
        return doc;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        DiagnosticBuilder(out, file).error(QStringLiteral("lagoon.file-unreadable"), {},
                                           LagoonProjectLoader::tr("Cannot read %1: %2").arg(file, f.errorString()));
        return std::nullopt;
    }
    YamlDocument doc = YamlDocument::parse(f.readAll(), file);
    out.append(doc.diagnostics());
    return doc;
}

} // namespace

LoadedProject LagoonProjectLoader::load(const QString &root, const LoadOptions &options)
{
    LoadedProject project;
    project.root = QDir::cleanPath(root);
    project.lagoonYmlFile = options.lagoonYml;
    const QDir dir(project.root);
    DiagnosticBuilder lagoonOut(project.diagnostics, options.lagoonYml);

    if (!hasFile(dir, options.lagoonYml, options)) {
        lagoonOut.error(QStringLiteral("lagoon.file-missing"), {},
                        tr("There is no %1 in this folder, so Lagoon cannot deploy it").arg(options.lagoonYml));
        return project;
    }
    const auto doc = readYaml(dir.filePath(options.lagoonYml), options.lagoonYml, project.diagnostics, options);
    if (!doc || !doc->root().isValid())
        return project;
    project.polysiteProjects = polysiteKeys(doc->root());
    project.config = decode(doc->root(), options.lagoonYml, options.projectName, project.diagnostics);
    project.lagoonYmlLoaded = true;

    // Only tasks are merged from overrides, as in Lagoon's build.
    if (!options.overrideFile.isEmpty() && hasFile(dir, options.overrideFile, options)) {
        const auto override = readYaml(dir.filePath(options.overrideFile), options.overrideFile, project.diagnostics, options);
        if (override && override->root().isValid()) {
            const LagoonConfig extra =
                decode(override->root(), options.overrideFile, options.projectName, project.diagnostics);
            LagoonYmlReader::mergeTasks(project.config, extra);
        }
    }
    if (!options.yamlOverrideBase64.isEmpty()) {
        DiagnosticBuilder envOut(project.diagnostics, YamlOverrideVariable);
        const auto decoded = QByteArray::fromBase64Encoding(options.yamlOverrideBase64.trimmed().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            envOut.error(QStringLiteral("lagoon.yaml-override-not-base64"), {},
                         tr("unable to decode LAGOON_YAML_OVERRIDE - is it base64 encoded?"));
        } else {
            const YamlDocument envDoc = YamlDocument::parse(*decoded, YamlOverrideVariable);
            if (!envDoc.isValid() || !envDoc.root().isMap()) {
                QString reason = tr("not a mapping");
                for (const Diagnostic &d : envDoc.diagnostics()) {
                    if (d.severity == Diagnostic::Severity::Error)
                        reason = d.message;
                }
                envOut.error(QStringLiteral("lagoon.yaml-override-invalid"), {},
                             tr("unable to unmarshal env var LAGOON_YAML_OVERRIDE: %1").arg(reason));
            } else {
                const LagoonConfig extra =
                    decode(envDoc.root(), YamlOverrideVariable, options.projectName, project.diagnostics);
                LagoonYmlReader::mergeTasks(project.config, extra);
            }
        }
    }

    const QString compose = project.config.composeFile;
    if (compose.isEmpty()) {
        lagoonOut.error(QStringLiteral("lagoon.compose-not-named"), {},
                        tr("docker-compose file referenced in .lagoon.yml not found"),
                        tr("Add \"docker-compose-yaml: docker-compose.yml\" at the top of %1.").arg(options.lagoonYml));
        return project;
    }
    if (!hasFile(dir, compose, options)) {
        lagoonOut.error(QStringLiteral("lagoon.compose-missing"), project.config.composeFileSpan,
                        tr("docker-compose file referenced in .lagoon.yml not found"),
                        tr("%1 does not exist (the path is relative to the repository root).").arg(compose));
        return project;
    }
    const auto composeDoc = readYaml(dir.filePath(compose), compose, project.diagnostics, options);
    if (!composeDoc || !composeDoc->root().isValid())
        return project;
    project.compose = ComposeReader::read(composeDoc->root(), project.root, compose, project.diagnostics);
    project.composeLoaded = true;
    return project;
}

} // namespace Lagoon
