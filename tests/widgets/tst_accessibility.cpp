// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// What a screen reader meets: the main window with a project open, the Lagoon browser on an
// environment (against the sandbox), a rollout page, and every dialog the app shows. Each is walked
// through QAccessible; every control a user can operate must have a name, and the failure lists
// every unnamed one with where it is, so a developer can find it.
#include <algorithm>
#include <functional>
#include <memory>

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "core/accounts/accountstore.h"
#include "core/auth/memorysecretstore.h"
#include "core/i18n/translationloader.h"
#include "core/remote/lagoonenvironmentref.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/lagoontaskdefinition.h"
#include "core/settings/settings.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/gitfixture.h"
#include "tests/support/sandboxfixture.h"
#include "widgets/accounts/accountsdialog.h"
#include "widgets/accounts/lagoonconnection.h"
#include "widgets/common/appearance.h"
#include "widgets/common/commandpalette.h"
#include "widgets/deploy/deploycontroller.h"
#include "widgets/deploy/deploydialog.h"
#include "widgets/dialogs/comparedialog.h"
#include "widgets/dialogs/preferencesdialog.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/editorworkspace.h"
#include "widgets/editor/fileeditorpage.h"
#include "widgets/editor/findreplacebar.h"
#include "widgets/editor/gotolinedialog.h"
#include "widgets/lagoon/lagoonbrowser.h"
#include "widgets/lagoon/lagoondeploymentsmodel.h"
#include "widgets/lagoon/lagoondeploymentspanel.h"
#include "widgets/lagoon/lagoonenvironmentpage.h"
#include "widgets/lagoon/lagoonenvironmentsmodel.h"
#include "widgets/lagoon/lagoonprojectpage.h"
#include "widgets/lagoon/lagoonprojectsmodel.h"
#include "widgets/lagoon/lagoonruntaskpanel.h"
#include "widgets/lagoon/lagoonvariabledialog.h"
#include "widgets/mainwindow.h"
#include "widgets/stack/shellcommanddialog.h"

using namespace Lagoon;
using Lagoon::Test::GitFixture;

namespace {

const QString LagoonProject = QStringLiteral("lagoon-demo");

/** Roles a user operates; their names are what a screen reader announces. */
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
    case QAccessible::PageTab:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::HotkeyField:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

/** Where a control is: its objectName or class, up to its window. */
QString pathOf(const QObject *object)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        const QString name = o->objectName();
        parts.prepend(name.isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : name + u'('
                              + QString::fromLatin1(o->metaObject()->className()) + u')');
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return parts.join(u" > ");
}

/**
 * Whether a screen reader has a real name for the control. Combo boxes and text fields are
 * announced with their content as QAccessible::Name on Linux, so for them only an explicit
 * accessibleName or a label pointing at them (a buddy, a group box title) counts.
 */
bool isNamed(QAccessibleInterface *iface)
{
    const QAccessible::Role role = iface->role();
    if (role != QAccessible::ComboBox && role != QAccessible::EditableText)
        return !iface->text(QAccessible::Name).trimmed().isEmpty();
    if (iface->object() && iface->object()->isWidgetType()
        && !static_cast<const QWidget *>(iface->object())->accessibleName().trimmed().isEmpty())
        return true;
    const auto labels = iface->relations(QAccessible::Label);
    return std::any_of(labels.cbegin(), labels.cend(), [](const auto &relation) {
        return relation.first && !relation.first->text(QAccessible::Name).trimmed().isEmpty();
    });
}

/** How many interactive elements the walks met, named or not: proof that they saw the controls. */
int interactiveSeen = 0;

/** Every visible interactive element below `iface` with no name, described. */
void collectUnnamed(QAccessibleInterface *iface, const QString &where, QStringList &unnamed, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    if (iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    interactiveSeen += isInteractive(role) ? 1 : 0;
    if (isInteractive(role) && !isNamed(iface)) {
        QString path = pathOf(iface->object());
        if (!iface->object() && iface->parent())
            path = pathOf(iface->parent()->object()) + u" > item";
        unnamed << QStringLiteral("%1 role=0x%2 (seen in: %3)").arg(path, QString::number(int(role), 16), where);
    }
    // A view's cells carry data, not controls; a view with thousands of rows would take long.
    if (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), where, unnamed, depth + 1);
}

/**
 * Walks `window` once for every page of every tab widget and stacked widget in it, so controls on
 * pages not shown first are checked too; the pages are put back afterwards.
 */
