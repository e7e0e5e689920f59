// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/yaml/edit/yamlwriter_p.h"

#include <QRegularExpression>

namespace Lagoon {

namespace {

QByteArray doubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out.toUtf8();
}

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

YamlWriter::YamlWriter(int step, bool indentedSequences, QByteArray lineBreak)
    : m_step(step)
    , m_indentedSequences(indentedSequences)
    , m_lineBreak(std::move(lineBreak))
{
}

bool YamlWriter::isValidPlain(const QString &text, bool flow)
{
    if (text.isEmpty() || hasControl(text))
        return false;
    if (text.front().isSpace() || text.back().isSpace())
        return false;
    const QChar first = text.front();
    static const QString indicators = QStringLiteral("[]{},#&*!|>'\"%@`");
    if (indicators.contains(first))
        return false;
    if ((first == u'-' || first == u'?' || first == u':') && (text.size() == 1 || text.at(1).isSpace()))
        return false;
    if (text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("...")))
        return false;
    if (text.contains(QLatin1String(": ")) || text.endsWith(u':') || text.contains(QLatin1String(" #")))
        return false;
    if (flow) {
        for (const QChar c : text) {
            if (c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}')
                return false;
        }
        if (text.contains(u':'))
            return false;
    }
    return true;
}

bool YamlWriter::isPlainString(const QString &text, bool flow)
{
    if (!isValidPlain(text, flow))
        return false;
    // Everything YAML 1.1 (Lagoon's Go decoder, docker-compose) or 1.2 would read as something else.
    static const QRegularExpression special(QStringLiteral(
        "^(?:~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        "|[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?)"
        "|[-+]?0x[0-9a-fA-F_]+|[-+]?0o?[0-7_]+|[-+]?0b[01_]+|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|<<|=)$"));
    return !special.match(text).hasMatch();
}

QByteArray YamlWriter::indent(int column) const
{
    return QByteArray(qMax(0, column), ' ');
}

bool YamlWriter::fitsLiteral(const QString &text)
{
    // Only what `|` and `|-` reproduce exactly: no leading blank or indented first line (that
    // needs an indentation indicator), at most one final line break, no trailing spaces on the
    // last line, no control characters.
    if (text.isEmpty() || text.front() == u'\n' || text.front() == u' ' || text.endsWith(QLatin1String("\n\n")))
        return false;
    if (hasControl(QString(text).remove(u'\n')))
        return false;
    const QString body = text.endsWith(u'\n') ? text.chopped(1) : text;
    return !body.isEmpty() && !body.back().isSpace();
}

QByteArray YamlWriter::literal(const QString &text, int indentColumn) const
{
    QString body = text;
    QByteArray out = body.endsWith(u'\n') ? QByteArray("|") : QByteArray("|-");
    if (body.endsWith(u'\n'))
        body.chop(1);
    const QStringList lines = body.split(u'\n');
    for (const QString &line : lines) {
        out += m_lineBreak;
        if (!line.isEmpty())
            out += indent(indentColumn) + line.toUtf8();
    }
    return out;
}

QByteArray YamlWriter::scalar(const YamlValue &value, YamlNode::ScalarStyle preferred, int blockIndent, bool flow) const
{
    const QString &text = value.text();
    if (value.type() == YamlValue::Type::Null)
        return {};
    const bool multiLine = text.contains(u'\n');
    // A plain value that is not a string (7, true) is meant as written, whatever the old quotes.
    if (value.type() == YamlValue::Type::Plain && isValidPlain(text, flow) && !isPlainString(text, flow))
        return text.toUtf8();
    if (!flow && m_blockScalars && (preferred == YamlNode::ScalarStyle::Literal || preferred == YamlNode::ScalarStyle::Folded)
        && fitsLiteral(text)) {
        return literal(text, blockIndent);
    }
    if (preferred == YamlNode::ScalarStyle::SingleQuoted && !multiLine && !hasControl(text))
        return '\'' + QString(text).replace(u'\'', QStringLiteral("''")).toUtf8() + '\'';
    if (preferred == YamlNode::ScalarStyle::DoubleQuoted)
        return doubleQuoted(text);
    const bool plainOk = value.type() == YamlValue::Type::Plain ? isValidPlain(text, flow) : isPlainString(text, flow);
    if (plainOk)
        return text.toUtf8();
    if (!flow && m_blockScalars && multiLine && fitsLiteral(text))
        return literal(text, blockIndent);
    return doubleQuoted(text);
}

