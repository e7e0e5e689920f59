// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Renders the main window in the states a user sees first and writes PNGs a person can look at
// (build/<preset>/screenshots). The assertions catch blank or collapsed renders.
#include <functional>

#include <QApplication>
#include <QHash>
#include <QTabWidget>
#include <QScrollBar>
#include <QTreeView>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/imagechecks.h"
#include "core/i18n/translationloader.h"
#include "core/rollout/buildlogparser.h"
#include "core/rollout/rollout.h"
#include "core/settings/settings.h"
#include "tests/support/gitfixture.h"
#include "tests/widgets/generatedbuildlog.h"
#include "widgets/common/appearance.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/editorworkspace.h"
#include "widgets/editor/fileeditorpage.h"
#include "widgets/mainwindow.h"
#include "widgets/rollout/logsearchbar.h"
#include "widgets/rollout/logview.h"
#include "widgets/rollout/rolloutview.h"

using namespace Lagoon;
using Lagoon::Test::GitFixture;

class tst_Screenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    GitFixture m_fx;
    QString m_outDir;
    std::unique_ptr<TranslationLoader> m_english;

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        return static_cast<int>(colours.size());
    }

    QImage shoot(const QString &name, bool openProject, const QString &folder = {},
                 const std::function<void(MainWindow &)> &prepare = {})
    {
        Settings settings(new QSettings(m_settingsDir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat));
        settings.addRecentProject(m_fx.path(QStringLiteral("drupal-example")));
        settings.addRecentProject(QStringLiteral("/home/ada/src/lagoon-demo"));
        MainWindow window(&settings);
        window.resize(1280, 800);
        window.show();
        if (openProject) {
            QSignalSpy validated(&window, &MainWindow::validated);
            window.openProject(folder.isEmpty() ? m_fx.path(QStringLiteral("drupal-example")) : folder);
            if (!validated.wait(10000))
                return {};
        }
        if (prepare)
            prepare(window);
        // Let posted layout requests settle, as they would before a real frame is painted.
        QTest::qWait(200);
        const QImage image = window.grab().toImage();
        const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        if (!image.save(file))
            qWarning("could not write %s", qPrintable(file));
        else
            qInfo("screenshot: %s", qPrintable(file));
        return image;
    }

    /** The .lagoon.yml tab with a route broken in the text: underlined, listed, the cursor on it. */
    static void showBrokenRoute(MainWindow &window)
    {
        FileEditorPage *page = window.workspace()->page(QStringLiteral(".lagoon.yml"));
        QVERIFY(page);
        window.documents()->setCurrentWidget(page);
        QSignalSpy validated(&window, &MainWindow::validated);
        EditorDocument *document = page->document();
        document->applyPatch(*document->editor().set(
            YamlPath::parse(QStringLiteral("environments.main.routes[0].nginx[1]")).value(),
            YamlValue::string(QStringLiteral("Drupal_Example.com"))));
        QVERIFY(validated.wait(10000));
        page->showPosition(41, 11);
    }

    /** The lines of a real Lagoon build log from ../shared/lagoon-research/buildlogs. */
    static QList<QByteArray> realBuildLog(const QString &build)
    {
        const QDir dir(QStringLiteral(LAGOON_SHARED_DIR "/lagoon-research/buildlogs"));
        const QStringList files = dir.entryList({build + QStringLiteral("-*.txt")}, QDir::Files);
        if (files.size() != 1)
            return {};
        QFile file(dir.filePath(files.first()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    /**
     * Feeds `lines` into `rollout` the way a remote build's log arrives, with `body` (generated
     * docker output) streamed in before line `insertAt`: steps begin and end on Lagoon's banners.
     * The step that receives the body takes `bodySeconds` longer.
     */
    static void feedBuildLog(Rollout &rollout, const QList<QByteArray> &lines, qsizetype insertAt, const QByteArray &body,
                             int bodySeconds)
    {
        QDateTime clock = rollout.startedAt();
        QHash<int, int> indexes;
        BuildLogParser *parserPtr = nullptr;
        BuildLogParser parser(
            // With its '\n': appendLogBytes() takes an empty view for no line at all.
            [&](int step, QByteArrayView line) { rollout.appendLogBytes(indexes.value(step, -1), QByteArray(line.toByteArray() + '\n')); },
            [&](const BuildLogParser::Event &event) {
                const BuildLogParser::Step &step = parserPtr->steps().at(event.step);
                if (event.kind == BuildLogParser::Event::Kind::Began) {
                    RolloutStep added;
                    added.id = QString::number(event.step);
                    added.name = step.title;
                    const int index = rollout.addStep(added);
                    indexes.insert(event.step, index);
                    rollout.startStep(index, clock);
                } else if (event.kind == BuildLogParser::Event::Kind::Ended) {
                    const int index = indexes.value(event.step, -1);
                    clock = clock.addSecs(step.duration ? step.duration->count() : 10);
                    rollout.setStepSummaryLine(index, step.summaryLine);
                    rollout.setStepWarnings(index, step.warnings);
                    rollout.finishStep(index, RolloutStepState::Succeeded, {}, clock);
                }
            });
        parserPtr = &parser;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == insertAt) {
                parser.addText(body);
                clock = clock.addSecs(bodySeconds);
            }
            parser.addLine(lines.at(i));
        }
        if (insertAt >= lines.size()) {
            parser.addText(body);
            clock = clock.addSecs(bodySeconds);
        }
        parser.flush();
        // What earlier builds of the environment took, as the API reports them.
        for (int i = 0; i < rollout.stepCount(); ++i) {
            const auto took = std::chrono::duration_cast<std::chrono::seconds>(rollout.step(i).duration());
            rollout.setStepEarlierDurations(i, {took - std::chrono::seconds(3 + i), took + std::chrono::seconds(4), took});
        }
    }

    QImage shootRollout(const QString &name, Rollout &rollout, const std::function<void(RolloutView &)> &prepare = {})
    {
        RolloutView view;
        view.resize(1280, 720);
        view.setRollout(&rollout);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return {};
        if (prepare)
            prepare(view);
        QTest::qWait(200);
        const QImage image = view.grab().toImage();
        const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        if (!image.save(file))
            qWarning("could not write %s", qPrintable(file));
        else
            qInfo("screenshot: %s", qPrintable(file));
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_english = std::make_unique<TranslationLoader>(QCoreApplication::instance());
        m_english->install(QStringLiteral("en"));
        Appearance::setupIcons();
        Appearance::captureSystemPalette(qApp);
        m_outDir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QVERIFY(QDir().mkpath(m_outDir));

        const QDir example(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        QVERIFY(m_fx.init(QStringLiteral("drupal-example")));
        for (const QString &name : {QStringLiteral(".lagoon.yml"), QStringLiteral("docker-compose.yml"),
                                    QStringLiteral(".lagoon.env.main")}) {
            QFile f(example.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(m_fx.write(QStringLiteral("drupal-example/") + name, f.readAll()));
        }
        const QDir dockerfiles(example.filePath(QStringLiteral("lagoon")));
        for (const QString &name : dockerfiles.entryList(QDir::Files)) {
            QFile f(dockerfiles.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(m_fx.write(QStringLiteral("drupal-example/lagoon/") + name, f.readAll()));
        }
        m_fx.git(QStringLiteral("drupal-example"), {QStringLiteral("add"), QStringLiteral("-A")});
        m_fx.git(QStringLiteral("drupal-example"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                                    QStringLiteral("Import the Drupal example")});
        QVERIFY(m_fx.write(QStringLiteral("drupal-example/web/themes/custom/README.md"), "theme\n"));
        QVERIFY(m_fx.write(QStringLiteral("drupal-example/.lagoon.yml"), "# edited\n" + [&] {
            QFile f(example.filePath(QStringLiteral(".lagoon.yml")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }()));
    }

    void welcome()
    {
        const QImage image = shoot(QStringLiteral("welcome"), false);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1280 && image.height() >= 800);
        QVERIFY(distinctColours(image) > 20);
    }

    void projectOpen_light()
    {
        Appearance::applyColorScheme(qApp, QStringLiteral("light"));
        const QImage image = shoot(QStringLiteral("main-window"), true);
        QVERIFY(!image.isNull());
        QVERIFY(distinctColours(image) > 50);
        QVERIFY(!Appearance::isDark(qApp->palette()));
    }

    void projectOpen_dark()
    {
        Appearance::applyColorScheme(qApp, QStringLiteral("dark"));
        const QImage image = shoot(QStringLiteral("main-window-dark"), true);
        QVERIFY(!image.isNull());
        QVERIFY(Appearance::isDark(qApp->palette()));
        // Most of a dark window is dark.
        QVERIFY2(Lagoon::Test::darkShare(image) > 0.6, qPrintable(QString::number(Lagoon::Test::darkShare(image))));
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
    }

    void projectWithProblems()
    {
        const QImage image = shoot(QStringLiteral("main-window-problems"), true,
                                   QStringLiteral(LAGOON_TEST_DATA_DIR "/rules/route-annotation-restricted"));
        QVERIFY(!image.isNull());
        QVERIFY(distinctColours(image) > 50);
    }

    /** The editor as the user sees it: a route broken in the text, underlined, in the Problems dock. */
    void editor_lagoonYml()
    {
        for (const char *scheme : {"light", "dark"}) {
            Appearance::applyColorScheme(qApp, QString::fromLatin1(scheme));
            const QImage image = shoot(QStringLiteral("editor-lagoon-yml-") + QString::fromLatin1(scheme), true, {},
                                       &tst_Screenshots::showBrokenRoute);
            QVERIFY(!image.isNull());
            QVERIFY(distinctColours(image) > 80);
        }
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
    }

    void editor_otherTabs()
    {
        const QStringList tabs = {QStringLiteral("docker-compose.yml"), QStringLiteral("Deploy Plan"), QStringLiteral("Services")};
        const QStringList names = {QStringLiteral("editor-compose"), QStringLiteral("editor-plan"), QStringLiteral("editor-services")};
        for (qsizetype i = 0; i < tabs.size(); ++i) {
            const QImage image = shoot(names.at(i), true, {}, [&](MainWindow &window) {
                QTabWidget *documents = window.documents();
                for (int t = 0; t < documents->count(); ++t) {
                    if (documents->tabText(t).startsWith(tabs.at(i)))
                        documents->setCurrentIndex(t);
                }
                QVERIFY(documents->tabText(documents->currentIndex()).startsWith(tabs.at(i)));
            });
            QVERIFY(!image.isNull());
            QVERIFY(distinctColours(image) > 50);
        }
    }

    void projectOpen_japanese()
    {
        QCOMPARE(m_english->install(QStringLiteral("ja")), QStringLiteral("ja"));
        const QImage image = shoot(QStringLiteral("main-window-ja"), true);
        QVERIFY(!image.isNull());
        QVERIFY(!shoot(QStringLiteral("editor-lagoon-yml-ja"), true, {}, &tst_Screenshots::showBrokenRoute).isNull());
        m_english->install(QStringLiteral("en"));
    }

    /** A remote build running: a real log's first step done, the second streaming docker output. */
    void rollout_running()
    {
        const QList<QByteArray> real = realBuildLog(QStringLiteral("lagoon-build-7g8h9i"));
        QVERIFY2(real.size() > 10, "../shared/lagoon-research/buildlogs is part of the test");
        Rollout rollout(QStringLiteral("lagoon-build-7g8h9i"), QStringLiteral("lagoon-build-7g8h9i"));
        rollout.setDetails(QStringLiteral("drupal-example"), QStringLiteral("main"), QStringLiteral("ada@example.com"));
        rollout.start(QDateTime::currentDateTimeUtc().addSecs(-95));
        feedBuildLog(rollout, real, real.size(), Lagoon::Test::GeneratedBuildLog::body(120000).bytes, 80);
        QCOMPARE(rollout.state(), RolloutState::Running);
        QCOMPARE(rollout.currentStep(), rollout.stepCount() - 1);
        const QImage image = shootRollout(QStringLiteral("rollout-running"), rollout, [](RolloutView &view) {
            QTRY_COMPARE(view.logView()->lastVisibleLine(), view.rollout()->log().lineCount() - 1);
        });
        QVERIFY(!image.isNull());
        QVERIFY(distinctColours(image) > 40);
    }

    /** A remote build that failed: the failing step selected, the log at the error, in both schemes. */
    void rollout_failed()
    {
        const QList<QByteArray> real = realBuildLog(QStringLiteral("lagoon-build-def456"));
        QVERIFY(real.size() > 10);
        for (const char *scheme : {"light", "dark"}) {
            Appearance::applyColorScheme(qApp, QString::fromLatin1(scheme));
            Rollout rollout(QStringLiteral("lagoon-build-def456"), QStringLiteral("lagoon-build-def456"));
            rollout.setDetails(QStringLiteral("drupal-example"), QStringLiteral("pr-42"), QStringLiteral("GitHub pull request #42"));
            rollout.start(QDateTime::currentDateTimeUtc().addSecs(-400));
            // The error comes last, after the step's output.
            feedBuildLog(rollout, real, real.size() - 1, Lagoon::Test::GeneratedBuildLog::body(60000).bytes, 200);
            const int failing = rollout.stepCount() - 1;
            const qsizetype errorLine = rollout.log().lineCount() - 1;
            rollout.setStepSummaryLine(failing, errorLine);
            rollout.finishStep(failing, RolloutStepState::Failed, QString::fromUtf8(real.last()));
            rollout.finish(RolloutState::Failed,
                           QStringLiteral("The build failed in “%1”: %2").arg(rollout.step(failing).name, QString::fromUtf8(real.last())));
            qsizetype selected = -1;
            const QImage image = shootRollout(QStringLiteral("rollout-failed-") + QString::fromLatin1(scheme), rollout,
                                              [&](RolloutView &view) {
                                                  QCOMPARE(view.selectedStep(), failing);
                                                  selected = view.logView()->selectionStart();
                                              });
            QVERIFY(!image.isNull());
            QCOMPARE(selected, errorLine);
            if (qstrcmp(scheme, "dark") == 0)
                QVERIFY(Lagoon::Test::darkShare(image) > 0.6);
        }
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
    }

    /** A build that completed with warnings: earlier steps folded, the log at the step that warned. */
    void rollout_completedWithWarnings()
    {
        const QList<QByteArray> real = realBuildLog(QStringLiteral("lagoon-build-123abc"));
        QVERIFY(real.size() > 40);
        Rollout rollout(QStringLiteral("lagoon-build-123abc"), QStringLiteral("lagoon-build-123abc"));
        rollout.setDetails(QStringLiteral("drupal-example"), QStringLiteral("main"), QStringLiteral("deploy bot"));
        rollout.start(QDateTime::currentDateTimeUtc().addSecs(-900));
        // Docker output inside "Build and Deploy", before its STEP banner.
        qsizetype insertAt = real.size();
        for (qsizetype i = 0; i < real.size(); ++i) {
            if (real.at(i).startsWith("STEP Build and Deploy"))
                insertAt = i - 1;
        }
        feedBuildLog(rollout, real, insertAt, Lagoon::Test::GeneratedBuildLog::body(200000).bytes, 420);
        const int warned = rollout.stepCount() - 1;
        rollout.setStepWarnings(warned, true);
        rollout.setWarnings(true);
        rollout.finish(RolloutState::Succeeded);
        const QImage image = shootRollout(QStringLiteral("rollout-warnings"), rollout, [&](RolloutView &view) {
            QCOMPARE(view.stateText(), QStringLiteral("Completed with warnings"));
            QTRY_VERIFY(view.logView()->rows().sectionCount() >= 5);
            // Left alone, the view lands on the step that warned, the log on how it ended.
            QCOMPARE(view.selectedStep(), warned);
            QCOMPARE(view.logView()->selectionStart(), rollout.step(warned).summaryLine);
            for (int i = 0; i < 3; ++i)
                view.logView()->setSectionFolded(i, true);
            view.logView()->verticalScrollBar()->setValue(0);
        });
        QVERIFY(!image.isNull());
        QVERIFY(distinctColours(image) > 40);

        // Ctrl+F over the same log: every match tinted, the current one stronger, "n of N" counted.
        const QImage search = shootRollout(QStringLiteral("rollout-search"), rollout, [&](RolloutView &view) {
            view.logView()->setFocus();
            QTest::keySequence(view.logView(), QKeySequence::Find);
            view.searchBar()->setFindText(QString::fromLatin1(Lagoon::Test::GeneratedBuildLog::Warning));
            view.searchBar()->finishSearch();
            QCOMPARE(view.searchBar()->matchCount(), 200);
            QVERIFY(view.searchBar()->findNext());
            QCOMPARE(view.searchBar()->statusText(), QStringLiteral("2 of 200"));
        });
        QVERIFY(!search.isNull());
    }
};

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
