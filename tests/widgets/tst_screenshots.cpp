// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Renders the main window in the states a user sees first and writes PNGs a person can look at
// (build/<preset>/screenshots). The assertions catch blank or collapsed renders.
#include <functional>

#include <QApplication>
#include <QTabWidget>
#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/imagechecks.h"
#include "core/i18n/translationloader.h"
#include "core/settings/settings.h"
#include "tests/support/gitfixture.h"
#include "widgets/common/appearance.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editordocument.h"
#include "widgets/editor/editorworkspace.h"
#include "widgets/editor/fileeditorpage.h"
#include "widgets/mainwindow.h"

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
};

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
