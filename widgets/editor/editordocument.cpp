// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "widgets/editor/editordocument.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include "core/project/recoverystore.h"

namespace Lagoon {

namespace {

const QByteArray Bom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// How long edits wait before their recovery copy is written: often enough to lose little,
// rarely enough not to write on every keystroke.
constexpr int RecoveryDelayMs = 1500;

} // namespace

EditorDocument::EditorDocument(const QString &filePath, Kind kind, QObject *parent)
    : QObject(parent)
    , m_filePath(QFileInfo(filePath).absoluteFilePath())
    , m_kind(kind)
    , m_text(new QTextDocument(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_recoveryTimer(new QTimer(this))
{
    m_text->setDocumentLayout(new QPlainTextDocumentLayout(m_text));
    m_recoveryTimer->setSingleShot(true);
    m_recoveryTimer->setInterval(RecoveryDelayMs);
    connect(m_recoveryTimer, &QTimer::timeout, this, &EditorDocument::writeRecovery);
    connect(m_text, &QTextDocument::contentsChanged, this, [this] {
        m_utf8Stale = true;
        m_yamlStale = true;
        if (m_recovery && m_text->isModified())
            m_recoveryTimer->start();
        Q_EMIT textChanged();
    });
    connect(m_text, &QTextDocument::modificationChanged, this, [this](bool modified) {
        // Only the copy this document wrote is dropped: loading must not lose a previous session's.
        if (!modified && m_recovery) {
            m_recoveryTimer->stop();
            if (m_recoveryWritten)
                m_recovery->discard(m_filePath);
            m_recoveryWritten = false;
        }
        Q_EMIT modificationChanged(modified);
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorDocument::onFileChanged);
}

EditorDocument::~EditorDocument() = default;

QString EditorDocument::fileName() const
{
    return QFileInfo(m_filePath).fileName();
}

bool EditorDocument::isModified() const
{
    return m_text->isModified();
}

Result<void> EditorDocument::load()
{
    QByteArray bytes;
    QFile f(m_filePath);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return makeError(Error::Code::ReadFailed, tr("Cannot read %1: %2").arg(fileName(), f.errorString()), m_filePath);
        bytes = f.readAll();
    }
    QByteArray body = bytes;
    m_bom = body.startsWith(Bom);
    if (m_bom)
        body.remove(0, Bom.size());
    if (!QString::fromUtf8(body).toUtf8().startsWith(body)) {
        return makeError(Error::Code::ReadFailed,
                         tr("%1 is not UTF-8 text; Lagoon reads YAML as UTF-8, so it cannot be edited here.").arg(fileName()),
                         m_filePath);
    }
    decodeLineBreaks(body);

    m_text->setPlainText(QString::fromUtf8(body));
    m_text->clearUndoRedoStacks();
    m_text->setModified(false);
    rememberDiskState(bytes);
    return {};
}

void EditorDocument::rememberDiskState(const QByteArray &bytes)
{
    m_diskHash = QFile::exists(m_filePath) ? hashOf(bytes) : QByteArray();
    m_externalChangeReported = false;
    if (!m_watcher->files().contains(m_filePath) && QFile::exists(m_filePath))
        m_watcher->addPath(m_filePath);
}

void EditorDocument::decodeLineBreaks(QByteArray &body)
{
    // The editor holds "\n" breaks; the file's own style comes back on save. A file that mixes
    // CRLF and LF cannot keep both through an editor, so it is saved in the style most of its
    // lines use, and mixedLineBreaks() lets the window say so before anything is written.
    const qsizetype lf = body.count('\n');
    const qsizetype crlf = body.count("\r\n");
    m_crlf = lf > 0 && crlf * 2 > lf;
    m_mixedLineBreaks = crlf > 0 && crlf < lf;
    body.replace("\r\n", "\n");
}

QByteArray EditorDocument::encodeForDisk() const
{
    QByteArray bytes = utf8();
    if (m_crlf)
        bytes.replace("\n", "\r\n");
    if (m_bom)
        bytes.prepend(Bom);
    return bytes;
}

Result<void> EditorDocument::save()
{
    if (changedOnDisk()) {
        return makeError(Error::Code::Internal,
                         tr("%1 was changed by another program since it was opened. Reload it, or keep your "
                            "version and overwrite it.")
                             .arg(fileName()));
    }
    return saveOverwriting();
}

Result<void> EditorDocument::saveOverwriting()
{
    const QByteArray bytes = encodeForDisk();
    QSaveFile f(m_filePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(Error::Code::PermissionDenied, tr("Cannot save %1: %2").arg(fileName(), f.errorString()), m_filePath);
    // QSaveFile replaced the file, so the watcher follows the new one.
    m_watcher->removePath(m_filePath);
    rememberDiskState(bytes);
    m_text->setModified(false);
    Q_EMIT saved();
    return {};
}

Result<void> EditorDocument::reload()
{
    QFile f(m_filePath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::ReadFailed, tr("Cannot read %1: %2").arg(fileName(), f.errorString()), m_filePath);
    const QByteArray bytes = f.readAll();
    QByteArray body = bytes;
    m_bom = body.startsWith(Bom);
    if (m_bom)
        body.remove(0, Bom.size());
    decodeLineBreaks(body);
    // An undoable replacement, so "reload" can be taken back.
    replaceAll(QString::fromUtf8(body));
    m_text->setModified(false);
    rememberDiskState(bytes);
    return {};
}

void EditorDocument::replaceAll(const QString &text)
{
    const QString current = QString::fromUtf8(utf8());
    if (current == text)
        return;
    // Only the changed middle is replaced: the cursor and the undo step stay small.
    qsizetype prefix = 0;
    const qsizetype limit = qMin(current.size(), text.size());
    while (prefix < limit && current.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < limit - prefix && current.at(current.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(m_text);
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
}

QByteArray EditorDocument::utf8() const
{
    if (m_utf8Stale) {
        // toRawText(), not toPlainText(): the latter turns non-breaking spaces into spaces.
        QString text = m_text->toRawText();
        text.replace(QChar::ParagraphSeparator, u'\n');
        m_utf8 = text.toUtf8();
        m_ascii = m_utf8.size() == text.size();
        m_utf8Stale = false;
    }
    return m_utf8;
}

YamlDocument EditorDocument::yaml() const
{
    if (m_yamlStale) {
        m_yaml = YamlDocument::parse(utf8(), fileName());
        m_yamlStale = false;
    }
    return m_yaml;
}

int EditorDocument::characterPosition(qsizetype byteOffset) const
{
    const QByteArray &text = utf8();
    byteOffset = qBound<qsizetype>(0, byteOffset, text.size());
    if (m_ascii)
        return int(byteOffset);
    return int(QString::fromUtf8(text.constData(), byteOffset).size());
}

qsizetype EditorDocument::byteOffset(int characterPosition) const
{
    const QByteArray &text = utf8();
    if (m_ascii)
        return qBound<qsizetype>(0, qsizetype(characterPosition), text.size());
    return QString::fromUtf8(text).left(characterPosition).toUtf8().size();
}

void EditorDocument::applyPatch(const YamlPatch &patch, const QString &description)
{
    Q_UNUSED(description)
    if (patch.isEmpty())
        return;
    const int from = characterPosition(patch.offset);
    const int to = characterPosition(patch.offset + patch.length);
    QTextCursor cursor(m_text);
    cursor.beginEditBlock();
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.insertText(QString::fromUtf8(patch.text));
    cursor.endEditBlock();
}

Result<void> EditorDocument::apply(const Result<YamlPatch> &patch, const QString &description)
{
    if (!patch)
        return std::unexpected(patch.error());
    applyPatch(*patch, description);
    return {};
}

bool EditorDocument::changedOnDisk() const
{
    QFile f(m_filePath);
    if (!f.exists())
        return !m_diskHash.isEmpty();
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return hashOf(f.readAll()) != m_diskHash;
}

QByteArray EditorDocument::diskContents() const
{
    QFile f(m_filePath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void EditorDocument::onFileChanged()
{
    // Editors that save by replacing the file make the watcher drop it; watch the new one.
    if (!m_watcher->files().contains(m_filePath) && QFile::exists(m_filePath))
        m_watcher->addPath(m_filePath);
    if (m_externalChangeReported || !changedOnDisk())
        return;
    m_externalChangeReported = true;
    Q_EMIT changedExternally();
}

void EditorDocument::setRecoveryStore(const RecoveryStore *store)
{
    m_recovery = store;
}

void EditorDocument::restore(const QByteArray &recoveredText, const QByteArray &baseHash)
{
    replaceAll(QString::fromUtf8(recoveredText));
    // The recovered copy is now this document's own, dropped when it is saved or undone.
    m_recoveryWritten = true;
    if (!baseHash.isEmpty() && baseHash != m_diskHash) {
        m_diskHash = baseHash;
        m_externalChangeReported = true;
        Q_EMIT changedExternally();
    }
}

void EditorDocument::writeRecovery()
{
    if (m_recovery && m_text->isModified())
        m_recoveryWritten = m_recovery->store(m_filePath, utf8(), m_diskHash) || m_recoveryWritten;
}

} // namespace Lagoon
