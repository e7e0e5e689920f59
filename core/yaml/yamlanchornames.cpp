// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/yamlanchornames_p.h"

#include <QSet>

namespace Lagoon::YamlAnchorNames {

namespace {

// libyaml's anchor characters.
bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool isBlankOrEnd(const QByteArray &text, qsizetype i)
{
    return i >= text.size() || text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\n' || text.at(i) == '\r';
}

// An indicator (& or *) only starts a property where a token may start.
bool startsToken(const QByteArray &text, qsizetype i)
{
    if (i == 0)
        return true;
    const char before = text.at(i - 1);
    return before == ' ' || before == '\t' || before == '\n' || before == '[' || before == '{' || before == ',';
}

QByteArray nameAt(const QByteArray &text, qsizetype start)
{
    qsizetype end = start;
    while (end < text.size() && isNameChar(text.at(end)))
        ++end;
    return text.mid(start, end - start);
}

} // namespace

QByteArray asLibyamlReadsThem(const QByteArray &text, const QList<qsizetype> &properties)
{
    if (!text.contains(':') || !text.contains('&'))
        return text;
    QSet<QByteArray> colonAnchors;
    QSet<QByteArray> allAnchors;
    for (const qsizetype i : properties) {
        if (text.at(i) != '&' || !startsToken(text, i))
            continue;
        const QByteArray name = nameAt(text, i + 1);
        if (name.isEmpty())
            continue;
        allAnchors.insert(name);
        const qsizetype after = i + 1 + name.size();
        if (name.size() > 1 && after < text.size() && text.at(after) == ':' && isBlankOrEnd(text, after + 1))
            colonAnchors.insert(name);
    }
    if (colonAnchors.isEmpty())
        return text;
    for (const QByteArray &name : std::as_const(colonAnchors)) {
        if (allAnchors.contains(name.left(name.size() - 1)))
            return text;  // the shorter name is taken: leave the file to yaml-cpp as it is
    }

    QByteArray out = text;
    for (const qsizetype i : properties) {
        const char c = out.at(i);
        if ((c != '&' && c != '*') || !startsToken(text, i))
            continue;
        const QByteArray name = nameAt(text, i + 1);
        if (!colonAnchors.contains(name))
            continue;
        const qsizetype after = i + 1 + name.size();
        // Only the anchors that end in ':' are renamed; aliases always are.
        if (c == '&' && !(after < text.size() && text.at(after) == ':'))
            continue;
        if (c == '*' && after < text.size() && isNameChar(text.at(after)))
            continue;
        out[after - 1] = ' ';
    }
    return out;
}

} // namespace Lagoon::YamlAnchorNames
