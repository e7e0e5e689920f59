// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace Lagoon::YamlAnchorNames {

/**
 * yaml-cpp reads a ':' as part of an anchor name (YAML 1.2 allows it), libyaml and Go's yaml
 * packages, which Lagoon and docker-compose use, end the name there. So `&name: value` is an
 * anchored empty key to Lagoon, but an anchor called "name:" to yaml-cpp, and a later `*name`
 * fails. This returns the text with such anchors and their aliases renamed so that yaml-cpp reads
 * them as Lagoon does: `&name:` becomes `&nam :` and `*name` becomes `*nam ` (one character
 * shorter plus a space), so every byte offset, line and column stays where it was. Returns the
 * text unchanged when nothing needs it or a renamed anchor would collide with an existing one.
 */
QByteArray asLibyamlReadsThem(const QByteArray &text);

} // namespace Lagoon::YamlAnchorNames
