// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/rollout/logexport.h"

#include <algorithm>

#include <QSaveFile>
#include <QStringList>

#include "core/rollout/ansiline.h"
#include "core/rollout/logstore.h"

namespace Lagoon::LogExport {

QString plainText(const LogStore &store, qsizetype first, qsizetype last)
{
    QStringList lines;
    lines.reserve(std::max<qsizetype>(0, last - first + 1));
    for (qsizetype line = first; line <= last; ++line)
        lines.append(store.plainText(line));
    return lines.join(QLatin1Char('\n'));
}

bool save(const LogStore *store, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const qsizetype count = store ? store->lineCount() : 0;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    for (qsizetype i = 0; i < count; ++i) {
        const QByteArrayView raw = store->line(i);
        // Most lines hold no escapes: their bytes are already their text.
        if (!AnsiLine::needsDecoding(raw))
            buffer.append(raw);
        else
            buffer.append(store->plainText(i).toUtf8());
        buffer.append('\n');
        if (buffer.size() >= (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Lagoon::LogExport
