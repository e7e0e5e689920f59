// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/edit/yamlpath.h"

namespace Lagoon {

namespace {

bool needsBrackets(const QString &key)
{
    if (key.isEmpty())
        return true;
    for (const QChar c : key) {
        if (c == u'.' || c == u'[' || c == u']' || c == u'"' || c.isSpace())
            return true;
    }
    return false;
}

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

bool isIndex(QStringView text, qsizetype *index)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (ok && index)
        *index = qsizetype(value);
    return ok;
}

// The key a map item is called by, for the "named item" forms of a sequence.
bool itemHasName(const YamlNode &item, const QString &name)
{
    if (item.isScalar())
        return item.scalar() == name;
    if (!item.isMap())
        return false;
    const YamlNode own = item.value(u"name");
    if (own.isScalar())
        return own.scalar() == name;
    const QList<YamlEntry> entries = item.entries();
    if (entries.size() != 1)
        return false;
    const YamlEntry &only = entries.constFirst();
    if (only.key.isScalar() && only.key.scalar() == name)
        return true;
    const YamlNode nested = only.value.value(u"name");
    return nested.isScalar() && nested.scalar() == name;
}

} // namespace

Result<YamlPath> YamlPath::parse(QStringView text)
{
    YamlPath path;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](qsizetype column, const QString &what) -> Result<YamlPath> {
        return makeError(Error::Code::ParseFailed,
                         tr("Invalid path '%1' at column %2: %3").arg(text.toString()).arg(column + 1).arg(what));
    };
    if (n == 0)
        return fail(0, tr("the path is empty"));
    bool expectSegment = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'[') {
            ++i;
            if (i < n && text.at(i) == u'"') {
                QString name;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar q = text.at(i);
                    if (q == u'\\' && i + 1 < n) {
                        name += text.at(i + 1);
                        i += 2;
                        continue;
                    }
                    if (q == u'"') {
                        closed = true;
                        ++i;
                        break;
                    }
                    name += q;
                    ++i;
                }
                if (!closed)
                    return fail(i, tr("a quoted name is not closed"));
                if (i >= n || text.at(i) != u']')
                    return fail(i, tr("expected ']'"));
                ++i;
                path.named(name);
            } else {
                const qsizetype close = text.indexOf(u']', i);
                if (close < 0)
                    return fail(i, tr("expected ']'"));
                const QStringView inner = text.mid(i, close - i);
                if (inner.isEmpty())
                    return fail(i, tr("empty brackets"));
                qsizetype index = 0;
                if (isIndex(inner, &index))
                    path.index(index);
                else
                    path.named(inner.toString());
                i = close + 1;
            }
            expectSegment = false;
            continue;
        }
        if (c == u'.') {
            if (expectSegment)
                return fail(i, tr("a key is missing before '.'"));
            expectSegment = true;
            ++i;
            continue;
        }
        if (!expectSegment)
            return fail(i, tr("expected '.' or '['"));
        qsizetype end = i;
        while (end < n && text.at(end) != u'.' && text.at(end) != u'[') {
            if (text.at(end) == u']')
                return fail(end, tr("unexpected ']'"));
            ++end;
        }
        path.key(text.mid(i, end - i).toString());
        i = end;
        expectSegment = false;
    }
    if (expectSegment)
        return fail(n, tr("the path ends with '.'"));
    return path;
}

YamlPath &YamlPath::key(const QString &key)
{
    m_segments.append({Segment::Kind::Key, key, 0});
    return *this;
}

YamlPath &YamlPath::index(qsizetype index)
{
    m_segments.append({Segment::Kind::Index, {}, index});
    return *this;
}

YamlPath &YamlPath::named(const QString &name)
{
    m_segments.append({Segment::Kind::Name, name, 0});
    return *this;
}

YamlPath YamlPath::child(const QString &key) const
{
    YamlPath copy = *this;
    copy.key(key);
    return copy;
}

YamlPath YamlPath::item(qsizetype index) const
{
    YamlPath copy = *this;
    copy.index(index);
    return copy;
}

YamlPath YamlPath::parentPath() const
{
    YamlPath copy = *this;
    if (!copy.m_segments.isEmpty())
        copy.m_segments.removeLast();
    return copy;
}

QString YamlPath::toString() const
{
    QString out;
    for (const Segment &segment : m_segments) {
        switch (segment.kind) {
        case Segment::Kind::Index:
            out += u'[' + QString::number(segment.index) + u']';
            break;
        case Segment::Kind::Name: {
            qsizetype ignored = 0;
            const bool plain = !needsBrackets(segment.text) && !isIndex(segment.text, &ignored);
            out += u'[' + (plain ? segment.text : quoted(segment.text)) + u']';
            break;
        }
        case Segment::Kind::Key:
            if (needsBrackets(segment.text)) {
                out += u'[' + quoted(segment.text) + u']';
            } else {
                if (!out.isEmpty())
                    out += u'.';
                out += segment.text;
            }
            break;
        }
    }
    return out;
}

qsizetype YamlPath::itemIndex(const YamlNode &sequence, const Segment &segment)
{
    if (!sequence.isSequence())
        return -1;
    const qsizetype size = sequence.size();
    if (segment.kind == Segment::Kind::Index) {
        const qsizetype index = segment.index < 0 ? size + segment.index : segment.index;
        return index >= 0 && index < size ? index : -1;
    }
    for (qsizetype i = 0; i < size; ++i) {
        if (itemHasName(sequence.at(i), segment.text))
            return i;
    }
    return -1;
}

YamlNode YamlPath::resolve(const YamlNode &root) const
{
    YamlNode node = root;
    for (const Segment &segment : m_segments) {
        if (!node.isValid())
            return {};
        if (node.isMap()) {
            if (segment.kind == Segment::Kind::Index)
                return {};
            node = node.value(segment.text);
        } else if (node.isSequence()) {
            if (segment.kind == Segment::Kind::Key)
                return {};
            const qsizetype index = itemIndex(node, segment);
            node = index < 0 ? YamlNode() : node.at(index);
        } else {
            return {};
        }
    }
    return node;
}

} // namespace Lagoon
