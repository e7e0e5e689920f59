// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// One-click deploy as a user does it, against real parts: a project in a real git repository
// whose origin is a bare repository served over SSH by the sandbox's sshd, an ssh-agent of the
// test's own, the sandbox's Lagoon API. The Deploy dialog checks, pushes and deploys; the
// rollout page follows the build to its end; "deploy this commit again" deploys the same sha.
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/deploy/deployer.h"
#include "core/deploy/deployhistory.h"
#include "core/project/project.h"
#include "core/remote/lagoonapiclient.h"
#include "core/remote/lagoonrolloutfeed.h"
#include "core/remote/lagoonsession.h"
#include "core/rollout/logstore.h"
#include "core/rollout/rollout.h"
#include "tests/auth/authsandbox.h"
#include "tests/remote/scriptedtokens.h"
#include "tests/support/gitfixture.h"
#include "tests/support/sandboxfixture.h"
#include "widgets/accounts/inlinemessage.h"
#include "widgets/deploy/deploycheckslist.h"
#include "widgets/deploy/deploydialog.h"
#include "widgets/deploy/remoterolloutpage.h"
#include "widgets/rollout/rolloutview.h"

using namespace Lagoon;
using namespace std::chrono_literals;

namespace {

const QString Example = QStringLiteral(LAGOON_SOURCE_DIR "/resources/examples/drupal-example");

bool copyExample(const QString &to)
{
    QDirIterator it(Example, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(Example).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile in(source);
        QFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        QByteArray content = in.readAll();
        // The sandbox's Lagoon knows lagoon-demo, not the example's own project.
        if (source.endsWith(QLatin1String("docker-compose.yml")))
            content.replace("&lagoon-project drupal-example", "&lagoon-project lagoon-demo");
        out.write(content);
    }
    return true;
}

} // namespace

class TestDeployFlow : public QObject
{
    Q_OBJECT

private:
    Test::AuthSandbox m_sandbox;
    Test::GitFixture m_git;
    QProcess m_agent;
    QNetworkAccessManager m_network;
    Test::ScriptedTokens m_tokens;
    QTemporaryDir m_cache;
    std::unique_ptr<LagoonSession> m_session;
    QString m_work;

    QString bareRef(const QString &ref)
    {
        return m_git.git(QStringLiteral("root/site.git"), {QStringLiteral("rev-parse"), ref}).trimmed();
    }

    static LagoonEnvironmentRef dev()
    {
        LagoonEnvironmentRef environment;
        environment.project = QStringLiteral("lagoon-demo");
        environment.name = QStringLiteral("dev");
        environment.id = 5;
        environment.namespaceName = QStringLiteral("lagoon-demo-dev");
        return environment;
    }

    void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("LAGOON_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("lagoon-screenshots")));
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
    }

