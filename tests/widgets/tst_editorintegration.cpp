// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The editor as a user meets it in the main window: open the example project with a broken
// route, click the problem, fix the route in the form, watch the error go, find every comment
// where it was; one undo history for form and text; saving, files changed on disk, and edits
// that survive a crash.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include "core/settings/settings.h"
#include "tests/widgets/formtestsupport.h"
#include "widgets/common/appearance.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/editorworkspace.h"
#include "widgets/editor/fileeditorpage.h"
#include "widgets/editor/completionpopup.h"
#include "widgets/editor/forms/lagoonymlform.h"
#include "widgets/mainwindow.h"
#include "widgets/models/problemsmodel.h"
#include "widgets/panels/problemspanel.h"

using namespace Lagoon;
using namespace Lagoon::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Example = QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example");
const QByteArray Good = "        - drupal-example.com\n";
const QByteArray Broken = "        - Drupal_Example.com   # the bare domain redirects to www\n";
const QByteArray Fixed = "        - drupal-example.com   # the bare domain redirects to www\n";

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &info : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (info.isDir())
            copyTree(info.absoluteFilePath(), to + u'/' + info.fileName());
        else
            QFile::copy(info.absoluteFilePath(), to + u'/' + info.fileName());
    }
}

int countRule(const ProblemsModel *model, const QString &rule)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->index(row, 0).data(ProblemsModel::RuleIdRole).toString() == rule;
    return n;
}

} // namespace

