// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The Local Stack dock against the real engine and docker-compose: the doctor for an endpoint
// where nothing answers and the way back when something does, the services and their logs after
// Up, the per-service actions, and Run locally with its rollout steps. Writes screenshots of the
// panel (light and dark), the logs, the rollout and the doctor to $LAGOON_SCREENSHOT_DIR.
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "core/i18n/translationloader.h"
#include "core/rollout/rollout.h"
#include "core/settings/settings.h"
#include "core/stack/dockerendpoint.h"
#include "core/stack/localstack.h"
#include "core/stack/stackresourcemonitor.h"
#include "tests/support/dockerfixture.h"
#include "tests/widgets/stacktestsupport.h"
#include "widgets/common/appearance.h"
#include "widgets/mainwindow.h"
#include "widgets/rollout/rolloutstepsmodel.h"
#include "widgets/rollout/rolloutview.h"
#include "widgets/stack/dockerdoctorview.h"
#include "widgets/stack/localstackmodel.h"
#include "widgets/stack/localstackpanel.h"
#include "widgets/stack/shellcommanddialog.h"
#include "widgets/stack/stacklogview.h"
#include "widgets/stack/stackservicesview.h"

using namespace Lagoon;
using Lagoon::Test::DockerFixture;

/** Stands in for the browser: QDesktopServices hands it the URLs the panel opens. */
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class tst_LocalStackPanel : public QObject
{
    Q_OBJECT

private:
    DockerFixture m_docker;
    QTemporaryDir m_scratch;
    QString m_runProject; // a copy of the test project with a post-rollout task and no failing service
    QString m_outDir;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QStringList m_projects; // (compose file, project name) pairs to take down at the end
    std::unique_ptr<TranslationLoader> m_english;

    void prepare(LocalStackPanel &panel, const QString &stem, const QString &composeFile)
    {
        const QString name = m_docker.uniqueProject(stem);
        m_projects << composeFile << name;
        panel.setEnvironment(m_environment);
        panel.setComposeProjectName(name);
    }

    static QString row(const LocalStackModel &model, const QString &service)
    {
        const int r = model.rowOf(service);
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(r, column).data().toString();
        return cells.join(QStringLiteral(" | "));
    }

    static QString state(const LocalStackModel &model, const QString &service)
    {
        return model.index(model.rowOf(service), LocalStackModel::StateColumn).data().toString();
    }

    QImage shoot(QWidget *widget, const QString &name)
    {
        // Let posted layouts and icon loads settle, as they would before a real frame.
        QTest::qWait(300);
        const QImage image = widget->grab().toImage();
        const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        if (image.save(file))
            qInfo("screenshot: %s", qPrintable(file));
        return image;
    }

    static bool waitForProject(LocalStackPanel &panel)
    {
        QSignalSpy ready(&panel, &LocalStackPanel::projectReady);
        return ready.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LAGOON_REQUIRE_DOCKER(m_docker);
        m_english = std::make_unique<TranslationLoader>(QCoreApplication::instance());
        m_english->install(QStringLiteral("en"));
        Appearance::setupIcons();
        Appearance::captureSystemPalette(qApp);
        Appearance::applyColorScheme(qApp, QStringLiteral("light"));
        m_outDir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QVERIFY(QDir().mkpath(m_outDir));
        // The test image exists (the fixture built it): nothing may be pulled.
        m_environment.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));

        // Run locally needs a project that can succeed: the web and worker services, and a task.
        QVERIFY(m_scratch.isValid());
        m_runProject = m_scratch.filePath(QStringLiteral("shop"));
        QVERIFY(Test::copyTree(Test::threeServicesProject(), m_runProject));
        QFile compose(QDir(m_runProject).filePath(QStringLiteral("docker-compose.yml")));
        QVERIFY(compose.open(QIODevice::WriteOnly | QIODevice::Truncate));
        compose.write("version: '2.3'\n"
                      "x-lagoon-project: &lagoon-project shop\n"
                      "services:\n"
                      "  web:\n"
                      "    build: ./web\n"
                      "    ports:\n"
                      "      - \"127.0.0.1::8080\"\n"
                      "    labels:\n"
                      "      lagoon.type: basic\n"
                      "  worker:\n"
                      "    build: ./worker\n"
                      // A worker that keeps writing, now and then to stderr, as real ones do.
                      "    command:\n"
                      "      - sh\n"
                      "      - -c\n"
                      "      - |\n"
                      "        echo \"worker starting\"; sleep 2; touch /tmp/ready; echo \"worker ready\"; i=0\n"
                      "        while true; do\n"
                      "          i=$$((i + 1)); echo \"job $$i: sent 3 order confirmation emails\"\n"
                      "          if [ $$((i % 5)) = 0 ]; then echo \"job $$i: mail server slow to answer, retrying\" >&2; fi\n"
                      "          sleep 0.3\n"
                      "        done\n"
                      "    labels:\n"
                      "      lagoon.type: worker\n");
        compose.close();
        QFile lagoon(QDir(m_runProject).filePath(QStringLiteral(".lagoon.yml")));
        QVERIFY(lagoon.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lagoon.write("docker-compose-yaml: docker-compose.yml\n"
                     "tasks:\n"
                     "  post-rollout:\n"
                     "    - run:\n"
                     "        name: Show what the web server serves\n"
                     "        command: echo \"serving $(ls /www)\"; cat /www/index.html\n"
                     "        service: web\n"
                     "environments:\n"
                     "  main:\n"
                     "    routes: []\n");
    }

    void cleanupTestCase()
    {
        for (int i = 0; i + 1 < m_projects.size(); i += 2)
            Test::composeDown(m_projects.at(i), m_projects.at(i + 1), m_environment);
    }

    void noProject_saysSo()
    {
        LocalStackPanel panel;
        QCOMPARE(panel.page(), LocalStackPanel::Page::NoProject);
        QVERIFY(!panel.runLocallyAction()->isEnabled());
        QVERIFY(!panel.upAction()->isEnabled());
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("stackEmptyTitle"))->text(), QStringLiteral("No project open"));
    }

    void doctor_unreachableEndpoint_showsTheFix_thenRecovers()
    {
        // Nothing listens at this socket yet: "Docker is not running", with the command that fixes it.
        const QString socket = m_scratch.filePath(QStringLiteral("docker.sock"));
        Test::SocketRelay relay(socket, DockerEndpoint::fromEnvironment().value().socketPath());
        QProcessEnvironment environment = m_environment;
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + socket);

        LocalStackPanel panel;
        panel.resize(1100, 340);
        panel.setEnvironment(environment);
        panel.setComposeProjectName(m_docker.uniqueProject(QStringLiteral("doctor")));
        panel.show();
        panel.setProjectFolder(Test::threeServicesProject());
        QTRY_COMPARE_WITH_TIMEOUT(panel.page(), LocalStackPanel::Page::Doctor, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.doctorView()->findings().isEmpty(), 15000);
        // The doctor's own words (not only the stack's error) once its diagnosis is in.
        QTRY_VERIFY_WITH_TIMEOUT(panel.doctorView()->findChild<QPushButton *>(QStringLiteral("doctorRecheck"))->isEnabled(), 15000);
        const DockerFinding finding = panel.doctorView()->findings().constFirst();
        QCOMPARE(finding.problem, DockerFinding::Problem::DaemonNotRunning);
        QVERIFY(finding.explanation.contains(socket));
        const auto *command = panel.doctorView()->findChild<QLineEdit *>(QStringLiteral("doctorCommand"));
        QVERIFY(command);
        QCOMPARE(command->text(), QStringLiteral("sudo systemctl start docker"));
        QVERIFY(!panel.runLocallyAction()->isEnabled());
        shoot(&panel, QStringLiteral("stack-doctor"));

        // The daemon "comes back": the panel notices by itself and shows the services.
        QVERIFY(relay.listen());
        QTRY_COMPARE_WITH_TIMEOUT(panel.page(), LocalStackPanel::Page::Services, 20000);
        QVERIFY(panel.stack()->isDaemonAvailable());
        QCOMPARE(panel.model()->rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(panel.upAction()->isEnabled(), 15000);

        // And goes away again: back to the explanation.
        relay.close();
        QTRY_COMPARE_WITH_TIMEOUT(panel.page(), LocalStackPanel::Page::Doctor, 20000);
        panel.closeProject();
        QCOMPARE(panel.page(), LocalStackPanel::Page::NoProject);
    }

    void portInUse_showsABannerAboveTheList()
    {
        // Another program holds the port the compose file publishes: the list stays, with the reason above it.
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost));
        const QString project = m_scratch.filePath(QStringLiteral("taken"));
        QVERIFY(Test::copyTree(Test::threeServicesProject(), project));
        QFile compose(QDir(project).filePath(QStringLiteral("docker-compose.yml")));
        QVERIFY(compose.open(QIODevice::WriteOnly | QIODevice::Truncate));
        compose.write(QStringLiteral("version: '2.3'\n"
                                     "services:\n"
                                     "  web:\n"
                                     "    build: ./web\n"
                                     "    ports:\n"
                                     "      - \"127.0.0.1:%1:8080\"\n")
                          .arg(holder.serverPort())
                          .toUtf8());
        compose.close();

        LocalStackPanel panel;
        panel.resize(1100, 300);
        prepare(panel, QStringLiteral("taken"), compose.fileName());
        panel.show();
        QSignalSpy diagnosed(&panel, &LocalStackPanel::diagnosed);
        panel.setProjectFolder(project);
        QVERIFY(diagnosed.wait(20000));
        const auto findings = diagnosed.first().first().value<DockerFindings>();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().problem, DockerFinding::Problem::PortInUse);
        QTRY_COMPARE_WITH_TIMEOUT(panel.page(), LocalStackPanel::Page::Services, 15000);
        QWidget *banner = panel.findChild<QWidget *>(QStringLiteral("stackBanner"));
        QVERIFY(banner->isVisible());
        const QString text = panel.findChild<QLabel *>(QStringLiteral("stackBannerText"))->text();
        QVERIFY2(text.contains(QString::number(holder.serverPort())), qPrintable(text));
        shoot(&panel, QStringLiteral("stack-port-in-use"));
    }

    void up_showsServicesStateAndLogs()
    {
        LocalStackPanel panel;
        panel.resize(1200, 360);
        prepare(panel, QStringLiteral("panel"), QDir(Test::threeServicesProject()).filePath(QStringLiteral("docker-compose.yml")));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setProjectFolder(Test::threeServicesProject());
        QVERIFY(waitForProject(panel));
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(panel.page(), LocalStackPanel::Page::Services, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(panel.upAction()->isEnabled(), 15000);
        QCOMPARE(state(*panel.model(), QStringLiteral("web")), QStringLiteral("Not created"));

        QSignalSpy finished(&panel, &LocalStackPanel::commandFinished);
        panel.upAction()->trigger();
        QVERIFY(!panel.upAction()->isEnabled()); // one command at a time
        QVERIFY(finished.wait(240000));
        const auto result = finished.first().first().value<ComposeResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.message + QLatin1Char('\n') + panel.outputView()->toPlainText()));
        QVERIFY(panel.outputView()->toPlainText().contains(QLatin1String("$ ")));

        const LocalStackModel &model = *panel.model();
        QTRY_VERIFY2_WITH_TIMEOUT(state(model, QStringLiteral("web")) == QLatin1String("Running") &&
                                      state(model, QStringLiteral("oneshot")) == QLatin1String("Exited (3)") &&
                                      model.index(model.rowOf(QStringLiteral("worker")), LocalStackModel::HealthColumn).data().toString() == QLatin1String("Healthy"),
                                  qPrintable(row(model, QStringLiteral("web")) + QLatin1Char('\n') + row(model, QStringLiteral("worker")) +
                                             QLatin1Char('\n') + row(model, QStringLiteral("oneshot"))),
                                  40000);
        QVERIFY(model.index(model.rowOf(QStringLiteral("web")), LocalStackModel::PortsColumn).data().toString().startsWith(QLatin1String("localhost:")));

        // The logs of every container, stderr marked, arrive without anyone asking.
        StackLogView *logs = panel.logView();
        QTRY_VERIFY2_WITH_TIMEOUT(logs->text().contains(QLatin1String("worker  | worker ready")) &&
                                      logs->text().contains(QLatin1String("oneshot | ! oneshot failing")) &&
                                      logs->text().contains(QLatin1String("oneshot | oneshot ran")),
                                  qPrintable(logs->text()), 20000);
        panel.servicesView()->selectService(QStringLiteral("oneshot"));
        panel.servicesView()->logsAction()->trigger();
        QCOMPARE(panel.tabs()->currentWidget(), logs);
        QCOMPARE(logs->currentService(), QStringLiteral("oneshot"));
        // Two pipes: the engine does not promise which of the two lines it read first.
        QStringList oneshotLines = logs->text().split(QLatin1Char('\n'));
        oneshotLines.sort();
        QCOMPARE(oneshotLines, QStringList({QStringLiteral("! oneshot failing"), QStringLiteral("oneshot ran")}));
        logs->setCurrentService(QString());

        // A click on the address opens it in the browser.
        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        QTreeView *view = panel.servicesView()->treeView();
        const QModelIndex ports = model.index(model.rowOf(QStringLiteral("web")), LocalStackModel::PortsColumn);
        const QRect rect = view->visualRect(ports);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(browser.urls.size(), 1);
        QCOMPARE(browser.urls.first(), model.index(ports.row(), 0).data(LocalStackModel::UrlsRole).value<QList<QUrl>>().first());

        // The context menu offers the service's actions and its address.
        std::unique_ptr<QMenu> menu(panel.servicesView()->serviceMenu(QStringLiteral("web"), &panel));
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("Stop")) && texts.contains(QStringLiteral("Open a Shell")) &&
                     texts.contains(QStringLiteral("Open %1").arg(browser.urls.first().toString())),
                 qPrintable(texts.join(QStringLiteral(", "))));
        QVERIFY(panel.servicesView()->stopAction()->isEnabled());
        QVERIFY(!panel.servicesView()->startAction()->isEnabled());

        // Stopping one service goes through compose and comes back as an event.
        finished.clear();
        panel.servicesView()->stopAction()->trigger();
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().first().value<ComposeResult>().succeeded());
        // busybox httpd ignores SIGTERM as PID 1, so compose kills it after its grace period.
        QTRY_VERIFY_WITH_TIMEOUT(!model.index(model.rowOf(QStringLiteral("web")), 0).data(LocalStackModel::RunningRole).toBool(), 20000);
        QCOMPARE(state(model, QStringLiteral("web")), QStringLiteral("Killed (137)"));
        QTRY_VERIFY(panel.servicesView()->startAction()->isEnabled());
        finished.clear();
        panel.servicesView()->startAction()->trigger();
        QVERIFY(finished.wait(120000));
        QTRY_COMPARE_WITH_TIMEOUT(state(model, QStringLiteral("web")), QStringLiteral("Running"), 20000);

        // Open a shell: the terminal emulator named by $TERMINAL gets `docker exec -it`.
        const QString argsFile = m_scratch.filePath(QStringLiteral("terminal-args"));
        const QString terminal = m_scratch.filePath(QStringLiteral("fake-terminal"));
        QFile script(terminal);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + argsFile.toUtf8() + ".tmp\"\nmv \"" + argsFile.toUtf8() +
                     ".tmp\" \"" + argsFile.toUtf8() + "\"\n");
        script.close();
        QVERIFY(script.setPermissions(script.permissions() | QFile::ExeOwner));
        QProcessEnvironment withTerminal = m_environment;
        withTerminal.insert(QStringLiteral("TERMINAL"), terminal);
        panel.servicesView()->setEnvironment(withTerminal);
        QVERIFY(panel.servicesView()->openShell(QStringLiteral("web")));
        QTRY_VERIFY(QFile::exists(argsFile));
        QFile args(argsFile);
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QStringList words = QString::fromUtf8(args.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString container = model.index(model.rowOf(QStringLiteral("web")), 0).data(LocalStackModel::ContainerNameRole).toString();
        QVERIFY2(words.size() >= 6 && words.at(0) == QLatin1String("-e") && words.at(1).endsWith(QLatin1String("docker")) &&
                     words.at(2) == QLatin1String("exec") && words.at(3) == QLatin1String("-it") && words.at(4) == container,
                 qPrintable(words.join(QLatin1Char(' '))));

        // Without any terminal emulator, the command is shown to copy.
        QProcessEnvironment bare;
        bare.insert(QStringLiteral("PATH"), m_scratch.filePath(QStringLiteral("empty")));
        panel.servicesView()->setEnvironment(bare);
        QVERIFY(!panel.servicesView()->openShell(QStringLiteral("web")));
        auto *dialog = panel.findChild<ShellCommandDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->command(), QStringLiteral("docker exec -it %1 sh -c 'command -v bash >/dev/null && exec bash || exec sh'").arg(container));
        dialog->close();

        shoot(&panel, QStringLiteral("stack-panel-threeservices"));

        // Closing the project stops following: no stack, no streams, an empty list.
        panel.closeProject();
        QCOMPARE(panel.stack(), nullptr);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(panel.logView()->shownLineCount(), 0);
    }

    void mainWindow_showsTheOpenProjectsStack_andLetsGoOnClose()
    {
        Settings settings(new QSettings(m_scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        MainWindow window(&settings);
        window.localStack()->setEnvironment(m_environment);
        window.localStack()->setComposeProjectName(m_docker.uniqueProject(QStringLiteral("window")));
        QSignalSpy ready(window.localStack(), &LocalStackPanel::projectReady);
        window.openProject(m_runProject);
        QVERIFY(ready.wait(20000));
        QCOMPARE(window.localStack()->projectFolder(), m_runProject);
        QTRY_COMPARE_WITH_TIMEOUT(window.localStack()->page(), LocalStackPanel::Page::Services, 15000);
        QCOMPARE(window.localStack()->model()->rowCount(), 2);
        QVERIFY(window.localStack()->stack());

        window.closeProject();
        QCOMPARE(window.localStack()->page(), LocalStackPanel::Page::NoProject);
        QCOMPARE(window.localStack()->stack(), nullptr);
        QCOMPARE(window.localStack()->model()->rowCount(), 0);
    }

    void runLocally_runsTheRollout_andShowsItsSteps()
    {
        LocalStackPanel panel;
        panel.resize(1200, 380);
        prepare(panel, QStringLiteral("run"), QDir(m_runProject).filePath(QStringLiteral("docker-compose.yml")));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setProjectFolder(m_runProject);
        QVERIFY(waitForProject(panel));
        QTRY_VERIFY_WITH_TIMEOUT(panel.runLocallyAction()->isEnabled(), 15000);

        panel.runLocallyAction()->trigger();
        QCOMPARE(panel.tabs()->currentWidget(), panel.rolloutView());
        QVERIFY(panel.rolloutView()->rollout());
        QVERIFY(panel.cancelAction()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(panel.rolloutView()->rollout()->isFinished(), 240000);
        const Rollout *rollout = panel.rolloutView()->rollout();
        QStringList steps;
        for (const RolloutStep &step : rollout->steps())
            steps << step.name + QStringLiteral(" (") + rolloutStepStateId(step.state) + QLatin1Char(')');
        qInfo("steps: %s", qPrintable(steps.join(QStringLiteral(", "))));
        QVERIFY2(rollout->state() == RolloutState::Succeeded,
                 qPrintable(rollout->message() + QLatin1Char('\n') + steps.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                            panel.rolloutView()->logText()));
        QCOMPARE(panel.rolloutView()->stateText(), QStringLiteral("Succeeded"));
        QVERIFY(panel.statusText().startsWith(QLatin1String("Ran locally in")));

        // The view shows every step with its state and time; the task's step has its output.
        RolloutStepsModel *model = panel.rolloutView()->stepsModel();
        QCOMPARE(model->rowCount(), rollout->stepCount());
        QVERIFY(model->rowCount() >= 5);
        int task = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, RolloutStepsModel::StateColumn).data().toString(), QStringLiteral("Done"));
            QVERIFY(!model->index(row, RolloutStepsModel::DurationColumn).data().toString().isEmpty());
            if (model->index(row, 0).data(RolloutStepsModel::StepKindRole).toInt() == int(RolloutStep::Kind::PostRolloutTask))
                task = row;
        }
        QVERIFY(task >= 0);
        // Left alone, the view ends on the last step that ran: the task.
        QCOMPARE(panel.rolloutView()->selectedStep(), task);
        QVERIFY2(panel.rolloutView()->logText().contains(QLatin1String("serving index.html")), qPrintable(panel.rolloutView()->logText()));
        QVERIFY(!panel.cancelAction()->isVisible());

        // The services came up healthy with their address.
        const LocalStackModel &services = *panel.model();
        QTRY_COMPARE_WITH_TIMEOUT(state(services, QStringLiteral("web")), QStringLiteral("Running"), 10000);
        QCOMPARE(services.index(services.rowOf(QStringLiteral("worker")), LocalStackModel::HealthColumn).data().toString(),
                 QStringLiteral("Healthy"));
        QTRY_VERIFY_WITH_TIMEOUT(panel.logView()->text().contains(QLatin1String("worker ready")), 20000);
        // Enough of the worker's chatter for the screenshots to show what logs look like.
        QTRY_VERIFY_WITH_TIMEOUT(panel.logView()->text().contains(QLatin1String("job 12:")), 20000);
        // Both run, so both show their CPU and memory; the tooltip has the rest.
        QVERIFY(panel.resourceMonitor());
        const auto cpuKnown = [&services](const QString &service) {
            return services.index(services.rowOf(service), LocalStackModel::UsageColumn).data(LocalStackModel::CpuPercentRole).isValid();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(cpuKnown(QStringLiteral("web")) && cpuKnown(QStringLiteral("worker")),
                                  qPrintable(row(services, QStringLiteral("web")) + QLatin1Char('\n') + row(services, QStringLiteral("worker"))),
                                  10000);
        const QModelIndex webUsage = services.index(services.rowOf(QStringLiteral("web")), LocalStackModel::UsageColumn);
        QVERIFY2(webUsage.data().toString().contains(QStringLiteral(" % · ")), qPrintable(webUsage.data().toString()));
        // Compose puts the services on a network of their own.
        QVERIFY2(webUsage.data(Qt::ToolTipRole).toString().contains(QLatin1String(" received, ")),
                 qPrintable(webUsage.data(Qt::ToolTipRole).toString()));
        QTreeView *list = panel.servicesView()->treeView();
        QVERIFY2(list->columnWidth(LocalStackModel::UsageColumn) >=
                     list->fontMetrics().horizontalAdvance(webUsage.data().toString()),
                 "the usage column cuts its text off");

        shoot(&panel, QStringLiteral("stack-rollout"));

        panel.tabs()->setCurrentWidget(panel.logView());
        panel.servicesView()->selectService(QStringLiteral("web"));
        QImage light = shoot(&panel, QStringLiteral("stack-panel"));
        QVERIFY(!light.isNull());

        panel.logView()->setShowTimestamps(true);
        panel.logView()->setSearchText(QStringLiteral("retrying"));
        panel.logView()->resize(900, 260);
        QImage logs = shoot(panel.logView(), QStringLiteral("stack-logs"));
        QVERIFY(!logs.isNull());
        panel.logView()->setShowTimestamps(false);
        panel.logView()->setSearchText(QString());

        Appearance::applyColorScheme(qApp, QStringLiteral("dark"));
        QImage dark = shoot(&panel, QStringLiteral("stack-panel-dark"));
        Appearance::applyColorScheme(qApp, QStringLiteral("light"));
        QVERIFY(!dark.isNull());
        QVERIFY(Appearance::isDark(QPalette(dark.pixel(dark.width() / 2, dark.height() - 5))) ||
                qGray(dark.pixel(5, dark.height() - 5)) < 100);
    }
};

QTEST_MAIN(tst_LocalStackPanel)
#include "tst_localstackpanel.moc"
