// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "core/deploy/deploytarget.h"
#include "core/deploy/knownhosts.h"

using namespace Lagoon;
using Source = DeployTarget::ProjectSource;

namespace {

QJsonArray projects()
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("lagoon-demo")},
                    {QStringLiteral("gitUrl"), QStringLiteral("ssh://git@example.com/lagoon-demo.git")},
                    {QStringLiteral("environments"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("name"), QStringLiteral("main")}}}}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("shop")},
                    {QStringLiteral("gitUrl"), QStringLiteral("git@github.com:acme/shop.git")}},
    };
}

GitState onBranch(const QString &branch, const QString &remoteUrl)
{
    GitState git;
    git.isRepository = true;
    git.branch = branch;
    git.remotes = {GitRemote{QStringLiteral("origin"), remoteUrl, {}}};
    return git;
}

} // namespace

class TestDeployTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gitRemoteFindsTheProject()
    {
        const DeployTarget target =
            DeployTarget::resolve(onBranch(QStringLiteral("feature/Login"), QStringLiteral("https://github.com/acme/shop")),
                                  projects(), {});
        QCOMPARE(target.project, QStringLiteral("shop"));
        QCOMPARE(target.projectSource, Source::GitRemote);
        QVERIFY(target.projectKnown);
        // Lagoon keeps the branch as the environment's name; only the namespace is made safe.
        QCOMPARE(target.environment, QStringLiteral("feature/Login"));
        QVERIFY(!target.environmentExists);
        QCOMPARE(target.namespaceName, QStringLiteral("shop-feature-login"));
        QCOMPARE(target.describe(), QStringLiteral("shop / feature/Login (new environment)"));
    }

    void composeKeyBeatsTheRemoteAndTheUserBeatsBoth()
    {
        const GitState git = onBranch(QStringLiteral("main"), QStringLiteral("git@github.com:acme/shop.git"));
        const DeployTarget fromCompose = DeployTarget::resolve(git, projects(), QStringLiteral("lagoon-demo"));
        QCOMPARE(fromCompose.project, QStringLiteral("lagoon-demo"));
        QCOMPARE(fromCompose.projectSource, Source::ComposeKey);
        QVERIFY(fromCompose.environmentExists);
        QCOMPARE(fromCompose.environmentId, 3);
        QCOMPARE(fromCompose.namespaceName, QStringLiteral("lagoon-demo-main"));

        const DeployTarget chosen = DeployTarget::resolve(git, projects(), QStringLiteral("lagoon-demo"), QStringLiteral("other"));
        QCOMPARE(chosen.project, QStringLiteral("other"));
        QCOMPARE(chosen.projectSource, Source::UserChoice);
        QVERIFY(!chosen.projectKnown);
    }

    void detachedHeadHasNoEnvironment()
    {
        GitState git = onBranch({}, QStringLiteral("git@github.com:acme/shop.git"));
        git.detached = true;
        const DeployTarget target = DeployTarget::resolve(git, projects(), {});
        QVERIFY(!target.isComplete());
        QCOMPARE(target.describe(), QStringLiteral("shop / no branch checked out"));
    }

    void repositoryUrlsCompareByHostAndPath()
    {
        QVERIFY(DeployTarget::sameRepository(QStringLiteral("git@github.com:acme/shop.git"),
                                             QStringLiteral("https://github.com/acme/shop/")));
        QVERIFY(DeployTarget::sameRepository(QStringLiteral("ssh://git@GitHub.com:22/acme/shop"),
                                             QStringLiteral("git@github.com:acme/shop.git")));
        QVERIFY(!DeployTarget::sameRepository(QStringLiteral("git@github.com:acme/shop.git"),
                                              QStringLiteral("git@github.com:acme/shop2.git")));
        QVERIFY(!DeployTarget::sameRepository({}, {}));
    }

    void knownHostsMatchesPlainHashedAndPorts()
    {
        // ssh-keygen -H -F style entries, made here: |1|salt|HMAC-SHA1(salt, "[127.0.0.1]:2222").
        const QByteArray key = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIHbq5Qc4K0n4sS0j9t2D1cRj0Ss5y8n3hVq3nO5mQW1x");
        const QByteArray other = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIAbq5Qc4K0n4sS0j9t2D1cRj0Ss5y8n3hVq3nO5mQW1x");
        QCOMPARE(KnownHosts::keyType(key), QStringLiteral("ssh-ed25519"));
        const QByteArray line = "[127.0.0.1]:2222 ssh-ed25519 " + key.toBase64() + "\n";
        QCOMPARE(KnownHosts::checkText(line, QStringLiteral("127.0.0.1"), 2222, key), KnownHosts::Verdict::Known);
        QCOMPARE(KnownHosts::checkText(line, QStringLiteral("127.0.0.1"), 22, key), KnownHosts::Verdict::Unknown);
        QCOMPARE(KnownHosts::checkText(line, QStringLiteral("127.0.0.1"), 2222, other), KnownHosts::Verdict::Changed);
        const QByteArray wildcard = "*.example.com,!bad.example.com ssh-ed25519 " + key.toBase64() + "\n";
        QCOMPARE(KnownHosts::checkText(wildcard, QStringLiteral("git.example.com"), 22, key), KnownHosts::Verdict::Known);
        QCOMPARE(KnownHosts::checkText(wildcard, QStringLiteral("bad.example.com"), 22, key), KnownHosts::Verdict::Unknown);
        const QByteArray revoked = line + "@revoked * ssh-ed25519 " + key.toBase64() + "\n";
        QCOMPARE(KnownHosts::checkText(revoked, QStringLiteral("127.0.0.1"), 2222, key), KnownHosts::Verdict::Revoked);
    }
};

QTEST_GUILESS_MAIN(TestDeployTarget)
#include "tst_deploytarget.moc"
