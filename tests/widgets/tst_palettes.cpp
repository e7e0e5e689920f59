// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include "core/settings/settings.h"
#include "tests/support/imagechecks.h"
#include "widgets/common/appearance.h"
#include "widgets/common/badge.h"
#include "widgets/common/badgelabel.h"
#include "widgets/common/commandpalette.h"
#include "widgets/common/highcontraststyle.h"
#include "widgets/editor/editorcolors.h"
#include "widgets/mainwindow.h"
#include "widgets/rollout/logcolors.h"

using namespace Lagoon;
using Appearance::contrastRatio;

namespace {

// WCAG AA for body text; high contrast asks for AAA.
constexpr qreal ReadableRatio = 4.5;
constexpr qreal HighContrastRatio = 7.0;

qreal required(const QString &scheme)
{
    return scheme == QLatin1String("high-contrast") ? HighContrastRatio : ReadableRatio;
}

// The pixel of `image` most unlike `background`: on a rendered word, the ink of its letters.
qreal bestContrast(const QImage &image, const QRect &area, const QColor &background)
{
    qreal best = 1.0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), background));
    }
    return best;
}

int countColour(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb() ? 1 : 0;
    }
    return count;
}

} // namespace

class tst_Palettes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_outDir;

    void schemes()
    {
        QTest::addColumn<QString>("scheme");
        for (const char *scheme : {"light", "dark", "high-contrast"})
            QTest::newRow(scheme) << QString::fromLatin1(scheme);
    }

    QString exampleProject()
    {
        const QDir example(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        const QString folder = m_dir.filePath(QStringLiteral("drupal-example"));
        QDir().mkpath(folder);
        QDir().mkpath(QDir(folder).filePath(QStringLiteral("lagoon")));
        // The Dockerfiles too: without them the screenshots would show the example with errors.
        for (const QString &name : {QStringLiteral(".lagoon.yml"), QStringLiteral("docker-compose.yml"),
                                    QStringLiteral(".lagoon.env.main"), QStringLiteral("lagoon/cli.dockerfile"),
                                    QStringLiteral("lagoon/nginx.dockerfile"), QStringLiteral("lagoon/php.dockerfile")})
            QFile::copy(example.filePath(name), QDir(folder).filePath(name));
        return folder;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Appearance::setupIcons();
        Appearance::captureSystemPalette(qApp);
        m_outDir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
        QDir().mkpath(m_outDir);
    }

    void cleanup() { Appearance::applyColorScheme(qApp, QStringLiteral("system")); }

    void highContrast_isAppliedToTheApp()
    {
        Appearance::applyColorScheme(qApp, QStringLiteral("high-contrast"));
        const QPalette p = qApp->palette();
        QCOMPARE(p.color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(p.color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(p.color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(p.color(QPalette::Text), QColor(Qt::white));
        QCOMPARE(p.color(QPalette::Highlight), QColor(Qt::yellow));
        QCOMPARE(p.color(QPalette::Link), QColor(Qt::cyan));
        QVERIFY(Appearance::isHighContrast(p));
        QVERIFY(qobject_cast<HighContrastStyle *>(QApplication::style()));
        QVERIFY(contrastRatio(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)) >= HighContrastRatio);

        // A field drawn with it: black inside, a white outline, and a yellow frame once it has the focus.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *first = new QLineEdit(QStringLiteral("first"));
        auto *second = new QLineEdit(QStringLiteral("second"));
        layout->addWidget(first);
        layout->addWidget(second);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        const QImage focused = first->grab().toImage();
        const QImage unfocused = second->grab().toImage();
        QCOMPARE(focused.pixelColor(focused.width() / 2, 3), QColor(Qt::black));
        QVERIFY(countColour(focused, Qt::yellow) > focused.width()); // A frame all around.
        QCOMPARE(countColour(unfocused, Qt::yellow), 0);
        QVERIFY(countColour(unfocused, Qt::white) > unfocused.width());

        // A list draws no focus of its own: the style puts its yellow frame around it.
        auto *list = new QListWidget;
        list->addItems({QStringLiteral("nginx"), QStringLiteral("php")});
        layout->addWidget(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(countColour(window.grab(list->geometry()).toImage(), Qt::yellow), 0);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        auto *style = qobject_cast<HighContrastStyle *>(QApplication::style());
        QTRY_VERIFY(style->focusRing() && style->focusRing()->isVisible());
        QCOMPARE(style->focusRing()->target(), list);
        // All around the list, on its own edge.
        const int ring = countColour(window.grab(list->geometry()).toImage(), Qt::yellow);
        QVERIFY2(ring >= 2 * (list->width() + list->height()), qPrintable(QString::number(ring)));

        // Light and dark are not mistaken for high contrast.
        Appearance::applyColorScheme(qApp, QStringLiteral("dark"));
        QVERIFY(!Appearance::isHighContrast(qApp->palette()));
        QVERIFY(!qobject_cast<HighContrastStyle *>(QApplication::style()));
        Appearance::applyColorScheme(qApp, QStringLiteral("light"));
        QVERIFY(!Appearance::isHighContrast(qApp->palette()));
    }

    void system_followsADesktopInHighContrastOrDark()
    {
        const QPalette original = qApp->palette();
        // A desktop in high contrast: "system" keeps its palette and adds the outlines and focus frame.
        qApp->setPalette(Appearance::highContrastPalette());
        Appearance::captureSystemPalette(qApp);
        Appearance::applyColorScheme(qApp, QStringLiteral("light"));
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
        QVERIFY(qobject_cast<HighContrastStyle *>(QApplication::style()));
        QCOMPARE(qApp->palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QIcon::themeName(), QStringLiteral("breeze-dark"));
        QVERIFY(Appearance::isHighContrast(qApp->palette()));
        // A dark desktop: its palette, dark icons, and no high-contrast frames.
        QPalette dark = qApp->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        qApp->setPalette(dark);
        Appearance::captureSystemPalette(qApp);
        Appearance::applyColorScheme(qApp, QStringLiteral("light"));
        Appearance::applyColorScheme(qApp, QStringLiteral("system"));
        QVERIFY(!qobject_cast<HighContrastStyle *>(QApplication::style()));
        QCOMPARE(qApp->palette().color(QPalette::Window), QColor(0x20, 0x22, 0x25));
        QCOMPARE(QIcon::themeName(), QStringLiteral("breeze-dark"));
        QVERIFY(Badge::colour(Badge::Tone::Bad, qApp->palette()).lightness() > 128); // Light ink on dark.

        qApp->setPalette(original);
        Appearance::captureSystemPalette(qApp);
    }

    void badges_readable_data() { schemes(); }
    void badges_readable()
    {
        QFETCH(QString, scheme);
        Appearance::applyColorScheme(qApp, scheme);
        const QPalette p = qApp->palette();
        for (const Badge::Tone tone : {Badge::Tone::Neutral, Badge::Tone::Good, Badge::Tone::Busy, Badge::Tone::Warning,
                                       Badge::Tone::Bad, Badge::Tone::Accent}) {
            const qreal ratio = contrastRatio(Badge::colour(tone, p), Badge::fill(tone, p));
            QVERIFY2(ratio >= required(scheme), qPrintable(QStringLiteral("tone %1: %2").arg(int(tone)).arg(ratio)));
            // Tones also colour words straight on the window (a cron schedule's error).
            if (tone != Badge::Tone::Neutral) {
                const qreal onWindow = contrastRatio(Badge::colour(tone, p), p.color(QPalette::Window));
                QVERIFY2(onWindow >= ReadableRatio, qPrintable(QStringLiteral("tone %1 on window: %2").arg(int(tone)).arg(onWindow)));
            }

            // And as drawn: the word's ink against the pill's fill.
            BadgeLabel label;
            label.setBadge({tone, QStringLiteral("Running"), QString(), QString()});
            label.resize(label.sizeHint());
            const QImage image = label.grab().toImage();
            const QColor fill = Badge::fill(tone, p);
            const QRect inside = image.rect().adjusted(image.height() / 2, 3, -image.height() / 2, -3);
            QVERIFY(inside.isValid());
            const qreal drawn = bestContrast(image, inside, fill);
            QVERIFY2(drawn >= required(scheme), qPrintable(QStringLiteral("tone %1 drawn: %2").arg(int(tone)).arg(drawn)));
        }
    }

    void logColours_readable_data() { schemes(); }
    void logColours_readable()
    {
        QFETCH(QString, scheme);
        Appearance::applyColorScheme(qApp, scheme);
        const LogColors c = LogColors::fromPalette(qApp->palette());
        QVERIFY(contrastRatio(c.text, c.base) >= required(scheme));
        QVERIFY2(contrastRatio(c.lineNumber, c.gutterBackground) >= (scheme == QLatin1String("high-contrast") ? 4.5 : 2.5),
                 qPrintable(QString::number(contrastRatio(c.lineNumber, c.gutterBackground))));
        QVERIFY(contrastRatio(c.text, c.selection) >= ReadableRatio);
        // The 16 ANSI colours builds print in: the "black" and "white" ones are for the other
        // background, the rest must read on this one.
        for (size_t i = 0; i < c.ansi.size(); ++i) {
            if (i == 0 || i == 7 || i == 8 || i == 15)
                continue;
            const qreal ratio = contrastRatio(c.ansi.at(i), c.base);
            QVERIFY2(ratio >= (scheme == QLatin1String("light") ? 3.0 : ReadableRatio),
                     qPrintable(QStringLiteral("ansi %1: %2").arg(i).arg(ratio)));
        }
    }

    void editorColours_readable_data() { schemes(); }
    void editorColours_readable()
    {
        QFETCH(QString, scheme);
        Appearance::applyColorScheme(qApp, scheme);
        const EditorColors c = EditorColors::fromPalette(qApp->palette());
        const QList<std::pair<const char *, QColor>> colours{{"text", c.text},     {"error", c.error},   {"warning", c.warning},
                                                             {"info", c.info},     {"key", c.key},       {"string", c.string},
                                                             {"number", c.number}, {"anchor", c.anchor}, {"tag", c.tag}};
        for (const auto &[name, colour] : colours) {
            const qreal ratio = contrastRatio(colour, c.base);
            QVERIFY2(ratio >= ReadableRatio, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(ratio)));
            QVERIFY2(contrastRatio(colour, c.currentLine) >= ReadableRatio, name);
        }
        const qreal numbers = contrastRatio(c.lineNumber, c.gutterBackground);
        QVERIFY2(numbers >= (scheme == QLatin1String("high-contrast") ? ReadableRatio : 2.5), qPrintable(QString::number(numbers)));
        QVERIFY(contrastRatio(c.comment, c.base) >= (scheme == QLatin1String("high-contrast") ? ReadableRatio : 3.0));
    }

    void mainWindow_screenshots_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("high-contrast") << QStringLiteral("high-contrast");
    }
    void mainWindow_screenshots()
    {
        QFETCH(QString, scheme);
        Appearance::applyColorScheme(qApp, scheme);
        Settings settings(new QSettings(m_dir.filePath(scheme + QStringLiteral(".ini")), QSettings::IniFormat));
        MainWindow window(&settings);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy validated(&window, &MainWindow::validated);
        window.openProject(exampleProject());
        QVERIFY(validated.wait(10000));
        // Layouts and paints follow in posted events: each shot handles those pending, and each step
        // waits for what it then checks.
        const auto shot = [&window] {
            QCoreApplication::processEvents();
            return window.grab().toImage();
        };
        QTRY_VERIFY(Test::darkShare(shot()) > 0.6);
        const auto rightEdge = [&shot] {
            const QImage image = shot();
            return image.pixelColor(image.width() - 3, image.height() / 2);
        };
        if (scheme == QLatin1String("high-contrast")) {
            // The window's own background is the palette's black, not a style's shade of it.
            QTRY_COMPARE(rightEdge(), QColor(Qt::black));
        }
        QImage image = shot();
        QVERIFY(image.save(QDir(m_outDir).filePath(QStringLiteral("main-window-%1.png").arg(scheme))));
        QVERIFY2(Test::darkShare(image) > 0.6, qPrintable(QString::number(Test::darkShare(image))));

        // The text editor: gutter, highlighting and the problems' underlines.
        QTabWidget *documents = window.documents();
        for (int t = 0; t < documents->count(); ++t) {
            if (documents->tabText(t).startsWith(QStringLiteral("docker-compose.yml")))
                documents->setCurrentIndex(t);
        }
        QVERIFY(documents->tabText(documents->currentIndex()).startsWith(QStringLiteral("docker-compose.yml")));
        QTRY_VERIFY(documents->currentWidget()->isVisible());
        QTRY_VERIFY(Test::darkShare(shot()) > 0.6);
        const QImage editor = shot();
        QVERIFY(editor.save(QDir(m_outDir).filePath(QStringLiteral("editor-compose-%1.png").arg(scheme))));
        QVERIFY(Test::darkShare(editor) > 0.6);
        for (int t = 0; t < documents->count(); ++t) {
            if (documents->tabText(t) == QStringLiteral("Services"))
                documents->setCurrentIndex(t);
        }
        window.focusArea(MainWindow::Area::LocalStack);
        QTRY_COMPARE(window.focusedArea(), int(MainWindow::Area::LocalStack));
        if (scheme == QLatin1String("high-contrast")) {
            // The focused view fills its dock, and its ring is still there, on its edge.
            auto *style = qobject_cast<HighContrastStyle *>(QApplication::style());
            QVERIFY(style);
            QTRY_VERIFY(style->focusRing() && style->focusRing()->isVisible());
            QTRY_COMPARE(style->focusRing()->target(), QApplication::focusWidget());
            QWidget *focused = QApplication::focusWidget();
            const auto leftMiddle = [focused] {
                const QImage ring = focused->grab().toImage();
                return ring.pixelColor(0, ring.height() / 2);
            };
            const auto bottomMiddle = [focused] {
                const QImage ring = focused->grab().toImage();
                return ring.pixelColor(ring.width() / 2, ring.height() - 1);
            };
            QTRY_COMPARE(leftMiddle(), QColor(Qt::yellow));
            QTRY_COMPARE(bottomMiddle(), QColor(Qt::yellow));
        }
        QTRY_VERIFY(Test::darkShare(shot()) > 0.6);
        const QImage graph = shot();
        QVERIFY(graph.save(QDir(m_outDir).filePath(QStringLiteral("services-stack-%1.png").arg(scheme))));
        QVERIFY(Test::darkShare(graph) > 0.6);

        // The command palette over it, with its field focused.
        window.commandPalette()->popup();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("dep"));
        QTRY_VERIFY(window.commandPalette()->isVisible());
        QVERIFY(!window.commandPalette()->visibleActions().isEmpty());
        if (scheme == QLatin1String("high-contrast"))
            QTRY_VERIFY(countColour(shot(), Qt::yellow) > 100); // The focused field's frame and the current row.
        image = shot();
        QVERIFY(image.save(QDir(m_outDir).filePath(QStringLiteral("command-palette-%1.png").arg(scheme))));
        if (scheme == QLatin1String("high-contrast"))
            QVERIFY(countColour(image, Qt::yellow) > 100);
    }
};

QTEST_MAIN(tst_Palettes)
#include "tst_palettes.moc"
