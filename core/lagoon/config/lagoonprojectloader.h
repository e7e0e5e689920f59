// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "core/diagnostics/diagnostic.h"
#include "core/lagoon/config/composeproject.h"
#include "core/lagoon/config/lagoonconfig.h"
#include "core/yaml/yamldocument.h"

namespace Lagoon {

/** How to read a project, mirroring the inputs of Lagoon's build. */
struct LoadOptions
{
    QString lagoonYml = QStringLiteral(".lagoon.yml");        ///< relative to the root
    QString overrideFile = QStringLiteral(".lagoon.override.yml"); ///< merged when it exists
    QString yamlOverrideBase64;  ///< the LAGOON_YAML_OVERRIDE build variable, if any
    QString projectName;         ///< selects a polysite block when the file has one
    /**
     * Texts to read instead of the files on disk, by path relative to the root: the editor's
     * unsaved buffers, so what the user sees is what gets validated.
     */
    QHash<QString, QByteArray> contents;
    /**
     * Texts already parsed, by the same relative paths; used before `contents` and the disk. The
     * editor keeps the parse of a file that did not change since the last validation, so a
     * keystroke in one file does not re-parse the other.
     */
    QHash<QString, YamlDocument> parsed;
};

/** A project's Lagoon files read into the model, with every problem found while reading. */
struct LoadedProject
{
    QString root;
    QString lagoonYmlFile;  ///< as given in LoadOptions, relative to root
    bool lagoonYmlLoaded = false;
    QStringList polysiteProjects;  ///< top-level keys of .lagoon.yml that are polysite project blocks
    LagoonConfig config;
    ComposeProject compose;
    bool composeLoaded = false;
    Diagnostics diagnostics;  ///< syntax, types, unknown keys, duplicate keys (files relative to root)
};

/**
 * Reads `.lagoon.yml` (with `.lagoon.override.yml`, LAGOON_YAML_OVERRIDE and polysite blocks
 * merged as Lagoon does) and the compose file it names into LagoonConfig and ComposeProject.
 * Never throws; unreadable input becomes diagnostics. Safe on worker threads.
 */
class LagoonProjectLoader final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::LagoonProjectLoader)

public:
    static LoadedProject load(const QString &root, const LoadOptions &options = {});
};

} // namespace Lagoon
