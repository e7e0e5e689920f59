// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "core/i18n/translationloader.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/codeeditorpane.h"
#include "widgets/editor/findreplacebar.h"
#include "widgets/lagoon/lagoonformat.h"
#include "widgets/rollout/rolloutstepsmodel.h"
#include "widgets/stack/stackusagetext.h"

using namespace Lagoon;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

/**
 * What a Japanese (or German) user reads: the application's and Qt's own texts in their
 * language, dates, counts, sizes and durations in their locale's formats, through the functions
 * the UI itself calls. TZ=UTC (CMakeLists.txt) makes Lagoon's UTC times the local ones.
 */
class tst_Localization : public QObject
{
    Q_OBJECT

    std::unique_ptr<TranslationLoader> m_loader;

    /** The find bar's "n of m" over a document with 12,345 matches. */
    static QString findStatusOver12345Matches()
    {
        CodeEditorPane pane;
        pane.resize(700, 400);
        pane.show();
        CodeEditor *editor = pane.editor();
        editor->setPlainText(u"match\n"_s.repeated(12345));
        editor->moveCursor(QTextCursor::Start);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        FindReplaceBar *bar = pane.findBar();
        auto *field = bar->findChild<QLineEdit *>(u"findText"_s);
        if (!field)
            return u"(no find field)"_s;
        QTest::keyClicks(field, u"match"_s);
        if (bar->matchCount() != 12345)
            return u"(%1 matches)"_s.arg(bar->matchCount());
        return bar->statusText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_loader = std::make_unique<TranslationLoader>(QCoreApplication::instance());
    }

    void cleanupTestCase()
    {
        m_loader->install(u"en"_s);
        QLocale::setDefault(QLocale::c());
    }

    void japanese_qtOwnButtonsAreTranslated()
    {
        QCOMPARE(m_loader->install(u"ja"_s), u"ja"_s);
        // Qt's catalogue comes from the system (Debian: qt6-translations-l10n), not from Lagoon Desktop.
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_ja.qm"_s),
                 "qtbase_ja.qm is missing: install qt6-translations-l10n (installer/setup.sh deps build)");
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"キャンセル"_s);

        QCOMPARE(m_loader->install(u"en"_s), u"en"_s);
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
    }

    void japanese_textsAndFormats()
    {
        QCOMPARE(m_loader->install(u"ja"_s), u"ja"_s);
        QCOMPARE(QLocale().language(), QLocale::Japanese);

        QCOMPARE(LagoonFormat::deployType(u"branch"_s), u"ブランチ"_s);
        QCOMPARE(LagoonFormat::duration(75), u"1 分 15 秒"_s);
        QCOMPARE(RolloutStepsModel::formatDuration(1500ms), u"1.5 秒"_s);

        // The Deployments dock's "Created" column: Lagoon's UTC time in the short Japanese form.
        QCOMPARE(LagoonFormat::dateTime(LagoonFormat::parseDate(u"2026-11-27 14:05:00"_s)), u"2026/11/27 14:05"_s);

        const QString status = findStatusOver12345Matches();
        QVERIFY2(status.contains(u"12,345"_s), qPrintable(status));
        QVERIFY2(!status.contains(u" of "_s), qPrintable(status));

        QCOMPARE(StackUsageText::bytes(43'515'904), u"41.5 MiB"_s);
        QCOMPARE(StackUsageText::percent(12.5), u"12.5%"_s);
    }

    void german_numbersAndDates()
    {
        // German has no catalogue of its own: English texts, German formats.
        m_loader->install(u"en"_s);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));

        QCOMPARE(findStatusOver12345Matches(), u"1 of 12.345"_s);
        QCOMPARE(RolloutStepsModel::formatDuration(1500ms), u"1,5 s"_s);
        QCOMPARE(StackUsageText::bytes(43'515'904), u"41,5 MiB"_s);
        // CLDR's German short form changed between Qt 6.4 ("27.11.26 14:05") and 6.8 (with a comma).
        const QString created = LagoonFormat::dateTime(LagoonFormat::parseDate(u"2026-11-27 14:05:00"_s));
        QVERIFY2(created.startsWith(u"27.11.26"_s) && created.endsWith(u"14:05"_s), qPrintable(created));
    }
};

QTEST_MAIN(tst_Localization)
#include "tst_localization.moc"