QStringList unnamedControls(QWidget *window, const QString &where)
{
    QStringList unnamed;
    const auto walk = [&] {
        QCoreApplication::processEvents();
        collectUnnamed(QAccessible::queryAccessibleInterface(window), where, unnamed);
    };
    walk();
    const QList<QStackedWidget *> stacks = window->findChildren<QStackedWidget *>();
    for (QStackedWidget *stack : stacks) {
        if (!stack->isVisible())
            continue;
        const int shown = stack->currentIndex();
        for (int i = 0; i < stack->count(); ++i) {
            if (i == shown)
                continue;
            stack->setCurrentIndex(i);
            walk();
        }
        stack->setCurrentIndex(shown);
    }
    unnamed.removeDuplicates();
    return unnamed;
}

/** Every action reachable from `menu`, its submenus' too. */
void collectActions(QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        actions << action;
        if (action->menu())
            collectActions(action->menu(), actions);
    }
}

/**
 * Tabs through `dialog` from `first` once round, and lists where the focus went; a hidden or
 * disabled stop is reported as such.
 */
QList<QWidget *> focusChain(QWidget *dialog, QWidget *first, QStringList &wrongStops)
{
    QList<QWidget *> stops;
    first->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    for (int i = 0; i < 80; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        if (!focus->isVisible() || !focus->isEnabled())
            wrongStops << pathOf(focus);
        if (stops.contains(focus))
            break;
        stops << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    Q_UNUSED(dialog)
    return stops;
}

/** One line per control, however many pages it was seen on. */
QString report(const QStringList &found)
{
    QStringList unnamed;
    QSet<QString> seen;
    for (const QString &line : found) {
        const QString control = line.section(QStringLiteral(" (seen in: "), 0, 0);
        if (!seen.contains(control)) {
            seen.insert(control);
            unnamed << line;
        }
    }
    // QTest cuts a failure message short; the whole list goes to the log first.
    for (const QString &line : std::as_const(unnamed))
        qWarning("unnamed: %s", qPrintable(line));
    return QStringLiteral("%1 unnamed control(s), listed above").arg(unnamed.size());
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    GitFixture m_fx;
    Test::SandboxFixture m_sandbox;
    Test::ScriptedTokens m_tokens;
    QNetworkAccessManager m_network;
    std::unique_ptr<TranslationLoader> m_english;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LagoonSession> m_session;
    std::unique_ptr<MainWindow> m_window;

    /** A window on the example project, the browser on environment "main", a rollout page open. */
    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy validated(m_window.get(), &MainWindow::validated);
        m_window->openProject(m_fx.path(QStringLiteral("drupal-example")));
        QVERIFY(validated.wait(10000));

        LagoonBrowser *browser = m_window->lagoonBrowser();
        LagoonEnvironmentRef shown;
        const QMetaObject::Connection tracking = connect(browser, &LagoonBrowser::environmentShown, this,
                [&shown](const LagoonEnvironmentRef &environment) { shown = environment; });
        browser->setSession(m_session.get());
        QVERIFY(QTest::qWaitFor([&] { return browser->projectsModel()->rowOf(LagoonProject) >= 0; }, 10000));
        QVERIFY(browser->openProject(LagoonProject));
        QVERIFY(QTest::qWaitFor([&] { return browser->projectPage()->model()->rowOf(QStringLiteral("main")) >= 0; }, 10000));
        QVERIFY(browser->openEnvironment(QStringLiteral("main")));
        QTRY_VERIFY_WITH_TIMEOUT(shown.isValid(), 10000);
        disconnect(tracking);
        LagoonDeploymentsModel *deployments = browser->environmentPage()->deployments()->model();
        QTRY_VERIFY_WITH_TIMEOUT(deployments->rowCount() > 0, 10000);
        const QString build = deployments->index(0, 0).data(LagoonDeploymentsModel::NameRole).toString();
        QVERIFY(!build.isEmpty());
        m_window->deployController()->watch(shown, build, false);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->deployController()->pages()->count() > 0, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_english = std::make_unique<TranslationLoader>(QCoreApplication::instance());
        m_english->install(QStringLiteral("en"));
        Appearance::setupIcons();
        m_settings = std::make_unique<Settings>(new QSettings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));

        const QDir example(QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example"));
        QVERIFY(m_fx.init(QStringLiteral("drupal-example")));
        for (const QString &name : {QStringLiteral(".lagoon.yml"), QStringLiteral("docker-compose.yml"),
                                    QStringLiteral(".lagoon.env.main")}) {
            QFile f(example.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(m_fx.write(QStringLiteral("drupal-example/") + name, f.readAll()));
        }
        m_fx.git(QStringLiteral("drupal-example"), {QStringLiteral("add"), QStringLiteral("-A")});
        m_fx.git(QStringLiteral("drupal-example"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                                    QStringLiteral("Import the Drupal example")});

        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(m_sandbox.errorString()));
        m_tokens.current = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        QVERIFY(!m_tokens.current.isEmpty());
        m_session = std::make_unique<LagoonSession>(&m_network, QStringLiteral("sandbox"), m_sandbox.apiUrl(),
                                                    m_tokens.provider(), m_dir.filePath(QStringLiteral("cache")));
        makeWindow();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    /** Every control of the window, on every dock, tab and page: the editor in text and form view. */
    void mainWindow_everyControlIsNamed()
    {
        QVERIFY(m_window);
        interactiveSeen = 0;
        QStringList unnamed;
        QTabWidget *documents = m_window->documents();
        QVERIFY(documents->count() >= 2);
        for (int t = 0; t < documents->count(); ++t) {
            documents->setCurrentIndex(t);
            auto *page = qobject_cast<FileEditorPage *>(documents->currentWidget());
            if (page) {
                for (auto view : {FileEditorPage::View::Text, FileEditorPage::View::Form}) {
                    page->setView(view);
                    unnamed << unnamedControls(m_window.get(), documents->tabText(t));
                }
                // The find/replace bar, as Ctrl+F and Ctrl+H open it.
                page->setView(FileEditorPage::View::Text);
                if (FindReplaceBar *bar = page->findChild<FindReplaceBar *>()) {
                    bar->show();
                    unnamed << unnamedControls(m_window.get(), documents->tabText(t) + u" find/replace");
                    bar->hide();
                }
            } else {
                unnamed << unnamedControls(m_window.get(), documents->tabText(t));
            }
        }
        // Every tab of the docks' tab widgets (the environment page's deployments, tasks, variables, …).
        for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
            if (tabs == documents || !tabs->isVisible())
                continue;
            const int shown = tabs->currentIndex();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                unnamed << unnamedControls(m_window.get(), tabs->objectName() + u':' + tabs->tabText(t));
            }
            tabs->setCurrentIndex(shown);
        }
        // Each tabified dock raised in turn.
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            dock->raise();
            unnamed << unnamedControls(m_window.get(), dock->objectName());
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
        // The window has well over a hundred controls (forms, docks, the browser); a walk that
        // met few of them checked nothing.
        QVERIFY2(interactiveSeen > 300, qPrintable(QString::number(interactiveSeen)));
    }

    /** The Run Task tab with each of the environment's task definitions, whose arguments differ. */
    void runTask_everyDefinitionsFieldsNamed()
    {
        auto *panel = m_window->lagoonBrowser()->findChild<LagoonRunTaskPanel *>();
        QVERIFY(panel);
        auto *tabs = qobject_cast<QTabWidget *>(panel->parentWidget() ? panel->parentWidget()->parentWidget() : nullptr);
        QVERIFY(tabs);
        tabs->setCurrentWidget(panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->definitions().isEmpty(), 10000);
        QStringList unnamed;
        for (const LagoonTaskDefinition &definition : panel->definitions()) {
            QVERIFY(panel->selectDefinition(definition.id));
            unnamed << unnamedControls(m_window.get(), u"Run Task: " + definition.name);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
    }

    /** The command palette, as Ctrl+Shift+P opens it. */
    void commandPalette_named()
    {
        CommandPalette *palette = m_window->commandPalette();
        QVERIFY(palette);
        palette->popup();
        QTRY_VERIFY(palette->isVisible());
        const QStringList unnamed = unnamedControls(palette, QStringLiteral("Command palette"));
        palette->dismiss();
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
    }

    /** Custom-painted views say what they show, since no text inside them names them. */
    void paintedViews_haveNameAndDescription()
    {
        QStringList missing;
        for (const char *className : {"Lagoon::LogView", "Lagoon::ServiceGraphView", "Lagoon::CodeEditor",
                                      "Lagoon::LineNumberArea", "Lagoon::BadgeLabel", "Lagoon::StackLogView"}) {
            int found = 0;
            for (QWidget *widget : m_window->findChildren<QWidget *>()) {
                if (!widget->inherits(className))
                    continue;
                ++found;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
                if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty()
                    || iface->text(QAccessible::Description).trimmed().isEmpty())
                    missing << pathOf(widget);
            }
            // A view the window no longer has would otherwise pass unchecked.
            QVERIFY2(found > 0, className);
        }
        missing.removeDuplicates();
        for (const QString &line : std::as_const(missing))
            qWarning("without a name or a description: %s", qPrintable(line));
        QVERIFY2(missing.isEmpty(), "painted views without a name or a description, listed above");
    }

    void menus_everyActionHasText_andToolButtonsAreNamed()
    {
        QList<QAction *> actions;
        for (QAction *top : m_window->menuBar()->actions()) {
            actions << top;
            if (top->menu())
                collectActions(top->menu(), actions);
        }
        QVERIFY(actions.size() > 10);
        QStringList missing;
        for (QAction *action : std::as_const(actions)) {
            if (!action->isSeparator() && action->text().trimmed().isEmpty())
                missing << pathOf(action) + u" shortcut " + action->shortcut().toString();
        }
        for (QToolButton *button : m_window->findChildren<QToolButton *>()) {
            if (!button->isVisible())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                missing << pathOf(button);
        }
        for (const QString &line : std::as_const(missing))
            qWarning("unnamed: %s", qPrintable(line));
        QVERIFY2(missing.isEmpty(), "actions or tool buttons without a name, listed above");
    }

    void preferences_namedAndTabbable()
    {
        PreferencesDialog dialog(m_settings.get(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList unnamed;
        auto *tabs = dialog.findChild<QTabWidget *>();
        if (tabs) {
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                unnamed << unnamedControls(&dialog, QStringLiteral("Preferences:") + tabs->tabText(t));
            }
            tabs->setCurrentIndex(0);
        } else {
            unnamed << unnamedControls(&dialog, QStringLiteral("Preferences"));
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));

        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QWidget *first = dialog.nextInFocusChain();
        while (first && !(first->focusPolicy() & Qt::TabFocus && first->isVisible() && first->isEnabled()))
            first = first->nextInFocusChain();
        QVERIFY(first);
        QStringList wrong;
        const QList<QWidget *> stops = focusChain(&dialog, first, wrong);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QPushButton *ok = box->button(QDialogButtonBox::Ok);
        QVERIFY(ok);
        QVERIFY2(stops.contains(ok), "Tab never reaches OK");
        QVERIFY(stops.size() > 2);
    }

    void deployDialog_namedAndTabbable()
    {
        DeployDialog dialog(m_session.get(), m_window->project(), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.projectChoice()->count() > 0, 10000);
        const QStringList unnamed = unnamedControls(&dialog, QStringLiteral("Deploy"));
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));

        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QStringList wrong;
        const QList<QWidget *> stops = focusChain(&dialog, dialog.projectChoice(), wrong);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        QVERIFY(stops.contains(dialog.environmentChoice()));
        // Deploy is the main button when it can be pressed; otherwise Cancel is how out.
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QPushButton *cancel = box->button(QDialogButtonBox::Cancel);
        QPushButton *target = dialog.deployButton()->isEnabled() ? dialog.deployButton() : cancel;
        QVERIFY(target);
        QVERIFY2(stops.contains(target), qPrintable(u"Tab never reaches " + target->text()));
    }

    void accountsDialog_everyPageNamed()
    {
        MemorySecretStore secrets;
        AccountStore accounts(m_settings.get(), &secrets);
        LagoonConnection connection(&accounts, &m_network);
        connection.setCacheRoot(m_dir.filePath(QStringLiteral("accounts-cache")));
        connection.start();
        AccountsDialog dialog(&connection, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList unnamed = unnamedControls(&dialog, QStringLiteral("Lagoon Accounts"));
        dialog.addAccount();
        unnamed << unnamedControls(&dialog, QStringLiteral("Lagoon Accounts: add"));
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
    }

    void smallDialogs_named()
    {
        QStringList unnamed;
        const auto check = [&](QWidget *dialog, const QString &where) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            unnamed << unnamedControls(dialog, where);
            dialog->close();
        };
        {
            GoToLineDialog dialog(120, 7, m_window.get());
            check(&dialog, QStringLiteral("Go to Line"));
        }
        {
            LagoonVariableDialog dialog(QStringLiteral("dev"), m_window.get());
            check(&dialog, QStringLiteral("Variable"));
        }
        {
            ShellCommandDialog dialog(QStringLiteral("cli"), QStringLiteral("drush status"), m_window.get());
            check(&dialog, QStringLiteral("Shell command"));
        }
        {
            CompareDialog dialog(QStringLiteral(".lagoon.yml"), QStringLiteral("a: 1\n"), QStringLiteral("a: 2\n"), m_window.get());
            check(&dialog, QStringLiteral("Compare"));
        }
        {
            // About, as Help → About opens it.
            QAction *about = nullptr;
            QList<QAction *> actions;
            for (QAction *top : m_window->menuBar()->actions()) {
                if (top->menu())
                    collectActions(top->menu(), actions);
            }
            for (QAction *action : std::as_const(actions)) {
                if (action->text().contains(QLatin1String("About Lagoon")))
                    about = action;
            }
            QVERIFY(about);
            about->trigger();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
            unnamed << unnamedControls(box, QStringLiteral("About"));
            box->close();
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
