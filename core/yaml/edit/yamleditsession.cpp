// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/edit/yamleditsession_p.h"
#include "core/yaml/edit/yamledittree_p.h"

namespace Lagoon {

using Step = YamlEditStep;

using namespace YamlEditTree;



std::optional<Error> YamlEditSession::checkEditable() const
{
    if (!m_document.isValid() || !m_root.isValid()) {
        return Error{Error::Code::ParseFailed,
                     tr("%1 has YAML errors; fix them in the text before editing it here.").arg(m_document.fileName()),
                     {}};
    }
    // Edits are placed by the first document's tree; text after it belongs to the others.
    for (const Diagnostic &d : m_document.diagnostics()) {
        if (d.ruleId == QLatin1String("yaml.multi-document")) {
            return Error{Error::Code::Internal,
                         tr("%1 holds several YAML documents; edit it in the text instead.").arg(m_document.fileName()),
                         {}};
        }
    }
    return std::nullopt;
}

Result<Step> YamlEditSession::locate(const YamlPath &path) const
{
    const Walk w = walk(m_root, path);
    if (w.steps.size() == path.size())
        return w.steps.constLast();
    if (w.throughAlias) {
        return makeError(Error::Code::Internal,
                         tr("'%1' is inside a value written as an alias; edit the anchored value instead.")
                             .arg(path.toString()));
    }
    YamlPath missing;
    for (qsizetype i = 0; i <= w.steps.size(); ++i) {
        const YamlPath::Segment &s = path.segments().at(i);
        if (s.kind == YamlPath::Segment::Kind::Index)
            missing.index(s.index);
        else if (s.kind == YamlPath::Segment::Kind::Name)
            missing.named(s.text);
        else
            missing.key(s.text);
    }
    return makeError(Error::Code::NotFound, tr("'%1' does not exist.").arg(missing.toString()));
}

YamlPatch YamlEditSession::appendLines(qsizetype end, const QByteArray &lines) const
{
    const qsizetype lineEnd = m_layout.endOfTrailing(end);
    const qsizetype next = m_layout.nextLineStart(lineEnd);
    const QByteArray &text = m_layout.text();
    if (next >= text.size() && (text.isEmpty() || !text.endsWith('\n')))
        return YamlPatch{text.size(), 0, m_writer.lineBreak() + lines};
    return YamlPatch{next, 0, lines + m_writer.lineBreak()};
}

qsizetype YamlEditSession::propertiesEndBefore(qsizetype lineStart) const
{
    const QByteArray &text = m_layout.text();
    qsizetype line = lineStart;
    while (line > 0) {
        line = m_layout.lineStart(line - 1);
        const qsizetype first = m_layout.skipSpaces(line);
        if (first < 0 || text.at(first) == '#')
            continue;
        // The line's content without a trailing comment; its last token must be a property.
        qsizetype end = m_layout.lineContentEnd(line);
        const qsizetype comment = text.indexOf(" #", first);
        if (comment >= 0 && comment < end)
            end = comment;
        while (end > first && (text.at(end - 1) == ' ' || text.at(end - 1) == '\t'))
            --end;
        qsizetype tokenStart = end;
        while (tokenStart > first && text.at(tokenStart - 1) != ' ' && text.at(tokenStart - 1) != '\t')
            --tokenStart;
        return tokenStart < end && (text.at(tokenStart) == '&' || text.at(tokenStart) == '!') ? end : -1;
    }
    return -1;
}

YamlPatch YamlEditSession::appendLinesAfter(const YamlNode &node, qsizetype end, const QByteArray &lines) const
{
    const QByteArray &text = m_layout.text();
    const bool keep = (node.style() == YamlNode::ScalarStyle::Literal || node.style() == YamlNode::ScalarStyle::Folded)
        && text.mid(startOf(node), m_layout.lineContentEnd(startOf(node)) - startOf(node)).contains('+');
    if (!keep)
        return appendLines(end, lines);
    // The blank lines after a `|+` / `>+` block are part of its value.
    qsizetype next = m_layout.nextLineStart(end);
    while (next < text.size() && m_layout.skipSpaces(next) < 0 && m_layout.lineContentEnd(next) < text.size())
        next = m_layout.nextLineStart(next);
    if (next >= text.size())
        return appendLines(text.size(), lines);
    return YamlPatch{next, 0, lines + m_writer.lineBreak()};
}

std::optional<std::pair<qsizetype, qsizetype>> YamlEditSession::itemLines(const YamlNode &item) const
{
    const qsizetype dash = m_layout.dashBefore(startOf(item));
    if (dash < 0 || !m_layout.onlySpacesBefore(dash))
        return std::nullopt;
    const qsizetype end = qMax(endOf(item), dash + 1);
    return std::pair{m_layout.lineStart(dash), m_layout.nextLineStart(m_layout.endOfTrailing(end))};
}

QByteArray YamlEditSession::commentOnLine(qsizetype offset) const
{
    const QByteArray &text = m_layout.text();
    const qsizetype end = m_layout.lineContentEnd(offset);
    for (qsizetype i = offset; i < end; ++i) {
        if (text.at(i) == '#' && (i == 0 || text.at(i - 1) == ' ' || text.at(i - 1) == '\t'))
            return text.mid(i, end - i);
    }
    return {};
}

QByteArray YamlEditSession::keepComment(QByteArray rendered, qsizetype from, qsizetype valueStart) const
{
    // `key: # note` followed by a block on the next lines: the note is on the key's line, inside
    // the replaced region; it stays on that line.
    if (m_layout.lineStart(valueStart) == m_layout.lineStart(from))
        return rendered;
    const qsizetype next = m_layout.skipSpaces(from);
    if (next < 0 || m_layout.text().at(next) != '#')
        return rendered;
    const QByteArray comment = commentOnLine(from);
    if (rendered.startsWith(m_writer.lineBreak()) || rendered.isEmpty())
        return ' ' + comment + rendered;
    return rendered + ' ' + comment;
}

Result<YamlPatch> YamlEditSession::replaceRoot(const YamlValue &value) const
{
    const QByteArray &text = m_layout.text();
    if (!m_root.isNull()) {
        const Yaml::Range r = m_root.range();
        return YamlPatch{r.start.offset, r.length(), m_writer.root(value)};
    }
    // An empty document (perhaps only comments): the content goes at its end, before a `...`.
    qsizetype at = text.size();
    for (qsizetype line = 0; line < text.size(); line = m_layout.nextLineStart(line)) {
        const QByteArray content = text.mid(line, m_layout.lineContentEnd(line) - line).trimmed();
        if (content == "..." || content.startsWith("... ")) {
            at = line;
            break;
        }
    }
    QByteArray out;
    if (at > 0 && text.at(at - 1) != '\n')
        out += m_writer.lineBreak();
    out += m_writer.root(value) + m_writer.lineBreak();
    return YamlPatch{at, 0, out};
}

Result<YamlPatch> YamlEditSession::replaceValue(const Step &step, const YamlValue &value) const
{
    const YamlNode &old = step.node;
    const Yaml::Range r = old.range();
    const qsizetype start = r.start.offset;
    const qsizetype end = r.end.offset;

    if (step.container.isFlow()) {
        QByteArray text = m_writer.flow(value);
        if (r.isEmpty()) {
            // `{x: }` has its colon; `{x}` and `{x, y}` do not, and get one.
            qsizetype before = start;
            while (before > 0 && m_layout.text().at(before - 1) == ' ')
                --before;
            const bool hasColon = before > 0 && m_layout.text().at(before - 1) == ':';
            text.prepend(hasColon ? QByteArray(" ") : QByteArray(": "));
        }
        if (bytes(start, end) == text)
            return YamlPatch{start, 0, {}};
        return YamlPatch{start, r.length(), text};
    }

    const bool oldBlockCollection = (old.isMap() || old.isSequence()) && !old.isFlow() && !old.isAlias();
    const bool oldInline = !oldBlockCollection && !r.isEmpty();
    const bool emptyCollection = (value.type() == YamlValue::Type::Map && value.entries().isEmpty())
        || (value.type() == YamlValue::Type::Sequence && value.items().isEmpty());
    const bool newInline = value.isScalar() || emptyCollection || (old.isFlow() && value.isCollection());

    // A block scalar would swallow a comment that follows the value on its line.
    const YamlWriter writer = m_layout.skipSpaces(end) >= 0 && !r.isEmpty() ? m_writer.withoutBlockScalars() : m_writer;
    const int ownerColumn = step.key.isValid() ? m_layout.column(startOf(step.key))
                                               : (step.index >= 0 ? m_layout.column(qMax<qsizetype>(0, m_layout.dashBefore(start))) + 2 - m_writer.step() : 0);

    // Anchors inside the replaced value that aliases elsewhere still use would break the file.
    if (!old.isAlias()) {
        QStringList anchors;
        collectAnchors(old, anchors);
        if (oldInline && !old.anchor().isEmpty())
            anchors.removeOne(old.anchor()); // kept: the patch leaves the node's properties alone
        if (!anchors.isEmpty()) {
            const YamlNode alias = aliasOutside(m_root, anchors, start, end);
            if (alias.isValid()) {
                return makeError(Error::Code::Internal,
                                 tr("The value defines the anchor '&%1', which line %2 still uses; edit it in the text instead.")
                                     .arg(alias.anchor())
                                     .arg(alias.range().start.line));
            }
        }
    }

    if (oldInline && newInline && value.type() != YamlValue::Type::Null) {
        if (old.isScalar() && value.isScalar() && old.scalar() == value.text()
            && (value.type() == YamlValue::Type::Plain || old.style() != YamlNode::ScalarStyle::Plain
                || YamlWriter::isPlainString(old.scalar(), false))) {
            return YamlPatch{start, 0, {}};
        }
        const qsizetype headerLine = m_layout.lineStart(start);
        const qsizetype headerIndent = m_layout.skipSpaces(headerLine) < 0 ? 0 : m_layout.skipSpaces(headerLine) - headerLine;
        int blockIndent = int(qMax<qsizetype>(ownerColumn, headerIndent)) + writer.step();
        if (old.style() == YamlNode::ScalarStyle::Literal || old.style() == YamlNode::ScalarStyle::Folded) {
            const qsizetype contentLine = m_layout.nextLineStart(start);
            qsizetype i = contentLine;
            while (i < m_layout.size() && m_layout.text().at(i) == ' ')
                ++i;
            if (i > contentLine)
                blockIndent = int(i - contentLine);
        }
        QByteArray text = old.isFlow() || value.isCollection()
            ? writer.flow(value)
            : writer.scalar(value, old.isScalar() ? old.style() : YamlNode::ScalarStyle::Plain, blockIndent, false);
        // A block scalar's header line may carry a comment; it stays with the new value.
        if (old.style() == YamlNode::ScalarStyle::Literal || old.style() == YamlNode::ScalarStyle::Folded) {
            const QByteArray comment = commentOnLine(start);
            if (!comment.isEmpty()) {
                const qsizetype firstBreak = text.indexOf(m_writer.lineBreak());
                if (firstBreak >= 0)
                    text.insert(firstBreak, ' ' + comment);
                else
                    text += ' ' + comment;
            }
        }
        return YamlPatch{start, r.length(), text};
    }

    if ((!old.anchor().isEmpty() || !old.tag().isEmpty()) && !old.isAlias()) {
        return makeError(Error::Code::Internal,
                         tr("The value has an anchor or a tag; edit it in the text instead."));
    }
    if (step.key.isValid()) {
        const qsizetype colon = m_layout.colonAfter(endOf(step.key));
        if (colon < 0)
            return makeError(Error::Code::Internal, tr("Could not find the ':' after the key."));
        const qsizetype regionEnd = qMax(colon, end);
        // `key: # note` with nothing else: a new block goes below the note.
        if (r.isEmpty() && !commentOnLine(colon).isEmpty() && m_layout.skipSpaces(colon) >= 0
            && m_layout.text().at(m_layout.skipSpaces(colon)) == '#') {
            const QByteArray rendered = writer.afterKey(value, m_layout.column(startOf(step.key)));
            if (rendered.startsWith(m_writer.lineBreak()))
                return YamlPatch{m_layout.lineContentEnd(colon), 0, rendered};
        }
        const QByteArray text = keepComment(writer.afterKey(value, m_layout.column(startOf(step.key))), colon, start);
        if (bytes(colon, regionEnd) == text)
            return YamlPatch{colon, 0, {}};
        return YamlPatch{colon, regionEnd - colon, text};
    }
    if (step.index >= 0) {
        const qsizetype dash = m_layout.dashBefore(start);
        if (dash < 0)
            return makeError(Error::Code::Internal, tr("Could not find the '-' of the list item."));
        const qsizetype regionEnd = qMax(dash + 1, end);
        const QByteArray text = keepComment(writer.afterDash(value, m_layout.column(dash)), dash + 1, start);
        if (bytes(dash + 1, regionEnd) == text)
            return YamlPatch{dash + 1, 0, {}};
        return YamlPatch{dash + 1, regionEnd - dash - 1, text};
    }
    return replaceRoot(value);
}

Result<YamlPatch> YamlEditSession::insertEntry(const YamlNode &map, const QString &key, const YamlValue &value) const
{
    const QList<YamlEntry> entries = map.entries();
    if (map.isFlow()) {
        const QByteArray entry = m_writer.scalar(YamlValue::string(key), YamlNode::ScalarStyle::Plain, 0, true) + ": "
            + m_writer.flow(value);
        if (entries.isEmpty())
            return YamlPatch{startOf(map) + 1, 0, entry};
        const YamlEntry &last = entries.constLast();
        return YamlPatch{qMax(endOf(last.key), endOf(last.value)), 0, ", " + entry};
    }
    if (entries.isEmpty())
        return makeError(Error::Code::Internal, tr("The map is empty."));
    const int column = m_layout.column(m_layout.propertiesStart(startOf(entries.constFirst().key)));
    const YamlEntry &last = entries.constLast();
    return appendLinesAfter(last.value, qMax(endOf(last.key), endOf(last.value)), m_writer.entry(key, value, column));
}

Result<YamlPatch> YamlEditSession::insertItem(const YamlNode &sequence, qsizetype index, const YamlValue &item) const
{
    const qsizetype n = sequence.size();
    index = qBound<qsizetype>(0, index, n);
    if (sequence.isFlow()) {
        const QByteArray text = m_writer.flow(item);
        if (n == 0)
            return YamlPatch{startOf(sequence) + 1, 0, text};
        if (index >= n)
            return YamlPatch{endOf(sequence.at(n - 1)), 0, ", " + text};
        return YamlPatch{m_layout.propertiesStart(startOf(sequence.at(index))), 0, text + ", "};
    }
    if (n == 0)
        return makeError(Error::Code::Internal, tr("The list is empty."));
    const qsizetype firstDash = m_layout.dashBefore(startOf(sequence.at(0)));
    if (firstDash < 0)
        return makeError(Error::Code::Internal, tr("Could not find the '-' of the list item."));
    const int dashColumn = m_layout.column(firstDash);
    const QByteArray text = m_writer.item(item, dashColumn);
    if (index < n) {
        const auto lines = itemLines(sequence.at(index));
        if (!lines)
            return makeError(Error::Code::Internal, tr("List items that share a line cannot be edited here."));
        return YamlPatch{lines->first, 0, text + m_writer.lineBreak()};
    }
    const YamlNode last = sequence.at(n - 1);
    return appendLinesAfter(last, qMax(endOf(last), m_layout.dashBefore(startOf(last)) + 1), text);
}

Result<YamlPatch> YamlEditSession::set(const YamlPath &path, const YamlValue &value) const
{
    if (path.isEmpty())
        return replaceRoot(value);
    const Walk w = walk(m_root, path);
    if (w.steps.size() == path.size())
        return replaceValue(w.steps.constLast(), value);
    if (w.throughAlias) {
        return makeError(Error::Code::Internal,
                         tr("'%1' is inside a value written as an alias; edit the anchored value instead.")
                             .arg(path.toString()));
    }
    const qsizetype matched = w.steps.size();
    const YamlNode parent = matched == 0 ? m_root : w.steps.constLast().node;
    const QList<YamlPath::Segment> &segments = path.segments();

    // The missing part of the path becomes nested maps (or one-item lists) around the value.
    YamlValue wrapped = value;
    for (qsizetype i = segments.size() - 1; i > matched; --i) {
        const YamlPath::Segment &s = segments.at(i);
        if (s.kind == YamlPath::Segment::Kind::Index) {
            if (s.index != 0 && s.index != -1)
                return unsupported(path, tr("item %1 of a list that does not exist yet").arg(s.index));
            wrapped = YamlValue::sequence({wrapped});
        } else {
            wrapped = YamlValue::map({{s.text, wrapped}});
        }
    }
    const YamlPath::Segment &first = segments.at(matched);
    if (parent.isAlias())
        return unsupported(path, tr("it is inside a value written as an alias"));
    if (parent.isMap()) {
        if (first.kind == YamlPath::Segment::Kind::Index)
            return unsupported(path, tr("a map has no item %1").arg(first.index));
        return insertEntry(parent, first.text, wrapped);
    }
    if (parent.isSequence()) {
        if (first.kind == YamlPath::Segment::Kind::Index && (first.index == parent.size() || (first.index == -1 && parent.size() == 0)))
            return insertItem(parent, parent.size(), wrapped);
        return makeError(Error::Code::NotFound, tr("'%1' does not exist.").arg(path.toString()));
    }
    if (parent.isNull()) {
        YamlValue created;
        if (first.kind == YamlPath::Segment::Kind::Index) {
            if (first.index != 0 && first.index != -1)
                return unsupported(path, tr("item %1 of a list that does not exist yet").arg(first.index));
            created = YamlValue::sequence({wrapped});
        } else {
            created = YamlValue::map({{first.text, wrapped}});
        }
        if (matched == 0)
            return replaceRoot(created);
        return replaceValue(w.steps.constLast(), created);
    }
    return unsupported(path, tr("'%1' is a single value, not a map or a list").arg(path.parentPath().toString()));
}

Result<YamlPatch> YamlEditSession::removeFlow(const Step &step) const
{
    const YamlNode &container = step.container;
    // Comments inside a flow collection belong to the entries around them; cutting between
    // entries would move them. The text view is the place for that edit.
    const QByteArray inside = bytes(startOf(container), endOf(container));
    if (inside.contains('\n') && inside.contains('#')) {
        return makeError(Error::Code::Internal,
                         tr("The entry is inside a [ ] or { } written over several lines with comments; edit it in the text instead."));
    }
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype self = -1;
    if (container.isMap()) {
        const QList<YamlEntry> entries = container.entries();
        for (const YamlEntry &e : entries) {
            if (e.key == step.key)
                self = spans.size();
            spans.append({startOf(e.key), qMax(endOf(e.key), endOf(e.value))});
        }
    } else {
        for (qsizetype i = 0; i < container.size(); ++i)
            spans.append({m_layout.propertiesStart(startOf(container.at(i))), endOf(container.at(i))});
        self = step.index;
    }
    if (self < 0)
        return makeError(Error::Code::Internal, tr("Could not find the entry."));
    const qsizetype n = spans.size();
    if (n == 1)
        return YamlPatch{spans[0].first, spans[0].second - spans[0].first, {}};
    if (self < n - 1)
        return YamlPatch{spans[self].first, spans[self + 1].first - spans[self].first, {}};
    return YamlPatch{spans[self - 1].second, spans[self].second - spans[self - 1].second, {}};
}

Result<YamlPatch> YamlEditSession::remove(const YamlPath &path) const
{
    if (path.isEmpty())
        return unsupported(path, tr("the whole document cannot be removed"));
    const Result<Step> located = locate(path);
    if (!located)
        return std::unexpected(located.error());
    const Step &step = *located;
    // Removing an anchored value that an alias still uses would break the file.
    QStringList anchors;
    collectAnchors(step.node, anchors);
    if (step.key.isValid())
        collectAnchors(step.key, anchors);
    if (!anchors.isEmpty()) {
        const YamlNode alias = aliasOutside(m_root, anchors, startOf(step.key.isValid() ? step.key : step.node), endOf(step.node));
        if (alias.isValid()) {
            return makeError(Error::Code::Internal,
                             tr("'%1' defines the anchor '&%2', which line %3 still uses; remove that alias first.")
                                 .arg(path.toString(), alias.anchor())
                                 .arg(alias.range().start.line));
        }
    }
    if (step.container.isFlow())
        return removeFlow(step);

    qsizetype start = 0;
    qsizetype end = 0;
    if (step.key.isValid()) {
        const qsizetype keyStart = startOf(step.key);
        const qsizetype valueEnd = qMax(endOf(step.key), endOf(step.node));
        if (!m_layout.onlySpacesBefore(keyStart)) {
            // The first key of a compact list item (`- name: x`): the item keeps its dash.
            const QList<YamlEntry> entries = step.container.entries();
            if (entries.size() > 1 && entries.constFirst().key == step.key) {
                const qsizetype nextKey = startOf(entries.at(1).key);
                const qsizetype lineEnd = m_layout.endOfTrailing(valueEnd);
                // Comment lines before the next key stay: the dash keeps its own line then.
                if (bytes(lineEnd, nextKey).contains('#')) {
                    qsizetype from = keyStart;
                    while (from > 0 && m_layout.text().at(from - 1) == ' ')
                        --from;
                    return YamlPatch{from, lineEnd - from, {}};
                }
                return YamlPatch{keyStart, nextKey - keyStart, {}};
            }
            if (entries.size() == 1) {
                const qsizetype stop = m_layout.endOfTrailing(valueEnd);
                return YamlPatch{keyStart, stop - keyStart, "{}"};
            }
            return unsupported(path, tr("its key shares a line with other text"));
        }
        start = m_layout.lineStart(keyStart);
        end = m_layout.nextLineStart(m_layout.endOfTrailing(valueEnd));
    } else {
        const auto lines = itemLines(step.node);
        if (!lines)
            return unsupported(path, tr("list items that share a line cannot be edited here"));
        start = lines->first;
        end = lines->second;
    }

    // Removing the last entry would leave `key:` (null); write an empty collection instead, and
    // keep whatever follows the colon (a comment) where it was.
    const bool last = step.container.size() == 1;
    const YamlNode owner = step.container.parent();
    if (last && owner.isMap() && !owner.isFlow()) {
        YamlNode ownerKey;
        const QList<YamlEntry> entries = owner.entries();
        for (const YamlEntry &e : entries) {
            if (e.value == step.container)
                ownerKey = e.key;
        }
        qsizetype at = ownerKey.isValid() ? m_layout.colonAfter(endOf(ownerKey)) : -1;
        if (at >= 0 && at <= start) {
            // After the collection's own `&anchor` / `!tag`, which may sit on the line in between.
            if (!step.container.anchor().isEmpty() || !step.container.tag().isEmpty())
                at = qMax(at, propertiesEndBefore(start));
            const QByteArray empty = step.container.isMap() ? " {}" : " []";
            return YamlPatch{at, end - at, empty + bytes(at, start)};
        }
    }
    return YamlPatch{start, end - start, {}};
}

Result<YamlPatch> YamlEditSession::insert(const YamlPath &path, qsizetype index, const YamlValue &item) const
{
    const Walk w = walk(m_root, path);
    if (w.steps.size() != path.size() || (path.isEmpty() && !m_root.isSequence())) {
        if (path.isEmpty() || (!w.throughAlias && (index == 0 || index == -1)))
            return set(path, YamlValue::sequence({item}));
        return std::unexpected(locate(path).error());
    }
    const YamlNode node = path.isEmpty() ? m_root : w.steps.constLast().node;
    if (node.isAlias())
        return unsupported(path, tr("it is written as an alias"));
    if (node.isNull())
        return replaceValue(w.steps.constLast(), YamlValue::sequence({item}));
    if (!node.isSequence())
        return unsupported(path, tr("it is not a list"));
    return insertItem(node, index < 0 ? node.size() : index, item);
}

Result<YamlPatch> YamlEditSession::move(const YamlPath &path, qsizetype from, qsizetype to) const
{
    const Result<Step> located = path.isEmpty() ? Result<Step>(Step{{}, {}, m_root, -1}) : locate(path);
    if (!located)
        return std::unexpected(located.error());
    const YamlNode sequence = located->node;
    if (!sequence.isSequence() || sequence.isAlias())
        return unsupported(path, tr("it is not a list"));
    const qsizetype n = sequence.size();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return makeError(Error::Code::NotFound, tr("'%1' has no item %2.").arg(path.toString()).arg(from < 0 || from >= n ? from : to));
    if (from == to)
        return YamlPatch{startOf(sequence), 0, {}};

    QList<std::pair<qsizetype, qsizetype>> spans;
    for (qsizetype i = 0; i < n; ++i) {
        if (sequence.isFlow()) {
            spans.append({m_layout.propertiesStart(startOf(sequence.at(i))), endOf(sequence.at(i))});
        } else {
            const auto lines = itemLines(sequence.at(i));
            if (!lines)
                return unsupported(path, tr("list items that share a line cannot be moved"));
            spans.append(*lines);
        }
    }
    const qsizetype lo = qMin(from, to);
    const qsizetype hi = qMax(from, to);
    QList<QByteArray> items;
    for (qsizetype i = lo; i <= hi; ++i)
        items.append(bytes(spans[i].first, spans[i].second));
    // A last line without a line break gets one while it moves, and the result loses it again.
    const bool openEnd = !sequence.isFlow() && spans[hi].second == m_layout.size() && !m_layout.text().endsWith('\n');
    if (openEnd)
        items.last() += m_writer.lineBreak();
    items.move(from - lo, to - lo);
    QByteArray out;
    for (qsizetype i = lo; i <= hi; ++i) {
        out += items.at(i - lo);
        if (i < hi)
            out += bytes(spans[i].second, spans[i + 1].first);
    }
    if (openEnd)
        out.chop(m_writer.lineBreak().size());
    return YamlPatch{spans[lo].first, spans[hi].second - spans[lo].first, out};
}

Result<YamlPatch> YamlEditSession::renameKey(const YamlPath &path, const QString &newKey) const
{
    const Result<Step> located = locate(path);
    if (!located)
        return std::unexpected(located.error());
    if (!located->key.isValid())
        return unsupported(path, tr("it is a list item, not a map entry"));
    const YamlNode &key = located->key;
    if (key.scalar() == newKey)
        return YamlPatch{startOf(key), 0, {}};
    const QList<YamlEntry> entries = located->container.entries();
    for (const YamlEntry &e : entries) {
        if (e.key.isScalar() && e.key.scalar() == newKey)
            return makeError(Error::Code::Internal, tr("'%1' already exists.").arg(path.parentPath().child(newKey).toString()));
    }
    const bool flow = located->container.isFlow();
    const QByteArray text = flow ? m_writer.scalar(YamlValue::string(newKey), key.style(), 0, true) : m_writer.key(newKey, key.style());
    return YamlPatch{startOf(key), key.range().length(), text};
}


} // namespace Lagoon
