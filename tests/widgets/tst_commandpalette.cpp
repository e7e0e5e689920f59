// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <tuple>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/remote/lagoonsession.h"
#include "core/settings/settings.h"
#include "widgets/common/appearance.h"
#include "widgets/common/commandpalette.h"
#include "widgets/deploy/deploycontroller.h"
#include "widgets/deploy/remoterolloutpage.h"
#include "widgets/mainwindow.h"
#include "widgets/rollout/logview.h"
#include "widgets/rollout/rolloutview.h"

using namespace Lagoon;

namespace {

// The menu bar's commands, walked here on its own so the palette is checked against the menus.
void collectMenu(const QMenu *menu, QSet<QAction *> &into)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->menu())
            collectMenu(action->menu(), into);
        else if (!action->isSeparator() && action->isVisible())
            into.insert(action);
    }
}

// Every key of those `actions` whose shortcut context is one of `contexts`, with who owns it.
void collectKeys(const QList<QAction *> &actions, const QList<Qt::ShortcutContext> &contexts,
                 QHash<QString, QStringList> &owners)
{
    for (QAction *action : actions) {
        if (!contexts.contains(action->shortcutContext()))
            continue;
        const QList<QKeySequence> keys = action->shortcuts();
        for (const QKeySequence &key : keys) {
            if (!key.isEmpty())
                owners[key.toString()].append(CommandPalette::plainText(action) + QLatin1Char('/') + action->objectName());
        }
    }
}

QSet<QAction *> menuActions(const QMainWindow &window)
{
    QSet<QAction *> result;
    const QList<QAction *> top = window.menuBar()->actions();
    for (QAction *action : top) {
        if (action->menu())
            collectMenu(action->menu(), result);
    }
    return result;
}

} // namespace

