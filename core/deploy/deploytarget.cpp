// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/deploy/deploytarget.h"

#include <algorithm>

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include "core/lagoon/config/namespacename.h"

namespace Lagoon {

using namespace Qt::StringLiterals;

namespace {

QJsonObject projectNamed(const QJsonArray &projects, const QString &name)
{
    for (const QJsonValue &value : projects) {
        if (value.toObject().value("name"_L1).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

QString DeployTarget::repositoryKey(const QString &url)
{
    QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    QString host;
    QString path;
    // scp-like syntax: [user@]host:path, with no scheme and no slash before the colon.
    static const QRegularExpression scpLike(u"^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$"_s);
    const QRegularExpressionMatch scp = scpLike.match(text);
    if (!text.contains("://"_L1) && scp.hasMatch()) {
        host = scp.captured(1);
        path = scp.captured(2);
    } else {
        const QUrl parsed(text);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return {};
        host = parsed.host();
        path = parsed.path();
    }
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(".git"_L1))
        path.chop(4);
    if (host.isEmpty() || path.isEmpty())
        return {};
    return (host + u'/' + path).toLower();
}

bool DeployTarget::sameRepository(const QString &a, const QString &b)
{
    const QString keyA = repositoryKey(a);
    return !keyA.isEmpty() && keyA == repositoryKey(b);
}

DeployTarget DeployTarget::resolve(const GitState &git, const QJsonArray &projects, const QString &composeProject,
                                   const QString &userChoice, const QString &branchOverride)
{
    DeployTarget target;
    if (!userChoice.isEmpty()) {
        target.project = userChoice;
        target.projectSource = ProjectSource::UserChoice;
    } else if (!composeProject.isEmpty()) {
        target.project = composeProject;
        target.projectSource = ProjectSource::ComposeKey;
    } else {
        for (const QJsonValue &value : projects) {
            const QString gitUrl = value.toObject().value("gitUrl"_L1).toString();
            const bool matches = std::any_of(git.remotes.cbegin(), git.remotes.cend(), [&gitUrl](const GitRemote &r) {
                return sameRepository(r.url, gitUrl) || sameRepository(r.pushUrl, gitUrl);
            });
            if (matches) {
                target.project = value.toObject().value("name"_L1).toString();
                target.projectSource = ProjectSource::GitRemote;
                break;
            }
        }
    }
    target.branch = branchOverride.isEmpty() ? (git.detached ? QString() : git.branch) : branchOverride;
    target.environment = target.branch;

    const QJsonObject project = projectNamed(projects, target.project);
    target.projectKnown = !project.isEmpty();
    for (const QJsonValue &value : project.value("environments"_L1).toArray()) {
        const QJsonObject environment = value.toObject();
        if (environment.value("name"_L1).toString() == target.environment) {
            target.environmentExists = true;
            target.environmentId = environment.value("id"_L1).toInt();
        }
    }
    if (target.isComplete())
        target.namespaceName = NamespaceName::forEnvironment(target.project, target.environment);
    return target;
}

QString DeployTarget::describe() const
{
    if (project.isEmpty())
        return tr("no Lagoon project for this folder");
    if (environment.isEmpty())
        return tr("%1 / no branch checked out").arg(project);
    return environmentExists ? tr("%1 / %2").arg(project, environment)
                             : tr("%1 / %2 (new environment)").arg(project, environment);
}

} // namespace Lagoon
