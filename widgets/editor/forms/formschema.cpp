// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/forms/formschema.h"

#include <QCoreApplication>

#include "core/lagoon/config/lagoonymlschema.h"

namespace Lagoon::FormSchema {

namespace {

/** Steps over lists, route entries and maps of any key until a node with fixed keys. */
const SchemaNode *fixedKeys(const SchemaNode *node)
{
    while (node && node->kind != SchemaNode::Kind::Map && node->items)
        node = node->items;
    return node;
}

} // namespace

const SchemaNode *node(const QStringList &keys)
{
    const SchemaNode *current = &LagoonYmlSchema::root();
    for (const QString &key : keys) {
        current = fixedKeys(current);
        if (!current)
            return nullptr;
        const SchemaNode::Field *field = current->field(key);
        if (!field)
            return nullptr;
        current = field->node;
    }
    return current;
}

QString toolTip(const QStringList &keys)
{
    const SchemaNode *n = node(keys);
    if (!n)
        return {};
    QString tip = n->translatedDescription();
    if (!n->defaultValue.isEmpty())
        tip +=
            QLatin1Char(' ') + QCoreApplication::translate("Lagoon::FormSchema", "Default: %1.").arg(n->defaultValue);
    return tip;
}

QString defaultValue(const QStringList &keys)
{
    const SchemaNode *n = node(keys);
    return n ? n->defaultValue : QString();
}

} // namespace Lagoon::FormSchema