    std::unique_ptr<Project> openProject()
    {
        auto project = std::make_unique<Project>();
        QSignalSpy loaded(project.get(), &Project::loaded);
        project->open(m_work);
        if (!loaded.wait(20000))
            return {};
        return project;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Deploy history, known_hosts: in throwaway places, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_git.isValid());
        qputenv("HOME", m_git.path(QStringLiteral("home")).toUtf8());
        const QString gitRoot = m_git.path(QStringLiteral("root"));
        QVERIFY(QDir().mkpath(gitRoot));
        bool ok = false;
        m_git.git(QStringLiteral("root"), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                                           QStringLiteral("-b"), QStringLiteral("dev"), QStringLiteral("site.git")},
                  &ok);
        QVERIFY(ok);

        QVERIFY2(m_sandbox.start({QStringLiteral("--git-root"), gitRoot, QStringLiteral("--speed"), QStringLiteral("0.05")}),
                 qPrintable(m_sandbox.errorString()));
        const QString key = m_sandbox.newKey(m_git.path(), QStringLiteral("developer"), QStringLiteral("developer@example.com"));
        QVERIFY(!key.isEmpty());
        const QString socket = m_git.path(QStringLiteral("agent.sock"));
        m_agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(Test::SandboxFixture::waitUntil([&socket] { return QFileInfo::exists(socket); }, 20000));
        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        // The socket appears a moment before the agent answers on it: ask again until it does.
        QByteArray why;
        const bool added = Test::SandboxFixture::waitUntil([&key, &why] {
            QProcess add;
            add.start(QStringLiteral("ssh-add"), {QStringLiteral("-q"), key});
            const bool accepted = add.waitForFinished(20000) && add.exitCode() == 0;
            why = add.readAllStandardError();
            return accepted;
        }, 20000);
        QVERIFY2(added, why.constData());
        QVERIFY(m_git.write(QStringLiteral("home/.ssh/known_hosts"),
                            QStringLiteral("[%1]:%2 %3\n")
                                .arg(m_sandbox.sshHost())
                                .arg(m_sandbox.sshPort())
                                .arg(m_sandbox.info().value(QStringLiteral("ssh")).toObject().value(QStringLiteral("hostPublicKey")).toString())
                                .toUtf8()));

        // The developer's clone: the example project on branch dev, one commit not pushed yet.
        QVERIFY(m_git.init(QStringLiteral("work")));
        m_work = m_git.path(QStringLiteral("work"));
        m_git.git(QStringLiteral("work"), {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("dev")}, &ok);
        QVERIFY(ok);
        QVERIFY(copyExample(m_work));
        m_git.git(QStringLiteral("work"), {QStringLiteral("add"), QStringLiteral("-A")}, &ok);
        QVERIFY(ok);
        m_git.git(QStringLiteral("work"), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("The site")}, &ok);
        QVERIFY(ok);
        const QString url = QStringLiteral("ssh://%1@%2:%3/site.git").arg(m_sandbox.sshUser(), m_sandbox.sshHost()).arg(m_sandbox.sshPort());
        m_git.git(QStringLiteral("work"), {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), url}, &ok);
        QVERIFY(ok);

        m_tokens.current = m_sandbox.control("POST", QStringLiteral("/tokens/legacy")).json.value(QStringLiteral("token")).toString();
        QVERIFY(!m_tokens.current.isEmpty());
        m_session = std::make_unique<LagoonSession>(&m_network, QStringLiteral("sandbox"), m_sandbox.apiUrl(),
                                                    m_tokens.provider(), m_cache.path());
        m_session->api()->setTimeout(5s);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_agent.kill();
        m_agent.waitForFinished(5000);
    }

    void pushThenDeployThenFollowTheBuildToItsEnd()
    {
        auto project = openProject();
        QVERIFY(project);
        DeployDialog dialog(m_session.get(), project.get());
        dialog.show();

        // The pre-flight sees the unpushed branch and offers to push it; the files are valid.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 30000);
        QVERIFY2(dialog.report()->errors.isEmpty(), qPrintable(dialog.blockedReason()));
        QVERIFY(dialog.report()->needsPush());
        QVERIFY(dialog.pushButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.target().project, QStringLiteral("lagoon-demo"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.target().environmentExists, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.environmentChoice()->currentText(), QStringLiteral("dev"), 10000);
        bool listsGitFinding = false;
        for (int i = 0; i < dialog.checks()->topLevelItemCount(); ++i)
            listsGitFinding |= dialog.checks()->topLevelItem(i)->text(0).contains(QLatin1String("is not on a remote yet"));
        QVERIFY2(listsGitFinding, "the checks do not say the branch is not on its remote");
        shoot(&dialog, QStringLiteral("deploy-dialog-unpushed.png"));

        // Push: the real sshd receives the commit into the bare repository.
        const QString head = project->gitState().head.sha;
        QTest::mouseClick(dialog.pushButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.message()->text().startsWith(QLatin1String("Pushed")), 60000);
        QCOMPARE(bareRef(QStringLiteral("dev")), head);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value() && !dialog.report()->needsPush(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.deployButton()->isEnabled(), 10000);
        shoot(&dialog, QStringLiteral("deploy-dialog-ready.png"));

        // Deploy: Lagoon names the build; the launch carries what the rollout page needs.
        QSignalSpy deployed(&dialog, &DeployDialog::deployed);
        QTest::mouseClick(dialog.deployButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deployed.size(), 1, 20000);
        const auto launch = deployed.constFirst().constFirst().value<DeployLaunch>();
        QVERIFY2(launch.started.buildName.startsWith(QLatin1String("lagoon-build-")), qPrintable(launch.started.buildName));
        QCOMPARE(launch.environmentId, 5);
        QCOMPARE(launch.namespaceName, QStringLiteral("lagoon-demo-dev"));
        QCOMPARE(launch.sha, head);
        QVERIFY(!dialog.isVisible());

        // The rollout page follows it: steps tick by, the log fills, the build completes.
        // The log streams live over the sandbox's SSH portal, as with an account that has an SSH endpoint.
        LagoonRolloutFeed::Options options;
        options.ssh.host = m_sandbox.sshHost();
        options.ssh.port = m_sandbox.sshPort();
        options.ssh.identityFile = m_git.path(QStringLiteral("developer"));
        options.ssh.knownHostsFile = m_git.path(QStringLiteral("home/.ssh/known_hosts"));
        options.sshUser = m_sandbox.sshUser();
        RemoteRolloutPage page(m_session.get(), dev(), launch.started.buildName, options);
        page.resize(1100, 700);
        page.show();
        Rollout *rollout = page.feed()->rollout();
        QTRY_VERIFY_WITH_TIMEOUT(rollout->state() == RolloutState::Running || rollout->isFinished(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(rollout->isFinished(), 60000);
        QCOMPARE(rollout->state(), RolloutState::Succeeded);
        QVERIFY2(rollout->stepCount() >= 10, qPrintable(QString::number(rollout->stepCount())));
        QVERIFY(rollout->log().lineCount() > 20);
        QCOMPARE(page.view()->stateText(), QStringLiteral("Succeeded"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.sourceLabel()->text().isEmpty(), 10000);
        QVERIFY2(page.sourceLabel()->text().contains(QLatin1String("SSH")), qPrintable(page.sourceLabel()->text()));
        shoot(&page, QStringLiteral("rollout-remote-complete.png"));

        // This machine deployed that commit, so it can deploy it again: the same sha, a new build.
        QVERIFY(page.deployCommitAction()->isEnabled());
        QSignalSpy again(&page, &RemoteRolloutPage::deployed);
        page.deployCommitAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 20000);
        const auto second = again.constFirst().constFirst().value<DeployLaunch>();
        QCOMPARE(second.sha, head);
        QVERIFY(second.started.buildName != launch.started.buildName);
        // The API's journal of GraphQL calls: the mutation carried branchRef = the sha.
        const QJsonArray calls = m_sandbox.events(QStringLiteral("graphql"));
        bool sawRef = false;
        for (const QJsonValue &call : calls)
            sawRef |= call.toObject().value(QStringLiteral("variables")).toObject().value(QStringLiteral("branchRef")).toString() == head;
        QVERIFY2(sawRef, "the sandbox was not asked to deploy the commit again by its sha");
    }

    void aDetachedPageStopsFollowingAndKeepsWhatItShowed()
    {
        // Signing out hands pages a dead session: they stop where they are instead of calling it.
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/speed"), {{QStringLiteral("factor"), 0.3}}).ok());
        Deployer deployer(m_session->api());
        QString build;
        deployer.deployLatest(QStringLiteral("lagoon-demo"), QStringLiteral("dev"), {},
                              [&build](const Result<DeployStarted> &started) {
                                  if (started)
                                      build = started->buildName;
                              });
        QTRY_VERIFY_WITH_TIMEOUT(!build.isEmpty(), 20000);
        RemoteRolloutPage page(m_session.get(), dev(), build, {});
        QTRY_VERIFY_WITH_TIMEOUT(page.feed()->rollout()->state() == RolloutState::Running, 20000);
        page.detach();
        QVERIFY(!page.redeployAction()->isEnabled());
        QVERIFY2(page.sourceLabel()->text().contains(QLatin1String("Not following")), qPrintable(page.sourceLabel()->text()));
        const qsizetype lines = page.feed()->rollout()->log().lineCount();
        // The build ends on the server (about 3 s at this speed); the detached page does not hear of it.
        QTest::qWait(6000);
        QCOMPARE(page.feed()->rollout()->state(), RolloutState::Running);
        QCOMPARE(page.feed()->rollout()->log().lineCount(), lines);
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/speed"), {{QStringLiteral("factor"), 0.05}}).ok());
    }

    void theComposeProjectStaysUntilTheUserPicksAnother()
    {
        // The compose file names a project this account does not have: the dialog says so rather
        // than deploying whatever Lagoon lists first; picking one in the list is what changes it.
        QFile compose(m_work + QStringLiteral("/docker-compose.yml"));
        QVERIFY(compose.open(QIODevice::ReadOnly));
        const QByteArray original = compose.readAll();
        compose.close();
        QByteArray renamed = original;
        renamed.replace("&lagoon-project lagoon-demo", "&lagoon-project drupal-example");
        QVERIFY(m_git.write(QStringLiteral("work/docker-compose.yml"), renamed));
        auto project = openProject();
        QVERIFY(project);
        DeployDialog dialog(m_session.get(), project.get());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.projectChoice()->findText(QStringLiteral("lagoon-demo")) >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 30000);
        QCOMPARE(dialog.target().project, QStringLiteral("drupal-example"));
        QCOMPARE(dialog.target().projectSource, DeployTarget::ProjectSource::ComposeKey);
        QVERIFY(!dialog.deployButton()->isEnabled());
        QVERIFY2(dialog.blockedReason().contains(QLatin1String("no Lagoon project drupal-example")),
                 qPrintable(dialog.blockedReason()));

        const int index = dialog.projectChoice()->findText(QStringLiteral("lagoon-demo"));
        dialog.projectChoice()->setCurrentIndex(index);
        Q_EMIT dialog.projectChoice()->activated(index);
        QCOMPARE(dialog.target().project, QStringLiteral("lagoon-demo"));
        QCOMPARE(dialog.target().projectSource, DeployTarget::ProjectSource::UserChoice);
        QVERIFY(m_git.write(QStringLiteral("work/docker-compose.yml"), original));
    }

    void validationErrorsBlockDeployAndOpenInTheEditor()
    {
        // A broken .lagoon.yml, not committed: the checks name it and Deploy stays off.
        QFile lagoonYml(m_work + QStringLiteral("/.lagoon.yml"));
        QVERIFY(lagoonYml.open(QIODevice::ReadOnly));
        const QByteArray original = lagoonYml.readAll();
        lagoonYml.close();
        QVERIFY(m_git.write(QStringLiteral("work/.lagoon.yml"), original + "\ntasks:\n  post-rollout: oops\n"));
        auto project = openProject();
        QVERIFY(project);
        DeployDialog dialog(m_session.get(), project.get());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.report().has_value(), 30000);
        QVERIFY(!dialog.report()->errors.isEmpty());
        QVERIFY(!dialog.deployButton()->isEnabled());
        QVERIFY2(dialog.blockedReason().contains(QLatin1String("validation error")), qPrintable(dialog.blockedReason()));
        shoot(&dialog, QStringLiteral("deploy-dialog-blocked.png"));

        QSignalSpy source(&dialog, &DeployDialog::sourceRequested);
        QTreeWidgetItem *first = dialog.checks()->topLevelItem(0);
        QVERIFY(first->text(0).contains(QLatin1String(".lagoon.yml")));
        Q_EMIT dialog.checks()->itemActivated(first, 0);
        QCOMPARE(source.size(), 1);
        QCOMPARE(source.constFirst().at(0).toString(), QStringLiteral(".lagoon.yml"));
        QVERIFY(source.constFirst().at(1).toInt() > 1);
        QVERIFY(m_git.write(QStringLiteral("work/.lagoon.yml"), original));
    }
};

QTEST_MAIN(TestDeployFlow)
#include "tst_deployflow.moc"
