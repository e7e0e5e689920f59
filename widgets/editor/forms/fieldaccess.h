// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>
#include <optional>

#include "core/util/error.h"
#include "core/yaml/edit/yamleditor.h"
#include "core/yaml/edit/yamlpatch.h"
#include "core/yaml/edit/yamlpath.h"
#include "core/yaml/edit/yamlvalue.h"

#include "widgets/editor/forms/formyaml.h"

namespace Lagoon {

/**
 * How a form field finds its value in the current tree and writes a new one. Most fields sit at
 * a fixed path; some depend on the tree (a route's options live under its domain, which the user
 * may rename) or on how the file is written (compose labels as a map or as `key=value` items),
 * so both directions are functions of the current root.
 */
struct FieldAccess
{
    using PathFunction = std::function<YamlPath(const YamlNode &root)>;
    using Reader = std::function<FormYaml::FieldValue(const YamlNode &root)>;
    /** Makes the patch; no value means "remove what is written". */
    using Writer = std::function<Result<YamlPatch>(const YamlEditor &editor, const YamlNode &root,
                                                   const std::optional<YamlValue> &value)>;

    Reader read;
    Writer write;

    /** The value at a fixed path: set() writes it, remove() takes the entry out. */
    static FieldAccess at(const YamlPath &path);
    /** The value at a path computed from the current tree (an empty path reads nothing). */
    static FieldAccess at(PathFunction path);
};

} // namespace Lagoon
