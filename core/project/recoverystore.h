// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lagoon {

/** Unsaved text kept for one file, found after a crash. */
struct RecoveredText
{
    QString filePath;  ///< the file the text belongs to (absolute)
    QByteArray text;   ///< the editor's text as the YAML layer sees it (UTF-8, "\n")
    QDateTime savedAt; ///< when it was written to the recovery folder
    QByteArray baseHash; ///< SHA-256 of the file on disk the edits were made against (empty: none)
};

/**
 * Keeps copies of unsaved editor texts in a folder of their own (by default
 * `<AppLocalDataLocation>/recovery`), so edits survive a crash: the editor writes a copy a moment
 * after each change and removes it when the file is saved or the edits are discarded; what is
 * still there on the next start was lost by a crash and is offered back. Writes are atomic.
 */
class RecoveryStore final
{
public:
    /** `folder` empty: the application's local data folder. */
    explicit RecoveryStore(const QString &folder = {});

    QString folder() const { return m_folder; }

    /**
     * Stores (replaces) the unsaved text of `filePath`, made against the file whose SHA-256 is
     * `baseHash`. Returns false if it could not be written.
     */
    bool store(const QString &filePath, const QByteArray &text, const QByteArray &baseHash = {}) const;
    void discard(const QString &filePath) const;
    /** The text stored for `filePath`, if any. */
    std::optional<RecoveredText> find(const QString &filePath) const;
    /** Everything stored, newest first. */
    QList<RecoveredText> all() const;

private:
    QString entryPath(const QString &filePath) const;

    QString m_folder;
};

} // namespace Lagoon
