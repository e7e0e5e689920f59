// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/fieldaccess.h"

namespace Lagoon {

FieldAccess FieldAccess::at(const YamlPath &path)
{
    return at([path](const YamlNode &) { return path; });
}

FieldAccess FieldAccess::at(PathFunction path)
{
    FieldAccess access;
    access.read = [path](const YamlNode &root) {
        const YamlPath p = path(root);
        return p.isEmpty() ? FormYaml::FieldValue{} : FormYaml::locate(root, p);
    };
    access.write = [path](const YamlEditor &editor, const YamlNode &root,
                          const std::optional<YamlValue> &value) -> Result<YamlPatch> {
        const YamlPath p = path(root);
        if (p.isEmpty())
            return YamlPatch{};
        if (!value) {
            if (!FormYaml::locate(root, p).exists)
                return YamlPatch{};
            return editor.remove(p);
        }
        return editor.set(p, *value);
    };
    return access;
}

} // namespace Lagoon
