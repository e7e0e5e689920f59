// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/lagoon/config/composeproject.h"
#include "core/lagoon/config/lagoonconfig.h"

#include <algorithm>

namespace Lagoon {

const EnvironmentConfig *LagoonConfig::environment(const QString &name) const
{
    const auto it = std::find_if(environments.cbegin(), environments.cend(),
                                 [&name](const EnvironmentConfig &e) { return e.name == name; });
    return it == environments.cend() ? nullptr : &*it;
}

const KeyValue *ComposeService::labelEntry(const QString &key) const
{
    const auto it = std::find_if(labels.cbegin(), labels.cend(), [&key](const KeyValue &kv) { return kv.key == key; });
    return it == labels.cend() ? nullptr : &*it;
}

QString ComposeService::label(const QString &key, const QString &fallback) const
{
    const KeyValue *entry = labelEntry(key);
    return entry ? entry->value : fallback;
}

bool ComposeService::hasLabel(const QString &key) const
{
    return labelEntry(key) != nullptr;
}

QString ComposeVolume::label(const QString &key, const QString &fallback) const
{
    const auto it = std::find_if(labels.cbegin(), labels.cend(), [&key](const KeyValue &kv) { return kv.key == key; });
    return it == labels.cend() ? fallback : it->value;
}

const ComposeService *ComposeProject::service(const QString &name) const
{
    const auto it = std::find_if(services.cbegin(), services.cend(),
                                 [&name](const ComposeService &s) { return s.name == name; });
    return it == services.cend() ? nullptr : &*it;
}

} // namespace Lagoon
