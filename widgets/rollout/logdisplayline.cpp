// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/logdisplayline.h"

#include <algorithm>

namespace Lagoon {

qsizetype LogDisplayLine::column(qsizetype index) const
{
    if (m_columns.isEmpty())
        return std::min(index, text.size());
    return m_columns.at(std::clamp(index, qsizetype(0), m_columns.size() - 1));
}

LogDisplayLine LogDisplayLine::fromBytes(QByteArrayView bytes)
{
    LogDisplayLine line;
    // Most build-log lines carry no escapes: skip building spans for them.
    if (!AnsiLine::needsDecoding(bytes)) {
        line.text = QString::fromUtf8(bytes);
    } else {
        AnsiLine decoded = AnsiLine::decode(bytes);
        line.text = std::move(decoded.text);
        line.spans = std::move(decoded.spans);
    }
    bool hasTab = false;
    for (QChar &c : line.text) {
        if (c == QLatin1Char('\t'))
            hasTab = true;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    if (!hasTab)
        return line;

    const QString plain = line.text;
    QString expanded;
    expanded.reserve(plain.size() + 16);
    line.m_columns.reserve(plain.size() + 1);
    for (const QChar c : plain) {
        line.m_columns.append(expanded.size());
        if (c == QLatin1Char('\t'))
            expanded.append(QString(TabWidth - expanded.size() % TabWidth, QLatin1Char(' ')));
        else
            expanded.append(c);
    }
    line.m_columns.append(expanded.size());
    line.text = std::move(expanded);
    for (AnsiLine::Span &span : line.spans) {
        const qsizetype start = line.column(span.start);
        span.length = line.column(span.start + span.length) - start;
        span.start = start;
    }
    return line;
}

} // namespace Lagoon
