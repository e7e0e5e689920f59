// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>

namespace Lagoon::YamlAnchorNames {

/**
 * yaml-cpp reads a ':' as part of an anchor name (YAML 1.2 allows it), libyaml and Go's yaml
 * packages, which Lagoon and docker-compose use, end the name there. So `&name: value` is an
 * anchored empty key to Lagoon, but an anchor called "name:" to yaml-cpp, and a later `*name`
 * fails. This returns the text with such anchors and their aliases renamed so that yaml-cpp reads
 * them as Lagoon does: `&name:` becomes `&nam :` and `*name` becomes `*nam ` (one character
 * shorter plus a space), so every byte offset, line and column stays where it was. Returns the
 * text unchanged when nothing needs it or a renamed anchor would collide with an existing one.
 * `properties` are the offsets of the `&` and `*` that start a property or an alias (see
 * YamlSourceScanner::PreScan): the same characters inside quotes, comments or plain scalars
 * (`"run &job: now"`, `key &x: v`) are text and stay as they are.
 */
QByteArray asLibyamlReadsThem(const QByteArray &text, const QList<qsizetype> &properties);

} // namespace Lagoon::YamlAnchorNames
