// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/recoverystore.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Lagoon {

namespace {

// An entry is the original path on the first line, the hex hash of the file the edits were made
// against on the second, then the text: one file, written atomically.
constexpr char Separator = '\n';

std::optional<RecoveredText> readEntry(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = f.readAll();
    const qsizetype first = data.indexOf(Separator);
    const qsizetype second = first < 0 ? -1 : data.indexOf(Separator, first + 1);
    if (first <= 0 || second < 0)
        return std::nullopt;
    return RecoveredText{QString::fromUtf8(data.left(first)), data.mid(second + 1), QFileInfo(path).lastModified(),
                         QByteArray::fromHex(data.mid(first + 1, second - first - 1))};
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery")
                   : folder)
{
}

QString RecoveryStore::entryPath(const QString &filePath) const
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(filePath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return m_folder + QLatin1Char('/') + QString::fromLatin1(key.toHex()) + QStringLiteral(".recovery");
}

bool RecoveryStore::store(const QString &filePath, const QByteArray &text, const QByteArray &baseHash) const
{
    if (!QDir().mkpath(m_folder))
        return false;
    QSaveFile f(entryPath(filePath));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QFileInfo(filePath).absoluteFilePath().toUtf8() + Separator);
    f.write(baseHash.toHex() + Separator);
    f.write(text);
    return f.commit();
}

void RecoveryStore::discard(const QString &filePath) const
{
    QFile::remove(entryPath(filePath));
}

std::optional<RecoveredText> RecoveryStore::find(const QString &filePath) const
{
    return readEntry(entryPath(filePath));
}

QList<RecoveredText> RecoveryStore::all() const
{
    QList<RecoveredText> out;
    const QFileInfoList entries = QDir(m_folder).entryInfoList({QStringLiteral("*.recovery")}, QDir::Files);
    for (const QFileInfo &info : entries) {
        if (auto entry = readEntry(info.absoluteFilePath()))
            out.append(*entry);
    }
    std::sort(out.begin(), out.end(), [](const RecoveredText &a, const RecoveredText &b) { return a.savedAt > b.savedAt; });
    return out;
}

} // namespace Lagoon
