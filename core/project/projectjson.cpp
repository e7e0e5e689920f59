// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/project/projectjson.h"

#include <QJsonArray>

namespace Lagoon::ProjectJson {

QJsonObject toJson(const Diagnostic &d)
{
    QJsonObject o{
        {QStringLiteral("severity"), severityId(d.severity)},
        {QStringLiteral("rule"), d.ruleId},
        {QStringLiteral("message"), d.message},
        {QStringLiteral("file"), d.file},
        {QStringLiteral("line"), d.line},
        {QStringLiteral("column"), d.column},
        {QStringLiteral("endLine"), d.endLine},
        {QStringLiteral("endColumn"), d.endColumn},
    };
    if (!d.hint.isEmpty())
        o.insert(QStringLiteral("hint"), d.hint);
    return o;
}

QJsonObject toJson(const ProjectFiles &files)
{
    QJsonArray fileArray;
    for (const ProjectFile &f : files.files) {
        fileArray.append(QJsonObject{
            {QStringLiteral("role"), roleId(f.role)},
            {QStringLiteral("path"), f.relativePath},
            {QStringLiteral("exists"), f.exists},
            {QStringLiteral("required"), f.required},
            {QStringLiteral("size"), f.size},
        });
    }
    QJsonArray problems;
    for (const Diagnostic &d : files.problems)
        problems.append(toJson(d));
    return QJsonObject{
        {QStringLiteral("root"), files.root},
        {QStringLiteral("projectName"), files.projectName.isEmpty() ? QJsonValue() : QJsonValue(files.projectName)},
        {QStringLiteral("composeSource"), files.composeSource},
        {QStringLiteral("files"), fileArray},
        {QStringLiteral("problems"), problems},
    };
}

QJsonObject toJson(const GitState &git)
{
    if (!git.isRepository)
        return QJsonObject{{QStringLiteral("repository"), false}};

    QJsonObject head;
    if (!git.unborn) {
        head = QJsonObject{
            {QStringLiteral("sha"), git.head.sha},
            {QStringLiteral("subject"), git.head.subject},
            {QStringLiteral("author"), git.head.authorName},
            {QStringLiteral("email"), git.head.authorEmail},
            {QStringLiteral("time"), git.head.time.toString(Qt::ISODate)},
        };
    }
    QJsonArray changes;
    for (const GitChange &c : git.changes) {
        QJsonArray states;
        const std::pair<int, const char *> names[] = {
            {GitChange::Staged, "staged"},       {GitChange::Modified, "modified"}, {GitChange::Untracked, "untracked"},
            {GitChange::Deleted, "deleted"},     {GitChange::Renamed, "renamed"},   {GitChange::Conflicted, "conflicted"},
        };
        for (const auto &[flag, name] : names) {
            if (c.flags & flag)
                states.append(QLatin1String(name));
        }
        changes.append(QJsonObject{{QStringLiteral("path"), c.path}, {QStringLiteral("states"), states}});
    }
    QJsonArray remotes;
    for (const GitRemote &r : git.remotes) {
        QJsonObject remote{{QStringLiteral("name"), r.name}, {QStringLiteral("url"), r.url}};
        if (!r.pushUrl.isEmpty())
            remote.insert(QStringLiteral("pushUrl"), r.pushUrl);
        remotes.append(remote);
    }
    return QJsonObject{
        {QStringLiteral("repository"), true},
        {QStringLiteral("root"), git.root},
        {QStringLiteral("branch"), git.branch.isEmpty() ? QJsonValue() : QJsonValue(git.branch)},
        {QStringLiteral("detached"), git.detached},
        {QStringLiteral("unborn"), git.unborn},
        {QStringLiteral("head"), git.unborn ? QJsonValue() : QJsonValue(head)},
        {QStringLiteral("upstream"), git.upstream.isEmpty() ? QJsonValue() : QJsonValue(git.upstream)},
        {QStringLiteral("ahead"), git.ahead},
        {QStringLiteral("behind"), git.behind},
        {QStringLiteral("dirty"), git.isDirty()},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("remotes"), remotes},
    };
}

} // namespace Lagoon::ProjectJson
