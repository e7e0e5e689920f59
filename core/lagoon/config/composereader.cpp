// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/composereader.h"

#include <QDir>
#include <QFileInfo>

#include "core/lagoon/config/diagnosticbuilder.h"
#include "core/lagoon/config/yamlvalues.h"

namespace Lagoon {

namespace {

using namespace YamlValues;

QList<KeyValue> labels(const YamlNode &node)
{
    QList<KeyValue> list;
    if (node.isMap()) {
        for (const YamlEntry &entry : node.mergedEntries())
            list.append(KeyValue{entry.key.scalar(), text(entry.value), span(entry.key)});
    } else if (node.isSequence()) {
        // The list form: "lagoon.type=cli".
        for (qsizetype i = 0; i < node.size(); ++i) {
            const QString item = text(node.at(i));
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            list.append(KeyValue{eq < 0 ? item : item.left(eq), eq < 0 ? QString() : item.mid(eq + 1), span(node.at(i))});
        }
    }
    return list;
}

// Lagoon's loader (compose-go) refuses keys that are not text, e.g. an empty key or `~:`.
void checkKeys(const YamlNode &node, const QString &path, DiagnosticBuilder &out, int depth = 0)
{
    if (depth > 64)
        return;
    if (node.isMap()) {
        for (const YamlEntry &entry : node.entries()) {
            if (isNullValue(entry.key) && !entry.key.isMergeKey()) {
                out.warning(QStringLiteral("compose.non-string-key"), span(entry.key),
                            ComposeReader::tr("Non-string key in %1: <nil>").arg(path),
                            ComposeReader::tr("Lagoon's strict compose check fails on this and the build records a "
                                              "warning; give the key a name or remove it."));
                continue;
            }
            if (!entry.value.isAlias())
                checkKeys(entry.value, path.isEmpty() ? entry.key.scalar() : path + QLatin1Char('.') + entry.key.scalar(),
                          out, depth + 1);
        }
    } else if (node.isSequence()) {
        for (qsizetype i = 0; i < node.size(); ++i) {
            if (!node.at(i).isAlias())
                checkKeys(node.at(i), path, out, depth + 1);
        }
    }
}

void checkEnvFiles(const YamlNode &service, const QString &serviceName, const QString &root, DiagnosticBuilder &out)
{
    const YamlNode envFile = member(service, QStringLiteral("env_file"));
    QList<YamlNode> files;
    if (envFile.isScalar())
        files.append(envFile);
    for (qsizetype i = 0; envFile.isSequence() && i < envFile.size(); ++i)
        files.append(envFile.at(i).isMap() ? member(envFile.at(i), QStringLiteral("path")) : envFile.at(i));
    for (const YamlNode &file : files) {
        const QString path = text(file);
        if (!path.isEmpty() && !QFileInfo(QDir(root).filePath(path)).exists()) {
            out.warning(QStringLiteral("compose.env-file-missing"), span(file),
                        ComposeReader::tr("env_file %1 of service %2: open %3: no such file or directory")
                            .arg(path, serviceName, QDir(root).filePath(path)),
                        ComposeReader::tr("an env_file is defined in your docker-compose file, but no matching file found."));
        }
    }
}

// compose-go reads `depends_on` as a list of names or as a map of name → {condition, ...}.
QList<KeyValue> dependencies(const YamlNode &node)
{
    QList<KeyValue> list;
    if (node.isSequence()) {
        for (qsizetype i = 0; i < node.size(); ++i)
            list.append(KeyValue{text(node.at(i)), QString(), span(node.at(i))});
    } else if (node.isMap()) {
        for (const YamlEntry &entry : node.mergedEntries())
            list.append(KeyValue{entry.key.scalar(), text(member(entry.value, QStringLiteral("condition"))),
                                 span(entry.key)});
    }
    return list;
}

bool startsWithDriveLetter(const QString &path)
{
    return path.size() >= 3 && path.at(0).isLetter() && path.at(1) == QLatin1Char(':') &&
           (path.at(2) == QLatin1Char('/') || path.at(2) == QLatin1Char('\\'));
}

// compose-go's rule: a source that looks like a path (., /, ~ or a drive letter) is a bind mount.
bool isHostPath(const QString &source)
{
    return source.startsWith(QLatin1Char('.')) || source.startsWith(QLatin1Char('/')) ||
           source.startsWith(QLatin1Char('~')) || startsWithDriveLetter(source);
}

QList<ComposeVolumeMount> volumeMounts(const YamlNode &node)
{
    QList<ComposeVolumeMount> list;
    for (qsizetype i = 0; node.isSequence() && i < node.size(); ++i) {
        const YamlNode item = node.at(i);
        ComposeVolumeMount mount;
        mount.span = span(item);
        if (item.isMap()) {
            mount.source = text(member(item, QStringLiteral("source")));
            mount.target = text(member(item, QStringLiteral("target")));
            const QString type = text(member(item, QStringLiteral("type")));
            mount.namedVolume = !mount.source.isEmpty() &&
                                (type == QLatin1String("volume") || (type.isEmpty() && !isHostPath(mount.source)));
        } else {
            QString spec = text(item);
            // A Windows drive letter is part of the source, not a separator.
            QString drive;
            if (startsWithDriveLetter(spec)) {
                drive = spec.left(2);
                spec = spec.mid(2);
            }
            const QStringList parts = spec.split(QLatin1Char(':'));
            if (parts.size() == 1 && drive.isEmpty()) {
                mount.target = parts.constFirst();  // an anonymous volume
            } else {
                mount.source = drive + parts.constFirst();
                mount.target = parts.value(1);
            }
            mount.namedVolume = !mount.source.isEmpty() && !isHostPath(mount.source);
        }
        list.append(mount);
    }
    return list;
}

} // namespace

ComposeProject ComposeReader::read(const YamlNode &document, const QString &root, const QString &file,
                                   Diagnostics &diagnostics)
{
    DiagnosticBuilder out(diagnostics, file);
    ComposeProject project;
    if (!document.isMap()) {
        if (document.isValid() && !isNullValue(document))
            out.error(QStringLiteral("compose.not-a-mapping"), span(document),
                      tr("A compose file must be a mapping with a services key"));
        return project;
    }
    checkKeys(document, QString(), out);
    project.projectName = text(member(document, QStringLiteral("x-lagoon-project")));

    const YamlNode services = member(document, QStringLiteral("services"));
    if (services.isValid() && !services.isMap() && !isNullValue(services)) {
        out.error(QStringLiteral("compose.services-not-a-mapping"), span(services),
                  tr("services must be a mapping of service names to their settings"));
    }
    for (const YamlEntry &entry : services.isMap() ? services.mergedEntries() : QList<YamlEntry>()) {
        ComposeService s;
        s.name = entry.key.scalar();
        s.span = span(entry.key);
        const YamlNode body = entry.value;
        if (!body.isMap()) {
            if (!isNullValue(body))
                out.error(QStringLiteral("compose.service-not-a-mapping"), span(body),
                          tr("The service %1 must be a mapping").arg(s.name));
            project.services.append(s);
            continue;
        }
        s.labels = labels(member(body, QStringLiteral("labels")));
        const YamlNode image = member(body, QStringLiteral("image"));
        s.image = text(image);
        s.imageSpan = span(image);
        if (const YamlNode build = member(body, QStringLiteral("build")); build.isValid() && !isNullValue(build)) {
            s.hasBuild = true;
            s.buildSpan = span(build);
            if (build.isMap()) {
                s.buildContext = text(member(build, QStringLiteral("context")));
                s.dockerfile = text(member(build, QStringLiteral("dockerfile")));
            } else {
                s.buildContext = text(build);
            }
            if (s.buildContext.isEmpty())
                s.buildContext = QStringLiteral(".");
            if (s.dockerfile.isEmpty())
                s.dockerfile = QStringLiteral("Dockerfile");
        }
        const YamlNode ports = member(body, QStringLiteral("ports"));
        for (qsizetype i = 0; ports.isSequence() && i < ports.size(); ++i) {
            const YamlNode port = ports.at(i);
            s.ports << (port.isMap() ? text(member(port, QStringLiteral("target"))) : text(port));
        }
        s.dependsOn = dependencies(member(body, QStringLiteral("depends_on")));
        s.volumeMounts = volumeMounts(member(body, QStringLiteral("volumes")));
        checkEnvFiles(body, s.name, root, out);
        project.services.append(s);
    }

    const YamlNode volumes = member(document, QStringLiteral("volumes"));
    for (const YamlEntry &entry : volumes.isMap() ? volumes.mergedEntries() : QList<YamlEntry>()) {
        ComposeVolume v;
        v.name = entry.key.scalar();
        v.span = span(entry.key);
        v.labels = labels(member(entry.value, QStringLiteral("labels")));
        project.volumes.append(v);
    }
    return project;
}

} // namespace Lagoon
