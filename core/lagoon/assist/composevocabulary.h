// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lagoon {

/** A docker-compose key or label the editor knows, with what it means for Lagoon. */
struct ComposeTerm
{
    /** What may follow the key, for value completion. */
    enum class Values
    {
        None,
        ServiceType,
        Service,
        Bool,
        DbaasEnvironment,
        Size,
        PersistentVolumeType
    };

    QString key;             ///< as shown: "lagoon.type", "lagoon.volumes.<volume>.path"
    QString insertText;      ///< what completion writes for the key (without ": ")
    QString description;     ///< translated
    bool collection = false; ///< the value is a mapping or a list
    bool deprecated = false; ///< Lagoon no longer reads it (never offered, still explained)
    Values values = Values::None;
};

/**
 * The docker-compose.yml vocabulary for completion and hover: top-level, service, build and
 * volume keys (common Compose keys, and whether Lagoon reads them) and the `lagoon.*` labels
 * Lagoon's build reads (lagoon-rules.md §5.3, §5.4).
 */
class ComposeVocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::ComposeVocabulary)

public:
    enum class Scope
    {
        Root,
        Service,
        Build,
        Volume,
        ServiceLabels,
        VolumeLabels
    };

    /** The terms to offer in `scope`, in a sensible order (deprecated ones left out). */
    static QList<ComposeTerm> terms(Scope scope);
    /** The term `key` means in `scope` (patterns such as lagoon.volumes.<v>.path included). */
    static std::optional<ComposeTerm> find(Scope scope, const QString &key);
};

} // namespace Lagoon
