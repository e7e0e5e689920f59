// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include "core/project/recoverystore.h"
#include "widgets/editor/editordocument.h"

using namespace Lagoon;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void type(QTextDocument *document, int position, const QString &text)
{
    QTextCursor cursor(document);
    cursor.setPosition(position);
    cursor.insertText(text);
}

} // namespace

/** The file behind the editor: exact bytes, atomic saves, external changes, crash recovery. */
class tst_EditorDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
    }

    void saveWithoutChanges_writesTheSameBytes()
    {
        const QString path = m_dir->filePath(u"a.yml"_s);
        const QByteArray original = "\xEF\xBB\xBF# caf\xC3\xA9\r\nkey: \xC2\xA0value\r\n\r\nlist:\r\n  - 1\r\n";
        write(path, original);
        EditorDocument document(path, EditorDocument::Kind::Other);
        QVERIFY(document.load());
        QVERIFY(!document.utf8().contains('\r'));
        QVERIFY(!document.isModified());
        QVERIFY(document.save());
        QCOMPARE(read(path), original);
    }

    void edits_keepLineBreaksAndBom()
    {
        const QString path = m_dir->filePath(u"a.yml"_s);
        write(path, "\xEF\xBB\xBF" "a: 1\r\nb: 2\r\n");
        EditorDocument document(path, EditorDocument::Kind::Other);
        QVERIFY(document.load());
        QVERIFY(document.apply(document.editor().set(YamlPath().key(u"c"_s), YamlValue::plain(u"3"_s))));
        QVERIFY(document.isModified());
        QVERIFY(document.save());
        QCOMPARE(read(path), QByteArray("\xEF\xBB\xBF" "a: 1\r\nb: 2\r\nc: 3\r\n"));
    }

    void patch_isOneUndoStep_andMapsNonAsciiOffsets()
    {
        const QString path = m_dir->filePath(u"a.yml"_s);
        write(path, "# 日本語 ✓\nname: café\nnext: x\n");
        EditorDocument document(path, EditorDocument::Kind::Other);
        QVERIFY(document.load());
        const YamlNode next = document.yaml().root().value(u"next");
        QCOMPARE(document.characterPosition(next.range().start.offset),
                 int(u"# 日本語 ✓\nname: café\nnext: "_s.size()));
        QCOMPARE(document.byteOffset(document.characterPosition(next.range().start.offset)), next.range().start.offset);
        QVERIFY(document.apply(document.editor().set(YamlPath().key(u"name"_s), YamlValue::string(u"thé"_s))));
        QVERIFY(document.apply(document.editor().remove(YamlPath().key(u"next"_s))));
        QCOMPARE(document.utf8(), QByteArray("# 日本語 ✓\nname: thé\n"));
        document.textDocument()->undo();
        QCOMPARE(document.utf8(), QByteArray("# 日本語 ✓\nname: thé\nnext: x\n"));
        document.textDocument()->undo();
        QCOMPARE(document.utf8(), QByteArray("# 日本語 ✓\nname: café\nnext: x\n"));
        QVERIFY(!document.isModified());
    }

    void externalChange_isDetected_andSaveRefuses()
    {
        const QString path = m_dir->filePath(u"a.yml"_s);
        write(path, "a: 1\n");
        EditorDocument document(path, EditorDocument::Kind::Other);
        QVERIFY(document.load());
        QSignalSpy changed(&document, &EditorDocument::changedExternally);
        type(document.textDocument(), 0, u"# mine\n"_s);
        write(path, "a: 2\n");
        QVERIFY(changed.wait(3000));
        QVERIFY(document.changedOnDisk());
        QCOMPARE(document.diskContents(), QByteArray("a: 2\n"));
        const auto refused = document.save();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"changed by another program"_s));
        QCOMPARE(read(path), QByteArray("a: 2\n"));

        // "Reload" is undoable; "keep mine" overwrites on purpose.
        QVERIFY(document.reload());
        QCOMPARE(document.utf8(), QByteArray("a: 2\n"));
        QVERIFY(!document.isModified());
        document.textDocument()->undo();
        QCOMPARE(document.utf8(), QByteArray("# mine\na: 1\n"));
        write(path, "a: 3\n");
        QVERIFY(!document.save());
        QVERIFY(document.saveOverwriting());
        QCOMPARE(read(path), QByteArray("# mine\na: 1\n"));
        QVERIFY(!document.changedOnDisk());
    }

    void unsavedEdits_areKeptForRecovery_andDroppedOnSave()
    {
        const QString path = m_dir->filePath(u"a.yml"_s);
        write(path, "a: 1\n");
        const RecoveryStore store(m_dir->filePath(u"recovery"_s));
        {
            EditorDocument document(path, EditorDocument::Kind::Other);
            document.setRecoveryStore(&store);
            QVERIFY(document.load());
            type(document.textDocument(), 0, u"b: 2\n"_s);
            QTRY_VERIFY_WITH_TIMEOUT(store.find(path).has_value(), 5000);
            QCOMPARE(store.find(path)->text, QByteArray("b: 2\na: 1\n"));
            // The "crash": the document goes away without saving.
        }
        QVERIFY(store.find(path).has_value());
        QCOMPARE(store.all().size(), 1);

        EditorDocument reopened(path, EditorDocument::Kind::Other);
        reopened.setRecoveryStore(&store);
        QVERIFY(reopened.load());
        reopened.restore(store.find(path)->text);
        QVERIFY(reopened.isModified());
        QCOMPARE(reopened.utf8(), QByteArray("b: 2\na: 1\n"));
        QVERIFY(reopened.save());
        QVERIFY(!store.find(path).has_value());
        QCOMPARE(read(path), QByteArray("b: 2\na: 1\n"));
    }

    void recoveredEdits_onANewerFile_askBeforeOverwriting()
    {
        const QString path = m_dir->filePath(u"a.yml"_s);
        write(path, "a: 1\n");
        const RecoveryStore store(m_dir->filePath(u"recovery"_s));
        {
            EditorDocument document(path, EditorDocument::Kind::Other);
            document.setRecoveryStore(&store);
            QVERIFY(document.load());
            type(document.textDocument(), 0, u"# mine\n"_s);
            QTRY_VERIFY_WITH_TIMEOUT(store.find(path).has_value(), 5000);
        }
        write(path, "a: 2\n"); // a `git pull` after the crash
        EditorDocument reopened(path, EditorDocument::Kind::Other);
        QVERIFY(reopened.load());
        QSignalSpy changed(&reopened, &EditorDocument::changedExternally);
        const RecoveredText recovered = *store.find(path);
        reopened.restore(recovered.text, recovered.baseHash);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!reopened.save());
        QCOMPARE(read(path), QByteArray("a: 2\n"));
    }

    void mixedLineBreaks_areReported_andSavedInTheMajorityStyle()
    {
        const QString path = m_dir->filePath(u"mixed.yml"_s);
        write(path, "a: 1\r\nb: 2\nc: 3\r\n");
        EditorDocument document(path, EditorDocument::Kind::Other);
        QVERIFY(document.load());
        QVERIFY(document.mixedLineBreaks());
        QVERIFY(document.usesCrlf());
        QCOMPARE(document.utf8(), QByteArray("a: 1\nb: 2\nc: 3\n"));
        QVERIFY(document.save());
        QCOMPARE(read(path), QByteArray("a: 1\r\nb: 2\r\nc: 3\r\n"));
    }

    void notUtf8_isRefusedWithAMessage()
    {
        const QString path = m_dir->filePath(u"latin1.yml"_s);
        write(path, "name: caf\xE9\n");
        EditorDocument document(path, EditorDocument::Kind::Other);
        const auto loaded = document.load();
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(u"UTF-8"_s));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(tst_EditorDocument)
#include "tst_editordocument.moc"
