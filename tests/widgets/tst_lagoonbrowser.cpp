// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The Lagoon browser against the sandbox: projects and environments, a build followed live,
// variables revealed and added, an advanced task run, and the offline banner over cached data.
// Writes screenshots to LAGOON_SCREENSHOT_DIR.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>
#include <QTreeView>

#include "core/i18n/translationloader.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonsession.h"
#include "core/remote/lagoonsubscriptionclient.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/sandboxfixture.h"
#include "widgets/common/appearance.h"
#include "widgets/common/badge.h"
#include "widgets/lagoon/lagoonbanner.h"
#include "widgets/lagoon/lagoonbrowser.h"
#include "widgets/lagoon/lagoondeploymentsmodel.h"
#include "widgets/lagoon/lagoondeploymentspanel.h"
#include "widgets/lagoon/lagoonenvironmentpage.h"
#include "widgets/lagoon/lagoonenvironmentsmodel.h"
#include "widgets/lagoon/lagoonprojectpage.h"
#include "widgets/lagoon/lagoonprojectsmodel.h"
#include "widgets/lagoon/lagoonruntaskpanel.h"
#include "widgets/lagoon/lagoontasksmodel.h"
#include "widgets/lagoon/lagoontaskspanel.h"
#include "widgets/lagoon/lagoonvariabledialog.h"
#include "widgets/lagoon/lagoonvariablesmodel.h"
#include "widgets/lagoon/lagoonvariablespanel.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

const QString Project = QStringLiteral("lagoon-demo");