class tst_CommandPalette : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    Settings *m_settings = nullptr;
    std::unique_ptr<MainWindow> m_window;

    CommandPalette *palette() const { return m_window->commandPalette(); }
    QLineEdit *field() const { return palette()->findChild<QLineEdit *>(QStringLiteral("commandPaletteFilter")); }
    QTreeWidget *list() const { return palette()->findChild<QTreeWidget *>(QStringLiteral("commandPaletteList")); }

    void openPalette()
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(palette()->isVisible());
        QCOMPARE(QApplication::focusWidget(), field());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Appearance::setupIcons();
    }

    void init()
    {
        m_settings = new Settings(new QSettings(m_settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat), this);
        // Two recent projects, so Open Recent has entries the palette must list too.
        m_settings->setValue(SettingKeys::RecentProjects,
                             QStringList{m_settingsDir.filePath(QStringLiteral("one")), m_settingsDir.filePath(QStringLiteral("two"))});
        m_window = std::make_unique<MainWindow>(m_settings);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->focusArea(MainWindow::Area::Editor);
    }

    void cleanup()
    {
        m_window.reset();
        delete m_settings;
        m_settings = nullptr;
    }

    void shortcut_opensPaletteListingEveryMenuCommand()
    {
        openPalette();
        const QSet<QAction *> fromMenus = menuActions(*m_window);
        QVERIFY(fromMenus.size() > 20);
        const QList<QAction *> listed = palette()->actions();
        int fromMenusListed = 0;
        for (QAction *action : listed)
            fromMenusListed += fromMenus.contains(action) ? 1 : 0;
        QCOMPARE(fromMenusListed, int(fromMenus.size()));
        QCOMPARE(list()->topLevelItemCount(), int(listed.size()));
        // The dock's own buttons are there as well, under the dock's name.
        QAction *up = m_window->findChild<QAction *>(QStringLiteral("stackUp"));
        QVERIFY(up);
        QVERIFY(listed.contains(up));
        // Disabled ones are listed too (Save, with no file open) and greyed.
        QAction *save = m_window->findChild<QAction *>(QStringLiteral("actionSave"));
        QVERIFY(!save->isEnabled());
        const int row = int(palette()->visibleActions().indexOf(save));
        QVERIFY(row >= 0);
        QTreeWidgetItem *item = list()->topLevelItem(row);
        QCOMPARE(item->text(0), QStringLiteral("File \u25B8 Save"));
        QCOMPARE(item->text(1), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
        QCOMPARE(item->foreground(0).color(), palette()->palette().color(QPalette::Disabled, QPalette::Text));
        // Except while it is the current row, where the selection's text colour keeps it readable.
        list()->setCurrentItem(item);
        QCOMPARE(item->foreground(0).style(), Qt::NoBrush);
        QTest::keyClick(field(), Qt::Key_Down);
        QCOMPARE(item->foreground(0).color(), palette()->palette().color(QPalette::Disabled, QPalette::Text));
        // Checkable ones show their state.
        QAction *problems = m_window->findChild<QDockWidget *>(QStringLiteral("dockProblems"))->toggleViewAction();
        QTreeWidgetItem *problemsItem = list()->topLevelItem(int(palette()->visibleActions().indexOf(problems)));
        QCOMPARE(problemsItem->checkState(0), problems->isChecked() ? Qt::Checked : Qt::Unchecked);
        QVERIFY(!palette()->accessibleName().isEmpty());
        QVERIFY(!field()->accessibleName().isEmpty());
    }

    void typing_ranksDeployFirst_enterRunsIt()
    {
        QAction *deploy = m_window->deployController()->deployAction();
        // The dialog itself is tested elsewhere; here only that the palette fires the action.
        disconnect(deploy, &QAction::triggered, m_window->deployController(), nullptr);
        deploy->setEnabled(true);
        QSignalSpy triggered(deploy, &QAction::triggered);
        openPalette();
        QTest::keyClicks(field(), QStringLiteral("depl"));
        QCOMPARE(palette()->visibleActions().constFirst(), deploy);
        QCOMPARE(list()->currentItem()->text(0), QStringLiteral("Lagoon \u25B8 Deploy…"));
        // Words in any order, prefixes of words: "lag dep" finds it too; nonsense finds nothing, and says so.
        field()->clear();
        QTest::keyClicks(field(), QStringLiteral("lag dep"));
        QCOMPARE(palette()->visibleActions().constFirst(), deploy);
        field()->clear();
        QTest::keyClicks(field(), QStringLiteral("zzqx"));
        QCOMPARE(list()->topLevelItemCount(), 0);
        QVERIFY(palette()->findChild<QLabel *>(QStringLiteral("commandPaletteReason"))->isVisible());
        QTest::keyClick(field(), Qt::Key_Return); // Nothing to run, nothing breaks.
        QVERIFY(palette()->isVisible());
        field()->clear();
        QTest::keyClicks(field(), QStringLiteral("depl"));
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(triggered.count(), 1);
        QVERIFY(!palette()->isVisible());
    }

    void disabledCommand_doesNotRun_andSaysWhy()
    {
        QAction *deploy = m_window->deployController()->deployAction();
        disconnect(deploy, &QAction::triggered, m_window->deployController(), nullptr);
        deploy->setEnabled(false);
        deploy->setStatusTip(QStringLiteral("Open a project first"));
        QSignalSpy triggered(deploy, &QAction::triggered);
        openPalette();
        QTest::keyClicks(field(), QStringLiteral("deploy"));
        QCOMPARE(palette()->visibleActions().constFirst(), deploy);
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(triggered.count(), 0);
        QVERIFY(palette()->isVisible());
        auto *reason = palette()->findChild<QLabel *>(QStringLiteral("commandPaletteReason"));
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().contains(QStringLiteral("Open a project first")));
        // A click does not run it either.
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualItemRect(list()->topLevelItem(0)).center());
        QCOMPARE(triggered.count(), 0);
    }

    void arrowsMove_escapeClosesAndGivesFocusBack()
    {
        m_window->focusArea(MainWindow::Area::Problems);
        QWidget *before = QApplication::focusWidget();
        QVERIFY(before);
        openPalette();
        QCOMPARE(list()->currentIndex().row(), 0);
        QTest::keyClick(field(), Qt::Key_Down);
        QTest::keyClick(field(), Qt::Key_Down);
        QCOMPARE(list()->currentIndex().row(), 2);
        QTest::keyClick(field(), Qt::Key_PageDown);
        const int afterPageDown = list()->currentIndex().row();
        QVERIFY(afterPageDown > 2);
        QTest::keyClick(field(), Qt::Key_Up);
        QCOMPARE(list()->currentIndex().row(), afterPageDown - 1);
        QTest::keyClick(field(), Qt::Key_PageUp);
        QVERIFY(list()->currentIndex().row() < afterPageDown - 1);
        QTest::keyClick(field(), Qt::Key_Escape);
        QVERIFY(!palette()->isVisible());
        QCOMPARE(QApplication::focusWidget(), before);
    }

    void click_runsTheCommand()
    {
        openPalette();
        QTest::keyClicks(field(), QStringLiteral("go local"));
        QAction *goStack = m_window->findChild<QAction *>(QStringLiteral("actionFocusArea2"));
        QCOMPARE(palette()->visibleActions().constFirst(), goStack);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualItemRect(list()->topLevelItem(0)).center());
        QVERIFY(!palette()->isVisible());
        QCOMPARE(m_window->focusedArea(), int(MainWindow::Area::LocalStack));
    }

    void keyboardOnly_paletteThenEnter()
    {
        QCOMPARE(m_window->focusedArea(), int(MainWindow::Area::Editor));
        openPalette();
        QTest::keyClicks(field(), QStringLiteral("deployments"));
        // The Go To entry and the dock toggle both match; Down reaches the one wanted.
        QAction *goDeployments = m_window->findChild<QAction *>(QStringLiteral("actionFocusArea3"));
        const int row = int(palette()->visibleActions().indexOf(goDeployments));
        QVERIFY(row >= 0);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(field(), Qt::Key_Down);
        QTest::keyClick(field(), Qt::Key_Return);
        QCOMPARE(m_window->focusedArea(), int(MainWindow::Area::Deployments));
    }

    void f6_cyclesTheMainAreas()
    {
        using Area = MainWindow::Area;
        QCOMPARE(m_window->focusedArea(), int(Area::Editor));
        const auto press = [this](Qt::KeyboardModifiers modifiers) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, modifiers);
            return m_window->focusedArea();
        };
        // The Rollouts dock is closed until a rollout starts: F6 passes it by.
        QCOMPARE(press({}), int(Area::Problems));
        QCOMPARE(press({}), int(Area::LocalStack));
        QCOMPARE(press({}), int(Area::Deployments));
        QCOMPARE(press({}), int(Area::Editor));
        QCOMPARE(press(Qt::ShiftModifier), int(Area::Deployments));
        // Tabbed-away docks come forward when reached.
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("dockDeployments"))->isVisible());
        // Ctrl+Alt+4 opens the Rollouts dock; then F6 reaches it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier | Qt::AltModifier);
        QTRY_VERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("dockRollouts"))->isVisible());
        m_window->focusArea(Area::Deployments);
        QCOMPARE(press({}), int(Area::Rollouts));
        QCOMPARE(press({}), int(Area::Editor));
        // Alt+1 goes straight to the Problems.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(m_window->focusedArea(), int(Area::Problems));
    }

    void shortcuts_areUniqueAndCoverTheMainCommands()
    {
        QHash<QString, QStringList> owners;
        collectKeys(m_window->findChildren<QAction *>(), {Qt::WindowShortcut, Qt::ApplicationShortcut}, owners);
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "))));

        // Every main command answers to a key.
        for (const char *name : {"actionOpen", "actionClose", "actionSave", "actionSaveAll", "actionUndo", "actionRedo",
                                 "actionRefresh", "actionQuit", "actionPreferences", "actionLagoonAccounts", "actionDeploy",
                                 "actionAbout", "actionCommandPalette", "actionNextArea", "actionPreviousArea",
                                 "actionFocusArea0", "actionFocusArea1", "actionFocusArea2", "actionFocusArea3",
                                 "actionFocusArea4", "stackRunLocally", "stackUp", "stackDown", "stackRestart",
                                 "stackRebuild", "stackCancel", "lagoonDeployLatest", "lagoonCancelDeployment",
                                 "lagoonWatchRollout"}) {
            QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            QVERIFY2(!dock->toggleViewAction()->shortcut().isEmpty(), qPrintable(dock->objectName()));
    }

    void rolloutPageKeys_areUniqueInTheWindow_andTypeableOnUsAndJisKeyboards()
    {
        // A Lagoon build's page as the Rollouts dock shows it. Its session leads nowhere: only its keys count.
        QNetworkAccessManager network;
        QTemporaryDir cache;
        LagoonSession session(&network, QStringLiteral("offline"), QUrl(QStringLiteral("http://127.0.0.1:9/graphql")),
                              [](const TokenRequest &, const TokenReply &reply) { reply(QStringLiteral("token")); },
                              cache.path());
        LagoonEnvironmentRef environment;
        environment.project = QStringLiteral("lagoon-demo");
        environment.name = QStringLiteral("dev");
        environment.id = 1;
        RemoteRolloutPage page(&session, environment, QStringLiteral("lagoon-build-1"), {});

        // With the focus in the page, its keys and the window's all work: none may stand for two commands.
        QHash<QString, QStringList> owners;
        collectKeys(m_window->findChildren<QAction *>(), {Qt::WindowShortcut, Qt::ApplicationShortcut}, owners);
        const int windowKeys = int(owners.size());
        collectKeys(page.findChildren<QAction *>(), {Qt::WidgetWithChildrenShortcut, Qt::WidgetShortcut}, owners);
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "))));
        QVERIFY(owners.size() >= windowKeys + 8); // Follow, Fold, Unfold (2), Save, Find, Redeploy, Open in Lagoon

        // What Qt's X11/Wayland keymap reports for Ctrl+Shift and the key with '+' or '-' on it
        // (QXkbCommon::possibleKeys: the key as pressed, then without the Shift that makes the
        // character). Exactly one must be the command's: none and it cannot be typed, two and Qt
        // finds the shortcut ambiguous and runs nothing.
        const auto ctrl = [](Qt::Key key) { return QKeySequence(Qt::CTRL | key); };
        const auto ctrlShift = [](Qt::Key key) { return QKeySequence(Qt::CTRL | Qt::SHIFT | key); };
        const QList<std::tuple<const char *, const char *, QList<QKeySequence>>> presses{
            {"rolloutUnfoldAll", "US: Ctrl+Shift+=", {ctrlShift(Qt::Key_Equal), ctrl(Qt::Key_Plus)}},
            {"rolloutUnfoldAll", "JIS: Ctrl+Shift+;", {ctrlShift(Qt::Key_Semicolon), ctrl(Qt::Key_Plus)}},
            {"rolloutUnfoldAll", "German: Ctrl+Shift++", {ctrlShift(Qt::Key_Plus), ctrl(Qt::Key_Asterisk)}},
            {"rolloutUnfoldAll", "keypad: Ctrl++", {ctrl(Qt::Key_Plus)}},
            {"rolloutFoldAll", "US: Ctrl+Shift+-", {ctrlShift(Qt::Key_Minus), ctrl(Qt::Key_Underscore)}},
            {"rolloutFoldAll", "JIS: Ctrl+Shift+-", {ctrlShift(Qt::Key_Minus), ctrl(Qt::Key_Equal)}},
        };
        for (const auto &[name, press, reported] : presses) {
            QAction *action = page.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            const QList<QKeySequence> keys = action->shortcuts();
            const auto hits = std::count_if(reported.cbegin(), reported.cend(),
                                            [&keys](const QKeySequence &key) { return keys.contains(key); });
            QVERIFY2(hits == 1, qPrintable(QStringLiteral("%1 %2: %3 of its keys").arg(QLatin1String(name), QLatin1String(press)).arg(hits)));
        }
        // Both of Unfold All's keys run it, in the page with the focus.
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *log = page.view()->findChild<LogView *>();
        QVERIFY(log);
        log->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), log);
        QSignalSpy unfolded(page.findChild<QAction *>(QStringLiteral("rolloutUnfoldAll")), &QAction::triggered);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(unfolded.count(), 2);
    }

    void rolloutToolbar_answersToKeysInsideTheRollout()
    {
        // Two rollouts open at once: each one's keys act on the one with the focus.
        QWidget holder;
        auto *layout = new QHBoxLayout(&holder);
        auto *first = new RolloutView;
        auto *second = new RolloutView;
        layout->addWidget(first);
        layout->addWidget(second);
        holder.show();
        holder.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&holder));
        QAction *followFirst = first->findChild<QAction *>(QStringLiteral("rolloutFollow"));
        QAction *followSecond = second->findChild<QAction *>(QStringLiteral("rolloutFollow"));
        for (const char *name : {"rolloutFollow", "rolloutFoldAll", "rolloutUnfoldAll", "rolloutSave", "rolloutFind"}) {
            QAction *action = first->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->shortcut().isEmpty(), name);
            QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        }
        QVERIFY(followFirst->isChecked() && followSecond->isChecked());
        second->setFocus();
        QWidget *inside = second->focusWidget() ? second->focusWidget() : second;
        inside->setFocus();
        QTest::keyClick(inside, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(followFirst->isChecked());
        QVERIFY(!followSecond->isChecked());
    }
};

QTEST_MAIN(tst_CommandPalette)
#include "tst_commandpalette.moc"
