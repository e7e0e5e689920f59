// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include "widgets/editor/editordocument.h"
#include "widgets/editor/livevalidation.h"

using namespace Lagoon;
using namespace Qt::Literals::StringLiterals;

/** Diagnostics of the text being typed, not of the file on disk, and never of a closed project. */
class tst_LiveValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        for (const QString &name : {u".lagoon.yml"_s, u"docker-compose.yml"_s})
            QVERIFY(QFile::copy(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example/") + name,
                                m_dir->filePath(name)));
    }

    void validatesTheUnsavedText()
    {
        EditorDocument document(m_dir->filePath(u"docker-compose.yml"_s), EditorDocument::Kind::Compose);
        QVERIFY(document.load());
        LiveValidation validation;
        validation.setFolder(m_dir->path());
        validation.addDocument(&document);
        QSignalSpy finished(&validation, &LiveValidation::finished);
        const int at = int(document.utf8().indexOf("lagoon.type: nginx-php-persistent") + 13);
        QTextCursor cursor(document.textDocument());
        cursor.setPosition(at);
        cursor.insertText(u"x"_s);
        QVERIFY(finished.wait(10000));
        // Keystrokes while a pass runs are folded into one more pass with the newest text.
        cursor.insertText(u"y"_s);
        cursor.insertText(u"z"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!validation.isBusy() && finished.count() >= 2, 10000);
        QTest::qWait(100);
        const Diagnostics last = validation.lastResult().diagnostics;
        const bool seesTypo = std::any_of(last.cbegin(), last.cend(), [](const Diagnostic &d) {
            return d.message.contains(u"xyznginx-php-persistent"_s);
        });
        QVERIFY2(seesTypo, "the newest text was not validated");
        QVERIFY(finished.count() <= 3);
        QCOMPARE(validation.lastResult().project.root, QDir::cleanPath(m_dir->path()));
    }

    void aClosedProjectsResult_isDropped()
    {
        EditorDocument document(m_dir->filePath(u".lagoon.yml"_s), EditorDocument::Kind::LagoonYml);
        QVERIFY(document.load());
        LiveValidation validation;
        validation.setFolder(m_dir->path());
        validation.addDocument(&document);
        QSignalSpy finished(&validation, &LiveValidation::finished);
        validation.request();
        validation.clear();
        QTest::qWait(1500);
        QCOMPARE(finished.count(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(tst_LiveValidation)
#include "tst_livevalidation.moc"
