// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

#include "core/util/error.h"
#include "core/yaml/edit/yamleditor.h"
#include "core/yaml/yamldocument.h"

class QFileSystemWatcher;
class QTextDocument;
class QTimer;

namespace Lagoon {
class RecoveryStore;
}

namespace Lagoon {

/**
 * One file open in the editor: the text everyone edits (a QTextDocument, shared by the text view
 * and the forms, so one undo history covers both), and the file on disk behind it.
 *
 * The text is held with "\n" line breaks and without a BOM; both are put back on save exactly as
 * the file had them, so opening and saving an unchanged file writes the same bytes. Forms change
 * the text only through applyPatch() (one undo step each); the text view changes it by typing.
 */
class EditorDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorDocument)

public:
    enum class Kind
    {
        LagoonYml,
        Compose,
        Other
    };
    Q_ENUM(Kind)

    EditorDocument(const QString &filePath, Kind kind, QObject *parent = nullptr);
    ~EditorDocument() override;

    /** Reads the file (a missing file gives an empty document that save() creates). */
    Result<void> load();
    /** Writes atomically (QSaveFile); refuses with an error if the file changed on disk since load/save. */
    Result<void> save();
    /** Writes even though the file changed on disk (the user chose "keep mine"). */
    Result<void> saveOverwriting();
    /** Throws the edits away and reads the file again (the user chose "reload"). */
    Result<void> reload();

    QString filePath() const { return m_filePath; }
    QString fileName() const;
    Kind kind() const { return m_kind; }
    QTextDocument *textDocument() const { return m_text; }
    bool isModified() const;
    /** The file mixes CRLF and LF line breaks; it is saved with the one most of its lines use. */
    bool mixedLineBreaks() const { return m_mixedLineBreaks; }
    bool usesCrlf() const { return m_crlf; }

    /** The text as UTF-8 with "\n" breaks, as the YAML layer sees it. */
    QByteArray utf8() const;
    /** utf8() parsed; cached until the text changes. Parsing happens on the calling (GUI) thread. */
    YamlDocument yaml() const;
    /** A YamlEditor over yaml(). */
    YamlEditor editor() const { return YamlEditor(yaml()); }

    /** Applies a patch made against utf8() as one undoable step named `description`. */
    void applyPatch(const YamlPatch &patch, const QString &description = {});
    /** Applies an editor result; an error is returned unchanged (nothing is applied). */
    Result<void> apply(const Result<YamlPatch> &patch, const QString &description = {});

    /** The character position in textDocument() of a byte offset into utf8(), and back. */
    int characterPosition(qsizetype byteOffset) const;
    qsizetype byteOffset(int characterPosition) const;

    /** True when the file on disk is not what was last read or written. */
    bool changedOnDisk() const;
    /** The bytes on disk now (for "compare"). */
    QByteArray diskContents() const;

    /**
     * Keeps a copy of unsaved edits in `store` a moment after each change, removed on save; see
     * RecoveryStore. Without a store nothing is kept.
     */
    void setRecoveryStore(const RecoveryStore *store);
    /**
     * Replaces the text with recovered edits (one undoable step; the document is then modified).
     * When the file on disk is no longer the one the edits were made against (`baseHash`), it
     * counts as changed on disk: saving then asks instead of overwriting the newer file.
     */
    void restore(const QByteArray &recoveredText, const QByteArray &baseHash = {});

Q_SIGNALS:
    /** The text changed (typing, a patch, undo, reload). */
    void textChanged();
    void modificationChanged(bool modified);
    /** The file on disk was changed by someone else (emitted once per change). */
    void changedExternally();
    void saved();

private:
    QByteArray encodeForDisk() const;
    void decodeLineBreaks(QByteArray &body);
    void rememberDiskState(const QByteArray &bytes);
    void onFileChanged();
    void replaceAll(const QString &text);
    void writeRecovery();

    QString m_filePath;
    Kind m_kind;
    QTextDocument *m_text = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    bool m_crlf = false;
    bool m_bom = false;
    bool m_mixedLineBreaks = false;
    QByteArray m_diskHash;
    bool m_externalChangeReported = false;
    mutable bool m_yamlStale = true;
    mutable YamlDocument m_yaml;
    mutable QByteArray m_utf8;
    mutable bool m_utf8Stale = true;
    mutable bool m_ascii = true;
    const RecoveryStore *m_recovery = nullptr;
    bool m_recoveryWritten = false;
    QTimer *m_recoveryTimer = nullptr;
};

} // namespace Lagoon