QByteArray YamlWriter::key(const QString &key, YamlNode::ScalarStyle preferred) const
{
    if (preferred == YamlNode::ScalarStyle::Literal || preferred == YamlNode::ScalarStyle::Folded)
        preferred = YamlNode::ScalarStyle::Plain;
    return scalar(YamlValue::string(key), preferred, 0, false);
}

QByteArray YamlWriter::flow(const YamlValue &value) const
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return "null";
    case YamlValue::Type::String:
    case YamlValue::Type::Plain:
        return scalar(value, YamlNode::ScalarStyle::Plain, 0, true);
    case YamlValue::Type::Sequence: {
        QByteArray out = "[";
        for (qsizetype i = 0; i < value.items().size(); ++i)
            out += (i ? ", " : "") + flow(value.items().at(i));
        return out + ']';
    }
    case YamlValue::Type::Map: {
        QByteArray out = "{";
        for (qsizetype i = 0; i < value.entries().size(); ++i) {
            const auto &[k, v] = value.entries().at(i);
            out += (i ? ", " : "") + scalar(YamlValue::string(k), YamlNode::ScalarStyle::Plain, 0, true) + ": " + flow(v);
        }
        return out + '}';
    }
    }
    return {};
}

QByteArray YamlWriter::afterKey(const YamlValue &value, int keyColumn) const
{
    switch (value.type()) {
    case YamlValue::Type::Null:
        return {};
    case YamlValue::Type::String:
    case YamlValue::Type::Plain:
        return ' ' + scalar(value, YamlNode::ScalarStyle::Plain, keyColumn + m_step, false);
    case YamlValue::Type::Map: {
        if (value.entries().isEmpty())
            return " {}";
        QByteArray out;
        for (const auto &[k, v] : value.entries())
            out += m_lineBreak + entry(k, v, keyColumn + m_step);
        return out;
    }
    case YamlValue::Type::Sequence: {
        if (value.items().isEmpty())
            return " []";
        QByteArray out;
        const int dashColumn = m_indentedSequences ? keyColumn + m_step : keyColumn;
        for (const YamlValue &i : value.items())
            out += m_lineBreak + item(i, dashColumn);
        return out;
    }
    }
    return {};
}

QByteArray YamlWriter::afterDash(const YamlValue &value, int dashColumn) const
{
    const int itemColumn = dashColumn + 2;
    switch (value.type()) {
    case YamlValue::Type::Null:
        return {};
    case YamlValue::Type::String:
    case YamlValue::Type::Plain:
        return ' ' + scalar(value, YamlNode::ScalarStyle::Plain, itemColumn, false);
    case YamlValue::Type::Map: {
        if (value.entries().isEmpty())
            return " {}";
        QByteArray out;
        bool first = true;
        for (const auto &[k, v] : value.entries()) {
            if (first)
                out += ' ' + key(k) + ':' + afterKey(v, itemColumn);
            else
                out += m_lineBreak + entry(k, v, itemColumn);
            first = false;
        }
        return out;
    }
    case YamlValue::Type::Sequence: {
        if (value.items().isEmpty())
            return " []";
        QByteArray out;
        for (const YamlValue &i : value.items())
            out += m_lineBreak + item(i, itemColumn);
        return out;
    }
    }
    return {};
}

QByteArray YamlWriter::entry(const QString &k, const YamlValue &value, int column) const
{
    return indent(column) + key(k) + ':' + afterKey(value, column);
}

QByteArray YamlWriter::item(const YamlValue &value, int dashColumn) const
{
    return indent(dashColumn) + '-' + afterDash(value, dashColumn);
}

QByteArray YamlWriter::root(const YamlValue &value) const
{
    switch (value.type()) {
    case YamlValue::Type::Map: {
        QByteArray out;
        for (const auto &[k, v] : value.entries())
            out += (out.isEmpty() ? QByteArray() : m_lineBreak) + entry(k, v, 0);
        return out.isEmpty() ? QByteArray("{}") : out;
    }
    case YamlValue::Type::Sequence: {
        QByteArray out;
        for (const YamlValue &i : value.items())
            out += (out.isEmpty() ? QByteArray() : m_lineBreak) + item(i, 0);
        return out.isEmpty() ? QByteArray("[]") : out;
    }
    default:
        return scalar(value, YamlNode::ScalarStyle::Plain, m_step, false);
    }
}

} // namespace Lagoon
