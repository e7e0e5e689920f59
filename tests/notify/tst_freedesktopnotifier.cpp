// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Desktop notifications on a real session bus (tests/services/session.sh gives the run a private
// one) and a real X server (xvfb-run) with a real tray (trayer, started here before the
// application): the test's notification server (fakenotificationserver) records what Lagoon
// Desktop sends and clicks it; dunst shows it on the screen, which is grabbed for a person to see.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

#include "core/notify/deploymentmonitor.h"
#include "core/notify/notificationpolicy.h"
#include "core/notify/notificationsettings.h"
#include "core/remote/lagoonrolloutfeed.h"
#include "core/remote/lagoonsession.h"
#include "core/rollout/rollout.h"
#include "core/settings/settings.h"

#include "widgets/deploy/deploycontroller.h"
#include "widgets/deploy/remoterolloutpage.h"
#include "widgets/lagoon/lagoonbrowser.h"
#include "widgets/lagoon/lagoondeploymentsmodel.h"
#include "widgets/lagoon/lagoondeploymentspanel.h"
#include "widgets/lagoon/lagoonenvironmentpage.h"
#include "widgets/mainwindow.h"
#include "widgets/notify/deploymentnotifications.h"
#include "widgets/notify/freedesktopnotifier.h"
#include "widgets/notify/lagoontrayicon.h"
#include "widgets/notify/traynotifier.h"

#include "tests/remote/scriptedtokens.h"
#include "tests/support/sandboxfixture.h"

using namespace Lagoon;
using Kind = DeploymentOutcome::Kind;

namespace {

const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");

DeploymentOutcome outcome(const QString &build, Kind kind, const QString &environment = QStringLiteral("dev"))
{
    DeploymentOutcome o;
    o.deployment = {QStringLiteral("sandbox"), QStringLiteral("lagoon-demo"), environment, build};
    o.kind = kind;
    if (kind == Kind::Failed)
        o.failedStep = QStringLiteral("buildingImages");
    o.started = QDateTime(QDate(2026, 11, 27), QTime(7, 26, 30), QTimeZone::utc());
    o.finished = QDateTime(QDate(2026, 11, 27), QTime(7, 30, 42), QTimeZone::utc());
    return o;
}

bool serviceRegistered()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(NotificationsService).value();
}

// The test's notification server as a child process.
class FakeServer
{
public:
    ~FakeServer() { stop(); }

    bool start()
    {
        m_process.setProgram(QStringLiteral(LAGOON_FAKE_NOTIFICATION_SERVER));
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        QByteArray out;
        return QTest::qWaitFor(
                   [this, &out] {
                       out += m_process.readAllStandardOutput();
                       return out.contains("ready");
                   },
                   10000) &&
               QTest::qWaitFor(serviceRegistered, 5000);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
        if (!QTest::qWaitFor([] { return !serviceRegistered(); }, 5000))
            qWarning("The fake notification server's bus name is still registered");
    }

    QJsonArray recorded()
    {
        QDBusInterface control(NotificationsService, QStringLiteral("/test"),
                               QStringLiteral("org.lagoon.test.NotificationServer"));
        const QDBusReply<QString> reply = control.call(QStringLiteral("Recorded"));
        return QJsonDocument::fromJson(reply.value().toUtf8()).array();
    }

    void invoke(uint id, const QString &action)
    {
        QDBusInterface control(NotificationsService, QStringLiteral("/test"),
                               QStringLiteral("org.lagoon.test.NotificationServer"));
        control.call(QStringLiteral("Invoke"), id, action);
    }

private:
    QProcess m_process;
};

} // namespace