// Every byte below `folder`, to prove what never reached the disk.
QByteArray everythingOnDisk(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class tst_LagoonBrowser : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    Test::ScriptedTokens m_tokens;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_cacheRoot;
    std::unique_ptr<LagoonSession> m_session;
    std::unique_ptr<LagoonBrowser> m_browser;
    std::unique_ptr<TranslationLoader> m_english;
    QList<QUrl> m_opened;
    QString m_outDir;

    void makeBrowser()
    {
        m_browser.reset();
        m_session = std::make_unique<LagoonSession>(&m_network, QStringLiteral("sandbox-maintainer"), m_sandbox.apiUrl(),
                                                    m_tokens.provider(), m_cacheRoot->path());
        m_session->api()->setTimeout(3s);
        LagoonSubscriptionClient::Options options;
        options.minimumBackoff = 20ms;
        options.maximumBackoff = 300ms;
        options.connectTimeout = 3s;
        options.pollInterval = 300ms;
        m_session->subscriptions()->setOptions(options);
        m_browser = std::make_unique<LagoonBrowser>();
        m_browser->setUrlOpener([this](const QUrl &url) { m_opened << url; });
        m_browser->resize(1240, 520);
        m_browser->show();
        m_browser->setSession(m_session.get());
    }

    bool waitForProjects()
    {
        return QTest::qWaitFor([this] { return m_browser->projectsModel()->rowOf(Project) >= 0; }, 10000);
    }

    bool openEnvironment(const QString &name)
    {
        if (!waitForProjects() || !m_browser->openProject(Project))
            return false;
        if (!QTest::qWaitFor([&] { return m_browser->projectPage()->model()->rowOf(name) >= 0; }, 10000))
            return false;
        return m_browser->openEnvironment(name);
    }

    // The subscription of `operation` is live once the server has seen it.
    bool waitForSubscription(const QString &operation, int count = 1)
    {
        return QTest::qWaitFor([&] {
            int seen = 0;
            const QJsonArray events = m_sandbox.events(QStringLiteral("graphql"));
            for (const QJsonValue &event : events)
                seen += event.toObject().value(QStringLiteral("operation")).toString() == operation;
            return seen >= count;
        }, 10000);
    }

    int operationsRun(const QString &operation)
    {
        int seen = 0;
        const QJsonArray events = m_sandbox.events(QStringLiteral("graphql"));
        for (const QJsonValue &event : events)
            seen += event.toObject().value(QStringLiteral("operation")).toString() == operation;
        return seen;
    }

    Result<QJsonObject> runNow(const QString &operation, const QJsonObject &variables)
    {
        std::optional<Result<QJsonObject>> answer;
        QObject context;
        m_session->api()->run(operation, variables, &context, [&answer](const Result<QJsonObject> &a) { answer = a; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return makeError(Error::Code::Timeout, QStringLiteral("no answer"));
        return *answer;
    }

    QMessageBox *waitForConfirmation()
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            box = m_browser->findChild<QMessageBox *>(QStringLiteral("lagoonConfirmation"));
            return box && box->isVisible();
        }, 5000);
        return shown ? box : nullptr;
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        QTest::qWait(150); // posted layouts settle, as before a real frame
        const QImage image = widget->grab().toImage();
        const QString file = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(file), qPrintable(file));
        qInfo("screenshot: %s", qPrintable(file));
    }

    LagoonEnvironmentPage *environmentPage() const { return m_browser->environmentPage(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_english = std::make_unique<TranslationLoader>(QCoreApplication::instance());
        m_english->install(QStringLiteral("en"));
        Appearance::setupIcons();
        m_outDir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QVERIFY(QDir().mkpath(m_outDir));
        QVERIFY2(m_sandbox.start({QStringLiteral("--speed"), QStringLiteral("0.05")}), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        QVERIFY(m_sandbox.isRunning() || m_sandbox.restart());
        QVERIFY(m_sandbox.reset());
        m_tokens.current = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        QVERIFY(!m_tokens.current.isEmpty());
        m_cacheRoot = std::make_unique<QTemporaryDir>();
        m_opened.clear();
        makeBrowser();
    }

    void cleanup()
    {
        m_browser.reset();
        m_session.reset();
    }

    void noSession_saysNotSignedIn()
    {
        LagoonBrowser browser;
        QCOMPARE(browser.page(), LagoonBrowser::Page::Disconnected);
    }

    void projects_listsTheSeededProjectAndItsEnvironments()
    {
        QVERIFY(waitForProjects());
        QCOMPARE(m_browser->page(), LagoonBrowser::Page::NoProject);
        QVERIFY(!m_browser->banner()->isShowing());
        QCOMPARE(m_browser->projectsModel()->index(0, LagoonProjectsModel::EnvironmentsColumn).data().toInt(), 4);

        // The filter narrows the list, by any part of the name.
        QTest::keyClicks(m_browser->filter(), QStringLiteral("DEMO"));
        QCOMPARE(m_browser->projectsProxy()->rowCount(), 1);
        m_browser->filter()->clear();
        QTest::keyClicks(m_browser->filter(), QStringLiteral("nothing-like-it"));
        QCOMPARE(m_browser->projectsProxy()->rowCount(), 0);
        m_browser->filter()->clear();

        // A click on the project shows its environments.
        QTreeView *projects = m_browser->projectsView();
        QTest::mouseClick(projects->viewport(), Qt::LeftButton, {}, projects->visualRect(projects->model()->index(0, 0)).center());
        QCOMPARE(m_browser->page(), LagoonBrowser::Page::Project);
        LagoonEnvironmentsModel *environments = m_browser->projectPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(environments->rowCount(), 4, 10000);
        QCOMPARE(environments->names(), QStringList({QStringLiteral("main"), QStringLiteral("staging"), QStringLiteral("dev"),
                                                     QStringLiteral("pr-175")}));
        auto badge = [&](int row, int column) {
            return environments->index(row, column).data(Badge::ItemRole).value<Badge>().text;
        };
        QCOMPARE(badge(0, LagoonEnvironmentsModel::TypeColumn), QStringLiteral("Production"));
        QCOMPARE(badge(1, LagoonEnvironmentsModel::TypeColumn), QStringLiteral("Development"));
        QCOMPARE(badge(0, LagoonEnvironmentsModel::LastDeploymentColumn), QStringLiteral("Running"));
        QCOMPARE(environments->index(3, LagoonEnvironmentsModel::DeployTypeColumn).data().toString(), QStringLiteral("Pull request"));
        QCOMPARE(environments->index(0, LagoonEnvironmentsModel::NamespaceColumn).data().toString(), QStringLiteral("lagoon-demo-main"));
        QCOMPARE(environments->index(0, LagoonEnvironmentsModel::RouteColumn).data().toString(), QStringLiteral("https://lagoondemo.example.org"));

        // The route is a link: a click opens it.
        QTreeView *view = m_browser->projectPage()->view();
        const QModelIndex route = environments->index(0, LagoonEnvironmentsModel::RouteColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(route).center());
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://lagoondemo.example.org"))});
        screenshot(m_browser.get(), QStringLiteral("lagoon-projects"));

        // Double-clicking an environment opens it, with its routes as links.
        const QRect devRect = view->visualRect(environments->index(2, LagoonEnvironmentsModel::NameColumn));
        // What a double-click is: a click, then the second press that makes it double.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, devRect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, devRect.center());
        QTRY_COMPARE(m_browser->page(), LagoonBrowser::Page::Environment);
        QCOMPARE(environmentPage()->environment().name, QStringLiteral("dev"));
        QVERIFY(m_browser->openEnvironment(QStringLiteral("main")));
        QVERIFY(environmentPage()->routesLabel()->text().contains(QLatin1String("href=\"https://nginx.main.lagoon-demo.ui-kubernetes.lagoon.sh\"")));
        Q_EMIT environmentPage()->routesLabel()->linkActivated(QStringLiteral("https://lagoondemo.example.org"));
        QCOMPARE(m_opened.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(environmentPage()->deployments()->model()->rowCount(), 3, 10000);
    }

    void deployments_newBuildAppearsAndGoesLiveToComplete()
    {
        QVERIFY(openEnvironment(QStringLiteral("dev")));
        LagoonDeploymentsPanel *panel = environmentPage()->deployments();
        LagoonDeploymentsModel *model = panel->model();
        QVERIFY(waitForSubscription(QStringLiteral("DeploymentChanged")));
        QStringList statuses;
        connect(model, &QAbstractItemModel::dataChanged, this, [&] {
            const QString status = model->deployment(0).status;
            if (statuses.isEmpty() || statuses.constLast() != status)
                statuses << status;
        });

        // Deployed elsewhere (the mutation a CI job or lagoon-cli would send).
        const auto deployed = runNow(QStringLiteral("DeployEnvironmentBranch"), {{QStringLiteral("project"), Project}, {QStringLiteral("branch"), QStringLiteral("dev")}});
        QVERIFY2(deployed, qPrintable(deployed ? QString() : deployed.error().message));
        const QString name = deployed->value(QStringLiteral("deployEnvironmentBranch")).toString();
        QVERIFY(name.startsWith(QLatin1String("lagoon-build-")));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(name) == 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->deployment(0).status, QStringLiteral("complete"), 15000);
        QVERIFY2(statuses.contains(QStringLiteral("running")), qPrintable(statuses.join(QLatin1Char(','))));
        QCOMPARE(statuses.constLast(), QStringLiteral("complete"));
        QCOMPARE(model->index(0, LagoonDeploymentsModel::StatusColumn).data().toString(), QStringLiteral("Complete"));
        QCOMPARE(model->index(0, LagoonDeploymentsModel::StepColumn).data().toString(), QStringLiteral("deployCompleted"));
        QVERIFY(!model->index(0, LagoonDeploymentsModel::DurationColumn).data().toString().isEmpty());

        // Its log, from DeploymentLog.
        QVERIFY(panel->selectDeployment(name));
        QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().contains(QLatin1String("STEP ")), 10000);

        // The Deploy button asks first, then the build with warnings shows as such.
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("outcome"), QStringLiteral("warnings")}}));
        panel->findChild<QAction *>(QStringLiteral("lagoonDeployLatest"))->trigger();
        QMessageBox *box = waitForConfirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("dev")));
        QCOMPARE(model->rowCount(), 1);
        box->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, LagoonDeploymentsModel::StatusColumn).data().toString(),
                                  QStringLiteral("Complete with warnings"), 15000);

        // A failed one, and one left running, for the picture.
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("outcome"), QStringLiteral("failed")}}));
        QVERIFY(runNow(QStringLiteral("DeployEnvironmentBranch"), {{QStringLiteral("project"), Project}, {QStringLiteral("branch"), QStringLiteral("dev")}}));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, LagoonDeploymentsModel::StatusColumn).data().toString(), QStringLiteral("Failed"), 15000);
        QVERIFY(m_sandbox.scriptNextBuild({{QStringLiteral("holdAt"), QStringLiteral("buildingImages")}}));
        QVERIFY(runNow(QStringLiteral("DeployEnvironmentBranch"), {{QStringLiteral("project"), Project}, {QStringLiteral("branch"), QStringLiteral("dev")}}));
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, LagoonDeploymentsModel::StepColumn).data().toString(), QStringLiteral("buildingImages"), 15000);
        QVERIFY(panel->selectDeployment(name));
        QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().contains(QLatin1String("STEP ")), 10000);
        screenshot(m_browser.get(), QStringLiteral("lagoon-environment-deployments"));
    }

    void variables_revealFetchesTheValue_whichIsNeverCached()
    {
        QVERIFY(runNow(QStringLiteral("EnvVariablesSet"), {{QStringLiteral("project"), Project}, {QStringLiteral("environment"), QStringLiteral("dev")},
                                                          {QStringLiteral("name"), QStringLiteral("API_TOKEN")},
                                                          {QStringLiteral("value"), QStringLiteral("s3cret-value")},
                                                          {QStringLiteral("scope"), QStringLiteral("RUNTIME")}}));
        QVERIFY(runNow(QStringLiteral("EnvVariablesSet"), {{QStringLiteral("project"), Project}, {QStringLiteral("environment"), QJsonValue()},
                                                          {QStringLiteral("name"), QStringLiteral("COMPOSER_AUTH")},
                                                          {QStringLiteral("value"), QStringLiteral("project-s3cret")},
                                                          {QStringLiteral("scope"), QStringLiteral("BUILD")}}));
        QVERIFY(openEnvironment(QStringLiteral("dev")));
        environmentPage()->tabs()->setCurrentIndex(LagoonEnvironmentPage::VariablesTab);
        LagoonVariablesPanel *panel = environmentPage()->variables();
        LagoonVariablesModel *model = panel->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        const int row = model->rowOf(QStringLiteral("API_TOKEN"), LagoonVariablesModel::Level::Environment);
        QVERIFY(row >= 0);
        QVERIFY(!model->variable(row).revealed);
        QCOMPARE(model->rowOf(QStringLiteral("COMPOSER_AUTH"), LagoonVariablesModel::Level::Project), 1);
        QCOMPARE(operationsRun(QStringLiteral("EnvVariables")), 0); // names only so far

        panel->view()->setCurrentIndex(model->index(row, 0));
        panel->findChild<QAction *>(QStringLiteral("lagoonVariableReveal"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->variable(row).value, QStringLiteral("s3cret-value"), 10000);
        QCOMPARE(operationsRun(QStringLiteral("EnvVariables")), 1);
        QCOMPARE(model->index(row, LagoonVariablesModel::ValueColumn).data().toString(), QStringLiteral("s3cret-value"));
        screenshot(m_browser.get(), QStringLiteral("lagoon-variables"));

        // Neither value is on disk, though the names are.
        const QByteArray disk = everythingOnDisk(m_cacheRoot->path());
        QVERIFY(disk.contains("API_TOKEN"));
        QVERIFY(disk.contains("COMPOSER_AUTH"));
        QVERIFY(!disk.contains("s3cret"));

        panel->findChild<QAction *>(QStringLiteral("lagoonVariableReveal"))->trigger();
        QVERIFY(!model->variable(row).revealed);
    }

    void variables_addAsksWithScopeAndRedeployNote_thenItAppears()
    {
        QVERIFY(openEnvironment(QStringLiteral("dev")));
        environmentPage()->tabs()->setCurrentIndex(LagoonEnvironmentPage::VariablesTab);
        LagoonVariablesPanel *panel = environmentPage()->variables();
        QTRY_VERIFY_WITH_TIMEOUT(operationsRun(QStringLiteral("EnvVariableNames")) >= 2, 10000);
        QCOMPARE(panel->model()->rowCount(), 0);

        LagoonVariableDialog *dialog = panel->openEditor();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lagoonVariableName")), QStringLiteral("NEW_RELIC_KEY"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lagoonVariableValue")), QStringLiteral("abc123"));
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("lagoonVariableScope"));
        scope->setCurrentIndex(scope->findData(QStringLiteral("runtime")));
        dialog->findChild<QPushButton *>(QStringLiteral("lagoonVariableOk"))->click();

        QMessageBox *box = waitForConfirmation();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("NEW_RELIC_KEY")) && box->text().contains(QLatin1String("dev")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QLatin1String("Runtime")), qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(QLatin1String("redeploy")), qPrintable(box->informativeText()));
        QVERIFY(m_sandbox.events(QStringLiteral("envvar.set")).isEmpty()); // nothing sent before the answer
        box->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();

        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowOf(QStringLiteral("NEW_RELIC_KEY"), LagoonVariablesModel::Level::Environment) >= 0, 10000);
        const QJsonArray set = m_sandbox.events(QStringLiteral("envvar.set"));
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.at(0)[QStringLiteral("scope")].toString(), QStringLiteral("runtime"));

        // Cancelling the question sends nothing.
        dialog = panel->openEditor();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lagoonVariableName")), QStringLiteral("NOT_SENT"));
        dialog->findChild<QPushButton *>(QStringLiteral("lagoonVariableOk"))->click();
        box = waitForConfirmation();
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(300);
        QCOMPARE(m_sandbox.events(QStringLiteral("envvar.set")).size(), 1);
    }

    void variables_changeOnlyTheScopeOfAHiddenVariable_keepsItsValue()
    {
        const QJsonObject dev{{QStringLiteral("project"), Project}, {QStringLiteral("environment"), QStringLiteral("dev")}};
        QJsonObject set = dev;
        set.insert(QStringLiteral("name"), QStringLiteral("API_TOKEN"));
        set.insert(QStringLiteral("value"), QStringLiteral("keep-me"));
        set.insert(QStringLiteral("scope"), QStringLiteral("RUNTIME"));
        QVERIFY(runNow(QStringLiteral("EnvVariablesSet"), set));
        QVERIFY(openEnvironment(QStringLiteral("dev")));
        environmentPage()->tabs()->setCurrentIndex(LagoonEnvironmentPage::VariablesTab);
        LagoonVariablesPanel *panel = environmentPage()->variables();
        LagoonVariablesModel *model = panel->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        const int row = model->rowOf(QStringLiteral("API_TOKEN"), LagoonVariablesModel::Level::Environment);
        QVERIFY(row >= 0);
        panel->view()->setCurrentIndex(model->index(row, 0));
        QVERIFY(!model->variable(row).revealed); // never revealed

        panel->findChild<QAction *>(QStringLiteral("lagoonVariableChange"))->trigger();
        auto *dialog = panel->findChild<LagoonVariableDialog *>(QStringLiteral("lagoonVariableDialog"));
        QVERIFY(dialog);
        auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("lagoonVariableValue"));
        QVERIFY(value->text().isEmpty());
        QVERIFY(!value->placeholderText().isEmpty()); // says an empty field keeps the value
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("lagoonVariableScope"));
        scope->setCurrentIndex(scope->findData(QStringLiteral("build")));
        dialog->findChild<QPushButton *>(QStringLiteral("lagoonVariableOk"))->click();
        QMessageBox *box = waitForConfirmation();
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();

        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.events(QStringLiteral("envvar.set")).size(), 2, 10000);
        const Result<QJsonObject> now = runNow(QStringLiteral("EnvVariables"), dev);
        QVERIFY(now);
        const QJsonArray list = now->value(QStringLiteral("getEnvVariablesByProjectEnvironmentName")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("value")].toString(), QStringLiteral("keep-me"));
        QCOMPARE(list.at(0)[QStringLiteral("scope")].toString().toLower(), QStringLiteral("build"));
        // The value was never shown: the table still hides it.
        QTRY_COMPARE_WITH_TIMEOUT(model->variable(model->rowOf(QStringLiteral("API_TOKEN"), LagoonVariablesModel::Level::Environment)).scope.toLower(),
                                  QStringLiteral("build"), 10000);
        QVERIFY(!model->variable(model->rowOf(QStringLiteral("API_TOKEN"), LagoonVariablesModel::Level::Environment)).revealed);
    }

    void runTask_invokedTaskShowsInTasksUntilComplete()
    {
        QVERIFY(openEnvironment(QStringLiteral("main")));
        LagoonRunTaskPanel *run = environmentPage()->runTask();
        QTRY_COMPARE_WITH_TIMEOUT(run->definitions().size(), 2, 10000);
        LagoonTasksModel *tasks = environmentPage()->tasks()->model();
        QTRY_COMPARE_WITH_TIMEOUT(tasks->rowCount(), 3, 10000);
        QVERIFY(waitForSubscription(QStringLiteral("TaskChanged")));
        environmentPage()->tabs()->setCurrentIndex(LagoonEnvironmentPage::RunTaskTab);
        QVERIFY(run->selectDefinition(2));
        screenshot(m_browser.get(), QStringLiteral("lagoon-run-task"));

        // main is production: Run asks first.
        run->findChild<QPushButton *>(QStringLiteral("lagoonRunTask"))->click();
        QMessageBox *box = waitForConfirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("production")));
        box->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();

        QTRY_COMPARE_WITH_TIMEOUT(environmentPage()->tabs()->currentIndex(), int(LagoonEnvironmentPage::TasksTab), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tasks->rowCount(), 4, 10000);
        QCOMPARE(tasks->task(0).name, QStringLiteral("Maintainer task"));
        QTRY_COMPARE_WITH_TIMEOUT(tasks->task(0).status, QStringLiteral("complete"), 15000);
        QTRY_COMPARE(environmentPage()->tasks()->view()->currentIndex().row(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!environmentPage()->tasks()->logView()->toPlainText().isEmpty(), 10000);
        QCOMPARE(m_sandbox.events(QStringLiteral("task.start")).size(), 1);
        screenshot(m_browser.get(), QStringLiteral("lagoon-tasks"));
    }

    void confirmation_acceptedAfterTheSessionIsGone_changesNothing()
    {
        // A variable: the session is deleted while the question is open.
        QVERIFY(openEnvironment(QStringLiteral("dev")));
        environmentPage()->tabs()->setCurrentIndex(LagoonEnvironmentPage::VariablesTab);
        LagoonVariablesPanel *panel = environmentPage()->variables();
        QTRY_VERIFY_WITH_TIMEOUT(operationsRun(QStringLiteral("EnvVariableNames")) >= 2, 10000);
        LagoonVariableDialog *dialog = panel->openEditor();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lagoonVariableName")), QStringLiteral("TOO_LATE"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lagoonVariableValue")), QStringLiteral("x"));
        dialog->findChild<QPushButton *>(QStringLiteral("lagoonVariableOk"))->click();
        QPointer<QMessageBox> box = waitForConfirmation();
        QVERIFY(box);
        m_browser->setSession(nullptr);
        m_session.reset();
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->banner()->isShowing(), 5000);
        QVERIFY2(m_browser->banner()->text().contains(QLatin1String("TOO_LATE was not saved")),
                 qPrintable(m_browser->banner()->text()));
        QVERIFY(m_sandbox.events(QStringLiteral("envvar.set")).isEmpty());

        // A task on production: the browser lets go of the session (which is not deleted yet).
        makeBrowser();
        QVERIFY(openEnvironment(QStringLiteral("main")));
        LagoonRunTaskPanel *run = environmentPage()->runTask();
        QTRY_COMPARE_WITH_TIMEOUT(run->definitions().size(), 2, 10000);
        environmentPage()->tabs()->setCurrentIndex(LagoonEnvironmentPage::RunTaskTab);
        QVERIFY(run->selectDefinition(2));
        run->findChild<QPushButton *>(QStringLiteral("lagoonRunTask"))->click();
        box = waitForConfirmation();
        QVERIFY(box);
        m_browser->setSession(nullptr);
        box->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->banner()->isShowing(), 5000);
        QVERIFY2(m_browser->banner()->text().contains(QLatin1String("was not started")),
                 qPrintable(m_browser->banner()->text()));
        QTest::qWait(300);
        QVERIFY(m_sandbox.events(QStringLiteral("task.start")).isEmpty());
        QCOMPARE(operationsRun(QStringLiteral("InvokeRegisteredTask")), 0);

        // A deployment: the session is deleted while the question is open.
        makeBrowser();
        QVERIFY(openEnvironment(QStringLiteral("dev")));
        environmentPage()->deployments()->findChild<QAction *>(QStringLiteral("lagoonDeployLatest"))->trigger();
        box = waitForConfirmation();
        QVERIFY(box);
        m_browser->setSession(nullptr);
        m_session.reset();
        box->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->banner()->isShowing(), 5000);
        QVERIFY2(m_browser->banner()->text().contains(QLatin1String("dev was not deployed")),
                 qPrintable(m_browser->banner()->text()));
        QTest::qWait(300);
        QCOMPARE(operationsRun(QStringLiteral("DeployEnvironmentLatest")), 0);
    }

    void offline_showsCachedDataUnderABanner_andRecovers()
    {
        QVERIFY(openEnvironment(QStringLiteral("main")));
        LagoonDeploymentsModel *deployments = environmentPage()->deployments()->model();
        QTRY_COMPARE_WITH_TIMEOUT(deployments->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(operationsRun(QStringLiteral("EnvVariableNames")) >= 2, 10000);
        QTest::qWait(200);
        QVERIFY(!m_browser->banner()->isShowing());

        m_sandbox.stop();
        // The next start of the app, with Lagoon unreachable: everything from the cache.
        makeBrowser();
        QVERIFY(waitForProjects());
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->banner()->isShowing(), 10000);
        QCOMPARE(m_browser->banner()->kind(), LagoonBanner::Kind::Offline);
        QVERIFY2(m_browser->banner()->text().contains(QLatin1String("Offline")), qPrintable(m_browser->banner()->text()));
        QVERIFY2(m_browser->banner()->text().contains(QLatin1String("as of")), qPrintable(m_browser->banner()->text()));
        QVERIFY(m_browser->openProject(Project));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser->projectPage()->model()->rowCount(), 4, 10000);
        QVERIFY(m_browser->openEnvironment(QStringLiteral("main")));
        QCOMPARE(environmentPage()->deployments()->model()->rowCount(), 3);
        QTest::qWait(500); // failures keep coming while offline: still one banner, no dialog
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QCOMPARE(m_browser->findChildren<LagoonBanner *>().size(), 1);
        screenshot(m_browser.get(), QStringLiteral("lagoon-offline"));

        // Lagoon is back: Retry clears the banner.
        QVERIFY(m_sandbox.restart());
        m_tokens.current = m_sandbox.userToken(QStringLiteral("maintainer@example.com"));
        m_browser->banner()->findChild<QToolButton *>(QStringLiteral("lagoonRetry"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_browser->banner()->isShowing(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->reachable(), 10000);
    }

    void apiError_isShownInTheBanner_notADialog()
    {
        QVERIFY(openEnvironment(QStringLiteral("dev")));
        LagoonVariablesPanel *panel = environmentPage()->variables();
        QTRY_VERIFY_WITH_TIMEOUT(operationsRun(QStringLiteral("EnvVariableNames")) >= 2, 10000);
        LagoonVariableDialog *dialog = panel->openEditor();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lagoonVariableName")), QStringLiteral("OLD_REGISTRY"));
        // A guest may not add variables: Lagoon refuses, the banner says why.
        m_tokens.current = m_sandbox.userToken(QStringLiteral("guest@example.com"));
        dialog->findChild<QPushButton *>(QStringLiteral("lagoonVariableOk"))->click();
        waitForConfirmation()->findChild<QPushButton *>(QStringLiteral("lagoonConfirm"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_browser->banner()->isShowing(), 10000);
        QCOMPARE(m_browser->banner()->kind(), LagoonBanner::Kind::Error);
        QVERIFY2(m_browser->banner()->text().contains(QLatin1String("permission")), qPrintable(m_browser->banner()->text()));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }
};

QTEST_MAIN(tst_LagoonBrowser)
#include "tst_lagoonbrowser.moc"
