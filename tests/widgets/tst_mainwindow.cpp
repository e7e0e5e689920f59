// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/i18n/translationloader.h"
#include "core/project/project.h"
#include "core/settings/settings.h"
#include "tests/support/gitfixture.h"
#include "widgets/common/appearance.h"
#include "widgets/mainwindow.h"
#include "widgets/models/problemsmodel.h"
#include "widgets/models/projectfilesmodel.h"
#include "widgets/panels/gitstatuswidget.h"
#include "widgets/panels/projectoverviewpanel.h"

using namespace Lagoon;
using Lagoon::Test::GitFixture;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<GitFixture> m_fx;

    Settings *makeSettings(QObject *parent)
    {
        return new Settings(new QSettings(m_settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat), parent);
    }

    // The example project committed into a fresh repository that is one commit ahead of its
    // upstream and has one uncommitted change.
    void makeExampleRepository()
    {
        m_fx = std::make_unique<GitFixture>();
        const QDir example(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        QVERIFY(m_fx->init(QStringLiteral("site")));
        for (const QString &name : {QStringLiteral(".lagoon.yml"), QStringLiteral("docker-compose.yml"),
                                    QStringLiteral(".lagoon.env.main")}) {
            QFile f(example.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(m_fx->write(QStringLiteral("site/") + name, f.readAll()));
        }
        m_fx->git(QStringLiteral("site"), {QStringLiteral("add"), QStringLiteral("-A")});
        m_fx->git(QStringLiteral("site"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                           QStringLiteral("Import the Drupal example")});
        m_fx->git(QString(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"),
                              m_fx->path(QStringLiteral("site")), QStringLiteral("origin.git")});
        m_fx->git(QStringLiteral("site"), {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"),
                                           m_fx->path(QStringLiteral("origin.git"))});
        m_fx->git(QStringLiteral("site"), {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")});
        m_fx->git(QStringLiteral("site"), {QStringLiteral("branch"), QStringLiteral("-q"),
                                           QStringLiteral("--set-upstream-to=origin/main")});
        QVERIFY(m_fx->commit(QStringLiteral("site"), QStringLiteral("web/index.php"), "<?php\n",
                             QStringLiteral("Add the front controller")));
        QVERIFY(m_fx->write(QStringLiteral("site/README.md"), "# Drupal example\n"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Appearance::setupIcons();
    }

    void openProject_showsFilesAndGitState()
    {
        makeExampleRepository();
        MainWindow window(makeSettings(this));
        window.show();
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(m_fx->path(QStringLiteral("site")));
        QVERIFY(loaded.wait(10000));

        QCOMPARE(window.windowTitle(), QStringLiteral("drupal-example"));
        QCOMPARE(window.overview()->filesModel()->rowCount(), 3);
        QCOMPARE(window.gitStatus()->branchText(), QStringLiteral("main"));
        QCOMPARE(window.gitStatus()->syncText(), QStringLiteral("↑1 ↓0"));
        QCOMPARE(window.gitStatus()->changesText(), QStringLiteral("1 changed"));
        QCOMPARE(window.problemsModel()->rowCount(), 0);
        auto *head = window.findChild<QLabel *>(QStringLiteral("gitHead"));
        QVERIFY(head);
        QVERIFY(head->text().contains(QStringLiteral("Add the front controller")));
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("documents"));

        // The status follows the repository while the project is open.
        QVERIFY(m_fx->commit(QStringLiteral("site"), QStringLiteral("README.md"), "# Drupal example\n",
                             QStringLiteral("Document the example")));
        QTRY_COMPARE_WITH_TIMEOUT(window.gitStatus()->syncText(), QStringLiteral("↑2 ↓0"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.gitStatus()->changesText(), QStringLiteral("clean"), 10000);
    }

    void openProject_withProblems_fillsProblemsDock()
    {
        GitFixture fx;
        QVERIFY(fx.write(QStringLiteral("p/.lagoon.yml"), "docker-compose-yaml: missing.yml\n"));
        MainWindow window(makeSettings(this));
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);
        window.openProject(fx.path(QStringLiteral("p/.lagoon.yml"))); // a file opens its folder
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.problemsModel()->rowCount(), 1);
        QCOMPARE(window.problemsModel()->index(0, ProblemsModel::MessageColumn).data().toString(),
                 QStringLiteral("docker-compose file referenced in .lagoon.yml not found"));
        QCOMPARE(window.gitStatus()->branchText(), QStringLiteral("Not a git repository"));
    }

    void openProject_validatesWithLagoonsRules()
    {
        MainWindow window(makeSettings(this));
        QSignalSpy validated(&window, &MainWindow::validated);
        window.openProject(QStringLiteral(LAGOON_TEST_DATA_DIR "/rules/route-invalid-domain"));
        QVERIFY(validated.wait(10000));
        QCOMPARE(window.problemsModel()->rowCount(), 1);
        const QModelIndex row = window.problemsModel()->index(0, 0);
        QCOMPARE(row.data(ProblemsModel::RuleIdRole).toString(), QStringLiteral("route.invalid-domain"));
        QCOMPARE(row.data(ProblemsModel::LineRole).toInt(), 6);
        QCOMPARE(window.problemsModel()->index(0, ProblemsModel::LineColumn).data().toString(), QStringLiteral("6:13"));
    }

    void openProject_missingFolder_staysOnWelcomeAndSaysWhy()
    {
        MainWindow window(makeSettings(this));
        QSignalSpy failed(&window, &MainWindow::projectFailed);
        window.openProject(QStringLiteral("/nonexistent/lagoon/project"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("does not exist")));
        auto *stack = window.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcome"));
        QVERIFY(!window.project());
    }

    void dropFolder_opensIt_andRemembersIt()
    {
        makeExampleRepository();
        Settings *settings = makeSettings(this);
        settings->setValue(SettingKeys::RecentProjects, QStringList());
        MainWindow window(settings);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::projectLoaded);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_fx->path(QStringLiteral("site")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(loaded.wait(10000));

        const QString canonical = QDir(m_fx->path(QStringLiteral("site"))).absolutePath();
        QCOMPARE(settings->value(SettingKeys::RecentProjects).value(0), canonical);
        bool listed = false;
        for (QAction *action : window.recentMenu()->actions())
            listed = listed || action->text().contains(QDir::toNativeSeparators(canonical));
        QVERIFY(listed);

        // A web URL is not a folder: refused.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/"))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void languageChange_retranslatesMenus()
    {
        MainWindow window(makeSettings(this));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        TranslationLoader loader(QCoreApplication::instance());
        QCOMPARE(loader.install(QStringLiteral("ja")), QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QVERIFY(window.menuBar()->actions().first()->text().contains(QStringLiteral("ファイル")));
        loader.install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