class tst_FreedesktopNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    int m_run = 0;

    QString stateFile() const { return m_dir.filePath(QStringLiteral("notified-%1.json").arg(m_run)); }

    std::unique_ptr<DeploymentNotifications> makeNotifications()
    {
        auto *desktop = new FreedesktopNotifier();
        desktop->setDesktopEntry(QStringLiteral("sh.lagoon.LagoonDesktop"));
        return std::make_unique<DeploymentNotifications>(m_settings.get(), stateFile(), desktop, true);
    }

    QString screenshotDir() const
    {
        return qEnvironmentVariable("LAGOON_SCREENSHOT_DIR",
                                    QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no D-Bus session bus: run the tests through tests/services/session.sh");
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QVERIFY2(QSystemTrayIcon::isSystemTrayAvailable(),
                 "no tray on the X display: is trayer installed (installer/setup.sh deps test)?");
        QVERIFY2(!serviceRegistered(),
                 "another notification server owns org.freedesktop.Notifications on the test's bus");
    }

    void init()
    {
        ++m_run;
        m_settings = std::make_unique<Settings>(
            new QSettings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_run)), QSettings::IniFormat));
    }

    void notify_exactlyOnePerOutcome()
    {
        FakeServer server;
        QVERIFY(server.start());
        auto notifications = makeNotifications();
        QSignalSpy shown(static_cast<FreedesktopNotifier *>(notifications->desktopNotifier()),
                         &FreedesktopNotifier::shown);
        DeploymentMonitor *monitor = notifications->monitor();
        Q_EMIT monitor->outcome(outcome(QStringLiteral("lagoon-build-c1"), Kind::Complete));
        Q_EMIT monitor->outcome(outcome(QStringLiteral("lagoon-build-w1"), Kind::CompletedWithWarnings));
        Q_EMIT monitor->outcome(outcome(QStringLiteral("lagoon-build-f1"), Kind::Failed));
        Q_EMIT monitor->outcome(outcome(QStringLiteral("lagoon-build-x1"), Kind::Cancelled));
        // A replay of an outcome already told (a reconnect's reconciling query).
        Q_EMIT monitor->outcome(outcome(QStringLiteral("lagoon-build-f1"), Kind::Failed));
        QTRY_COMPARE(shown.count(), 4);

        const QJsonArray recorded = server.recorded();
        QCOMPARE(recorded.size(), 4);
        QStringList summaries;
        for (const QJsonValue &value : recorded) {
            const QJsonObject n = value.toObject();
            summaries << n.value(QStringLiteral("summary")).toString();
            QCOMPARE(n.value(QStringLiteral("appName")).toString(), QStringLiteral("Lagoon Desktop"));
            QCOMPARE(n.value(QStringLiteral("actions")).toArray(),
                     QJsonArray({QStringLiteral("default"), QStringLiteral("Open rollout")}));
            const QJsonObject hints = n.value(QStringLiteral("hints")).toObject();
            QCOMPARE(hints.value(QStringLiteral("desktop-entry")).toString(),
                     QStringLiteral("sh.lagoon.LagoonDesktop"));
            const bool failure = n.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("✖"));
            QCOMPARE(hints.value(QStringLiteral("urgency")).toInt(), failure ? 2 : 1);
        }
        QCOMPARE(summaries, QStringList({QStringLiteral("✔ lagoon-demo · dev deployed"),
                                         QStringLiteral("⚠ lagoon-demo · dev deployed with warnings"),
                                         QStringLiteral("✖ lagoon-demo · dev failed at Image Builds"),
                                         QStringLiteral("◼ lagoon-demo · dev deployment cancelled")}));
        QCOMPARE(recorded.at(2).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("Failed after 4 min 12 s\nBuild lagoon-build-f1"));
        // Nothing went to the tray's balloon.
        QVERIFY(notifications->trayNotifier()->lastMessage().summary.isEmpty());
    }

    void actionInvoked_asksToOpenThatRollout()
    {
        FakeServer server;
        QVERIFY(server.start());
        auto notifications = makeNotifications();
        QSignalSpy shown(static_cast<FreedesktopNotifier *>(notifications->desktopNotifier()),
                         &FreedesktopNotifier::shown);
        QSignalSpy requested(notifications.get(), &DeploymentNotifications::deploymentRequested);
        Q_EMIT notifications->monitor()->outcome(outcome(QStringLiteral("lagoon-build-a1"), Kind::Complete));
        Q_EMIT notifications->monitor()->outcome(outcome(QStringLiteral("lagoon-build-b2"), Kind::Failed));
        QTRY_COMPARE(shown.count(), 2);
        const uint second = shown.at(1).at(0).toUInt();
        // Another application's notification (an id we never got) is none of our business.
        server.invoke(second + 100, QStringLiteral("default"));
        server.invoke(second, QStringLiteral("default"));
        QTRY_COMPARE(requested.count(), 1);
        QTest::qWait(100);
        QCOMPARE(requested.count(), 1);
        const auto ref = requested.at(0).at(0).value<DeploymentRef>();
        QCOMPARE(ref.buildName, QStringLiteral("lagoon-build-b2"));
        QCOMPARE(ref.environment, QStringLiteral("dev"));
        QCOMPARE(ref.accountId, QStringLiteral("sandbox"));
    }

    void actionInvoked_windowShowsTheDeployment()
    {
        Test::SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        Test::ScriptedTokens tokens;
        tokens.current = sandbox.legacyToken();
        QNetworkAccessManager network;
        LagoonSession session(&network, QStringLiteral("sandbox"), sandbox.apiUrl(), tokens.provider(),
                              m_dir.filePath(QStringLiteral("cache")));
        MainWindow window(m_settings.get());
        window.lagoonBrowser()->setSession(&session);
        window.show();

        FakeServer server;
        QVERIFY(server.start());
        auto notifications = makeNotifications();
        connect(notifications.get(), &DeploymentNotifications::deploymentRequested, &window,
                [&window](const DeploymentRef &d) {
                    window.showDeployment(d.accountId, d.project, d.environment, d.buildName);
                });
        QSignalSpy shown(static_cast<FreedesktopNotifier *>(notifications->desktopNotifier()),
                         &FreedesktopNotifier::shown);
        Q_EMIT notifications->monitor()->outcome(
            outcome(QStringLiteral("lagoon-build-def456"), Kind::Failed, QStringLiteral("main")));
        QTRY_COMPARE(shown.count(), 1);
        server.invoke(shown.at(0).at(0).toUInt(), QStringLiteral("default"));

        LagoonBrowser *browser = window.lagoonBrowser();
        QTRY_COMPARE_WITH_TIMEOUT(browser->page(), LagoonBrowser::Page::Environment, 15000);
        QCOMPARE(browser->environmentPage()->environment().name, QStringLiteral("main"));
        QTreeView *builds = browser->environmentPage()->deployments()->view();
        QTRY_COMPARE_WITH_TIMEOUT(builds->currentIndex().data(LagoonDeploymentsModel::NameRole).toString(),
                                  QStringLiteral("lagoon-build-def456"), 15000);
        QVERIFY(window.isVisible());
        // The Rollouts dock follows that build on a page of its own, in front.
        QTRY_VERIFY_WITH_TIMEOUT(window.deployController()->page(QStringLiteral("sandbox"), QStringLiteral("lagoon-demo"),
                                                                 QStringLiteral("lagoon-build-def456")),
                                 15000);
        RemoteRolloutPage *page = window.deployController()->page(QStringLiteral("sandbox"), QStringLiteral("lagoon-demo"),
                                                                  QStringLiteral("lagoon-build-def456"));
        QCOMPARE(window.deployController()->pages()->currentWidget(), page);
        QTRY_COMPARE_WITH_TIMEOUT(page->feed()->rollout()->state(), RolloutState::Failed, 15000);
        // Now the user looks at that build in the focused window: its outcome would not pop up.
        const DeploymentRef shownRef{QStringLiteral("sandbox"), QStringLiteral("lagoon-demo"), QStringLiteral("main"),
                                     QStringLiteral("lagoon-build-def456")};
        QTRY_VERIFY(window.isActiveWindow());
        QVERIFY(window.isShowingDeployment(shownRef));
        QVERIFY(!window.isShowingDeployment({QStringLiteral("sandbox"), QStringLiteral("lagoon-demo"),
                                             QStringLiteral("main"), QStringLiteral("lagoon-build-123abc")}));
        window.lagoonBrowser()->setSession(nullptr);
    }

    void noService_trayBalloonSaysIt()
    {
        QVERIFY(!serviceRegistered());
        auto notifications = makeNotifications();
        QVERIFY(notifications->tray()->icon()->isVisible());
        QSignalSpy requested(notifications.get(), &DeploymentNotifications::deploymentRequested);
        Q_EMIT notifications->monitor()->outcome(outcome(QStringLiteral("lagoon-build-t1"), Kind::Failed));
        QTRY_COMPARE_WITH_TIMEOUT(notifications->trayNotifier()->lastMessage().summary,
                                  QStringLiteral("✖ lagoon-demo · dev failed at Image Builds"), 10000);
        // The balloon is on the screen with that text; a click on it opens the rollout.
        QWidget *balloon = nullptr;
        QTRY_VERIFY([&balloon] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && QLatin1String(w->metaObject()->className()) == QLatin1String("QBalloonTip"))
                    balloon = w;
            }
            return balloon != nullptr;
        }());
        bool saysIt = false;
        for (const QLabel *label : balloon->findChildren<QLabel *>())
            saysIt = saysIt || label->text().contains(QStringLiteral("failed at Image Builds"));
        QVERIFY(saysIt);
        QDir().mkpath(screenshotDir());
        QVERIFY(balloon->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("notification-tray-fallback.png"))));
        QTest::mouseClick(balloon, Qt::LeftButton, {}, balloon->rect().center());
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<DeploymentRef>().buildName, QStringLiteral("lagoon-build-t1"));
    }

    void closeWhileDeploying_hidesToTrayAndSaysSoOnce()
    {
        Test::SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        Test::ScriptedTokens tokens;
        tokens.current = sandbox.legacyToken();
        QNetworkAccessManager network;
        LagoonSession session(&network, QStringLiteral("sandbox"), sandbox.apiUrl(), tokens.provider(),
                              m_dir.filePath(QStringLiteral("cache")));
        MainWindow window(m_settings.get());
        window.lagoonBrowser()->setSession(&session);
        auto notifications = makeNotifications();
        notifications->followBrowser(window.lagoonBrowser());
        DeploymentNotifications *n = notifications.get();
        window.setHideOnClose([n] { return n->keepsWatchingWhenClosed(); });
        connect(&window, &MainWindow::hiddenToTray, n, &DeploymentNotifications::noteHiddenToTray);
        connect(n, &DeploymentNotifications::deploymentRequested, &window, [&window](const DeploymentRef &d) {
            window.showDeployment(d.accountId, d.project, d.environment, d.buildName);
        });
        window.show();

        // Nothing is running: closing closes.
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());

        // main's build lagoon-build-7g8h9i runs (forever): the tray lists it.
        window.showDeployment(QStringLiteral("sandbox"), QStringLiteral("lagoon-demo"), QStringLiteral("main"),
                              QStringLiteral("lagoon-build-7g8h9i"));
        QVERIFY(window.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(n->monitor()->running().size(), 1, 15000);
        QAction *entry = nullptr;
        for (QAction *action : n->tray()->menu()->actions()) {
            if (action->data().toString() == QLatin1String("lagoon-build-7g8h9i"))
                entry = action;
        }
        QVERIFY(entry);
        QVERIFY2(entry->text().startsWith(QStringLiteral("lagoon-demo · main — ")), qPrintable(entry->text()));
        QVERIFY(n->tray()->icon()->toolTip().contains(QStringLiteral("1 deployment")));

        // Closed while it runs: hidden to the tray, which says so.
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(m_settings->value(SettingKeys::TrayHintShown));
        auto visibleBalloon = [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->isVisible() && QLatin1String(w->metaObject()->className()) == QLatin1String("QBalloonTip"))
                    return w;
            }
            return static_cast<QWidget *>(nullptr);
        };
        QTRY_VERIFY(visibleBalloon());
        bool saysIt = false;
        for (const QLabel *label : visibleBalloon()->findChildren<QLabel *>())
            saysIt = saysIt || label->text().contains(QStringLiteral("keeps watching"));
        QVERIFY(saysIt);
        visibleBalloon()->close();

        // The tray's entry brings the window back on that deployment.
        entry->trigger();
        QTRY_VERIFY(window.isVisible());
        QTreeView *builds = window.lagoonBrowser()->environmentPage()->deployments()->view();
        QTRY_COMPARE_WITH_TIMEOUT(builds->currentIndex().data(LagoonDeploymentsModel::NameRole).toString(),
                                  QStringLiteral("lagoon-build-7g8h9i"), 15000);

        // Hidden again: the tray said it once already. Quit really closes.
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QCoreApplication::processEvents();
        QVERIFY(!visibleBalloon());
        window.show();
        QVERIFY(window.quit());
        QVERIFY(!window.isVisible());
        window.lagoonBrowser()->setSession(nullptr);
    }

    void dunst_showsTheNotification()
    {
        const QString dunst = QStandardPaths::findExecutable(QStringLiteral("dunst"));
        QVERIFY2(!dunst.isEmpty(), "dunst is missing (installer/setup.sh deps test installs it)");
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::ForwardedChannels);
        daemon.start(dunst, {QStringLiteral("-config"), QStringLiteral(LAGOON_TEST_DATA_DIR "/notify/dunstrc")});
        QVERIFY(daemon.waitForStarted());
        auto stopDaemon = qScopeGuard([&daemon] {
            daemon.terminate();
            if (!daemon.waitForFinished(5000))
                daemon.kill();
        });
        QTRY_VERIFY_WITH_TIMEOUT(serviceRegistered(), 10000);

        auto notifications = makeNotifications();
        QSignalSpy shown(static_cast<FreedesktopNotifier *>(notifications->desktopNotifier()),
                         &FreedesktopNotifier::shown);
        Q_EMIT notifications->monitor()->outcome(
            outcome(QStringLiteral("lagoon-build-x1y2z3"), Kind::Failed, QStringLiteral("main")));
        QTRY_COMPARE(shown.count(), 1);

        // dunst draws its own window at the top right; wait until something is there, then grab.
        QScreen *screen = QGuiApplication::primaryScreen();
        const QRect corner(screen->geometry().width() - 560, 0, 560, 180);
        QImage image;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                image = screen->grabWindow(0).toImage();
                const QImage part = image.copy(corner);
                return part.pixel(part.width() - 40, 40) != part.pixel(2, part.height() - 2);
            }(),
            10000);
        QDir().mkpath(screenshotDir());
        const QString file = QDir(screenshotDir()).filePath(QStringLiteral("notification-dunst-failed.png"));
        QVERIFY(image.copy(corner).save(file));
        qInfo() << "screenshot:" << file;

        // Closed, it goes to dunst's history, where the text is what Lagoon Desktop sent.
        QVERIFY(QProcess::execute(QStringLiteral("dunstctl"), {QStringLiteral("close-all")}) == 0);
        QProcess history;
        history.start(QStringLiteral("dunstctl"), {QStringLiteral("history")});
        QVERIFY(history.waitForFinished(10000));
        const QString text = QString::fromUtf8(history.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("✖ lagoon-demo · main failed at Image Builds")),
                 qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Build lagoon-build-x1y2z3")));
        QVERIFY(text.contains(QStringLiteral("Lagoon Desktop")));
    }
};

int main(int argc, char **argv)
{
    // A tray for QSystemTrayIcon before the application asks for one: trayer on the X display
    // that xvfb-run gave this test. It goes when the test does.
    QProcess trayer;
    const QString program = QStandardPaths::findExecutable(QStringLiteral("trayer"));
    if (!program.isEmpty() && qEnvironmentVariableIsSet("DISPLAY")) {
        trayer.start(program, {QStringLiteral("--edge"), QStringLiteral("bottom"), QStringLiteral("--align"),
                               QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("request"),
                               QStringLiteral("--height"), QStringLiteral("24")});
        trayer.waitForStarted();
    }
    QApplication app(argc, argv);
    // The tests close the window and show it again; the application stays.
    app.setQuitOnLastWindowClosed(false);
    if (trayer.state() == QProcess::Running)
        if (!QTest::qWaitFor(QSystemTrayIcon::isSystemTrayAvailable, 10000))
            qWarning("trayer runs but no system tray appeared");
    tst_FreedesktopNotifier test;
    const int status = QTest::qExec(&test, argc, argv);
    trayer.terminate();
    trayer.waitForFinished(3000);
    return status;
}

#include "tst_freedesktopnotifier.moc"