class tst_EditorIntegration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QByteArray m_broken;

    std::unique_ptr<MainWindow> openWindow(Settings *settings)
    {
        auto window = std::make_unique<MainWindow>(settings);
        window->resize(1280, 800);
        window->show();
        QSignalSpy validated(window.get(), &MainWindow::validated);
        window->openProject(m_project);
        [&] { QVERIFY(validated.wait(10000)); }();
        return window;
    }

    FileEditorPage *lagoonPage(MainWindow &window) { return window.workspace()->page(u".lagoon.yml"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Appearance::setupIcons();
    }

    void init()
    {
        // A fresh copy with one broken route for each test.
        m_project = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        copyTree(Example, m_project);
        QByteArray text = readFile(m_project + u"/.lagoon.yml"_s);
        QVERIFY(text.contains(Good));
        text.replace(Good, Broken);
        QFile f(m_project + u"/.lagoon.yml"_s);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        m_broken = text;
    }

    void fixBrokenRouteInForm_keepsEveryComment()
    {
        Settings settings(new QSettings(m_dir.filePath(u"a.ini"_s), QSettings::IniFormat));
        auto window = openWindow(&settings);
        QCOMPARE(countRule(window->problemsModel(), u"route.invalid-domain"_s), 1);

        // Clicking the problem shows its line in the text.
        auto *panel = window->findChild<ProblemsPanel *>();
        QTreeView *view = panel->view();
        QModelIndex problem;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(ProblemsModel::RuleIdRole).toString() == u"route.invalid-domain"_s)
                problem = view->model()->index(row, ProblemsModel::MessageColumn);
        }
        QVERIFY(problem.isValid());
        view->scrollTo(problem);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(problem).center());
        FileEditorPage *page = lagoonPage(*window);
        QCOMPARE(window->documents()->currentWidget(), page);
        const int brokenLine = int(m_broken.left(m_broken.indexOf(Broken)).count('\n')) + 1;
        QCOMPARE(page->codeEditor()->textCursor().blockNumber() + 1, brokenLine);
        QVERIFY(page->codeEditor()->markerSeverity(brokenLine) == Diagnostic::Severity::Error);

        // The form shows the broken domain; fixing it there fixes the text.
        auto *form = qobject_cast<LagoonYmlForm *>(page->form());
        QVERIFY(form);
        form->showSection(LagoonYmlForm::Section::Environments);
        QLineEdit *domain = nullptr;
        QTRY_VERIFY((domain = form->findChild<QLineEdit *>(u"routeDomain-main-0-0-1"_s)) != nullptr);
        QCOMPARE(domain->text(), u"Drupal_Example.com"_s);
        QSignalSpy validated(window.get(), &MainWindow::validated);
        typeInto(domain, u"drupal-example.com"_s);
        QTRY_COMPARE(page->document()->utf8(), QByteArray(m_broken).replace(Broken, Fixed));
        QTRY_COMPARE_WITH_TIMEOUT(countRule(window->problemsModel(), u"route.invalid-domain"_s), 0, 10000);
        QTRY_VERIFY(!page->codeEditor()->markerSeverity(brokenLine).has_value());

        // One history: undo in the window (the form had the focus) puts the broken text back,
        // and the form follows; typing in the text updates the form.
        window->findChild<QAction *>(u"actionUndo"_s)->trigger();
        QCOMPARE(page->document()->utf8(), m_broken);
        QTRY_COMPARE(form->findChild<QLineEdit *>(u"routeDomain-main-0-0-1"_s)->text(), u"Drupal_Example.com"_s);
        window->findChild<QAction *>(u"actionRedo"_s)->trigger();
        QCOMPARE(page->document()->utf8(), QByteArray(m_broken).replace(Broken, Fixed));
        QTextCursor cursor(page->document()->textDocument());
        cursor.setPosition(page->document()->characterPosition(page->document()->utf8().indexOf("drupal-example.com   #")));
        cursor.insertText(u"www."_s);
        QTRY_COMPARE(form->findChild<QLineEdit *>(u"routeDomain-main-0-0-1"_s)->text(), u"www.drupal-example.com"_s);
        page->document()->textDocument()->undo();

        // Saved, the file is the fixed text: the comments where they were.
        QVERIFY(page->document()->isModified());
        window->documents()->setCurrentWidget(page);
        window->findChild<QAction *>(u"actionSave"_s)->trigger();
        QVERIFY(!page->document()->isModified());
        const QByteArray saved = readFile(m_project + u"/.lagoon.yml"_s);
        QCOMPARE(saved, QByteArray(m_broken).replace(Broken, Fixed));
        QCOMPARE(saved.count('#'), m_broken.count('#'));
    }

    void fileChangedOnDisk_asksInsteadOfOverwriting()
    {
        Settings settings(new QSettings(m_dir.filePath(u"b.ini"_s), QSettings::IniFormat));
        auto window = openWindow(&settings);
        FileEditorPage *page = lagoonPage(*window);
        window->documents()->setCurrentWidget(page);
        QTextCursor(page->document()->textDocument()).insertText(u"# mine\n"_s);

        QFile f(m_project + u"/.lagoon.yml"_s);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("# theirs\n" + m_broken);
        f.close();
        QTRY_VERIFY_WITH_TIMEOUT(!page->conflictBar()->isHidden(), 5000);
        // Save refuses silently overwriting: the bar stays, the file keeps their version.
        QVERIFY(!page->save());
        QCOMPARE(readFile(m_project + u"/.lagoon.yml"_s), "# theirs\n" + m_broken);
        page->conflictBar()->findChild<QToolButton *>(u"conflictKeepMine"_s)->click();
        QVERIFY(!!page->conflictBar()->isHidden());
        QCOMPARE(readFile(m_project + u"/.lagoon.yml"_s), "# mine\n" + m_broken);

        // An untouched file simply follows the disk.
        QFile g(m_project + u"/.lagoon.yml"_s);
        QVERIFY(g.open(QIODevice::WriteOnly | QIODevice::Truncate));
        g.write(m_broken);
        g.close();
        QTRY_COMPARE_WITH_TIMEOUT(page->document()->utf8(), m_broken, 5000);
        QVERIFY(!!page->conflictBar()->isHidden());
    }

    void brokenYaml_stillOpens_andCompletes()
    {
        QFile f(m_project + u"/.lagoon.yml"_s);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("docker-compose-yaml: docker-compose.yml\nenvironments:\n  main:\n    cronjobs: [\n");
        f.close();
        Settings settings(new QSettings(m_dir.filePath(u"d.ini"_s), QSettings::IniFormat));
        auto window = openWindow(&settings);
        FileEditorPage *page = lagoonPage(*window);
        QVERIFY(page);
        QVERIFY(page->document()->utf8().contains("cronjobs: ["));
        QVERIFY(countRule(window->problemsModel(), u"yaml.syntax"_s) >= 1);
        auto *form = qobject_cast<VisualForm *>(page->form());
        QTRY_VERIFY(!form->bannerText().isEmpty());

        // Completion in the real editor: the keys of an environment, from Lagoon's schema.
        window->documents()->setCurrentWidget(page);
        CodeEditor *editor = page->codeEditor();
        QTextCursor cursor(page->document()->textDocument());
        cursor.movePosition(QTextCursor::End);
        editor->setTextCursor(cursor);
        editor->setFocus();
        QTest::keyClicks(editor, u"    rou"_s);
        editor->requestCompletion();
        QTRY_VERIFY(editor->completionPopup()->isVisible());
        editor->acceptCompletion();
        QVERIFY2(page->document()->utf8().endsWith("    routes:"), page->document()->utf8().constData());
    }

    void unsavedEdits_surviveACrash()
    {
        Settings settings(new QSettings(m_dir.filePath(u"c.ini"_s), QSettings::IniFormat));
        {
            auto window = openWindow(&settings);
            FileEditorPage *page = lagoonPage(*window);
            QTextCursor(page->document()->textDocument()).insertText(u"# not saved yet\n"_s);
            QTest::qWait(2500); // the recovery copy is written a moment after the edit
            // The "crash": the window goes away without closing (no question, no save).
        }
        QCOMPARE(readFile(m_project + u"/.lagoon.yml"_s), m_broken);
        auto window = openWindow(&settings);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"recoveryMessage"_s)) != nullptr);
        QVERIFY(box->text().contains(u".lagoon.yml"_s));
        box->findChild<QPushButton *>(u"recoveryRestore"_s)->click();
        FileEditorPage *page = lagoonPage(*window);
        QCOMPARE(page->document()->utf8(), "# not saved yet\n" + m_broken);
        QVERIFY(page->document()->isModified());
        QVERIFY(page->save());

        // Saved: nothing is offered next time.
        window.reset();
        auto again = openWindow(&settings);
        QTest::qWait(200);
        QVERIFY(!again->findChild<QMessageBox *>(u"recoveryMessage"_s));
    }
};

QTEST_MAIN(tst_EditorIntegration)
#include "tst_editorintegration.moc"
