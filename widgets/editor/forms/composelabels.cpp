// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/composelabels.h"

#include "widgets/editor/forms/formyaml.h"

namespace Lagoon::ComposeLabels {

namespace {

/** The index of the `label=value` (or bare `label`) item of a label list, or -1. */
qsizetype listIndex(const YamlNode &labels, const QString &label)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString item = labels.at(i).scalar();
        if (item == label || item.startsWith(label + QLatin1Char('=')))
            return i;
    }
    return -1;
}

/** Whether labels written from scratch should be a list: true when other services write them so. */
bool fileUsesLists(const YamlNode &root)
{
    const YamlNode services = root.value(u"services");
    if (!services.isMap())
        return false;
    for (const YamlEntry &entry : services.entries()) {
        const YamlNode labels = entry.value.value(u"labels");
        if (labels.isMap())
            return false;
        if (labels.isSequence())
            return true;
    }
    return false;
}

} // namespace

YamlPath servicePath(const QString &service)
{
    return YamlPath().key(QStringLiteral("services")).key(service);
}

FieldAccess access(const QString &service, const QString &label)
{
    const YamlPath labelsPath = servicePath(service).child(QStringLiteral("labels"));
    FieldAccess result;
    result.read = [labelsPath, label](const YamlNode &root) {
        const FormYaml::FieldValue labels = FormYaml::locate(root, labelsPath);
        if (labels.node.isSequence()) {
            const qsizetype i = listIndex(labels.node, label);
            if (i < 0)
                return FormYaml::FieldValue{};
            FormYaml::FieldValue value = FormYaml::locate(root, labelsPath.item(i));
            const QString item = value.node.scalar();
            value.text = item.size() > label.size() ? item.mid(label.size() + 1) : QString();
            return value;
        }
        return FormYaml::locate(root, labelsPath.child(label));
    };
    result.write = [labelsPath, label](const YamlEditor &editor, const YamlNode &root,
                                       const std::optional<YamlValue> &value) -> Result<YamlPatch> {
        const YamlNode labels = FormYaml::locate(root, labelsPath).node;
        const bool list = labels.isSequence() || (!labels.isValid() && fileUsesLists(root));
        if (list) {
            const qsizetype i = labels.isSequence() ? listIndex(labels, label) : -1;
            const YamlValue item = value ? YamlValue::plain(label + QLatin1Char('=') + value->text()) : YamlValue();
            if (i >= 0)
                return value ? editor.set(labelsPath.item(i), item) : editor.remove(labelsPath.item(i));
            return value ? editor.append(labelsPath, item) : Result<YamlPatch>(YamlPatch{});
        }
        if (!value)
            return FormYaml::locate(root, labelsPath.child(label)).exists ? editor.remove(labelsPath.child(label))
                                                                          : Result<YamlPatch>(YamlPatch{});
        return editor.set(labelsPath.child(label), *value);
    };
    return result;
}

} // namespace Lagoon::ComposeLabels
