// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QList>

namespace Lagoon {

/** The entries of `array` that Item::fromJson() takes (it returns an optional), in order. */
template <typename Item> QList<Item> listFromJson(const QJsonArray &array)
{
    QList<Item> list;
    for (const QJsonValue &value : array) {
        if (auto item = Item::fromJson(value.toObject()))
            list << *item;
    }
    return list;
}

/** `items` as JSON, for listFromJson() to read back. */
template <typename Item> QJsonArray listToJson(const QList<Item> &items)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(item.toJson());
    return array;
}

} // namespace Lagoon
