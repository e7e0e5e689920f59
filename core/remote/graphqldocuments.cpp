// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/graphqldocuments.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Lagoon {

namespace {

const QString ResourceDir = QStringLiteral(":/graphql");
const QString Suffix = QStringLiteral(".graphql");

bool isOperationName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[_A-Za-z][_0-9A-Za-z]*$"));
    return valid.match(name).hasMatch();
}

} // namespace

Result<QString> GraphQLDocuments::document(const QString &operationName)
{
    // The name becomes a resource path: only GraphQL names, so it cannot point anywhere else.
    if (!isOperationName(operationName))
        return makeError(Error::Code::NotFound, tr("\"%1\" is not a GraphQL operation name").arg(operationName));
    QFile file(ResourceDir + QLatin1Char('/') + operationName + Suffix);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound, tr("The app has no GraphQL operation named %1").arg(operationName));
    const QString text = QString::fromUtf8(file.readAll());

    // The SPDX and comment lines at the top are for people; the server need not parse them.
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && (lines.constFirst().trimmed().startsWith(QLatin1Char('#')) || lines.constFirst().trimmed().isEmpty()))
        lines.removeFirst();
    QString body = lines.join(QLatin1Char('\n')).trimmed();

    const QRegularExpression declaration(QStringLiteral("\\b(query|mutation|subscription)\\s+%1\\b").arg(operationName));
    if (!declaration.match(body).hasMatch()) {
        return makeError(Error::Code::ParseFailed,
                         tr("The GraphQL document %1 does not declare the operation %1").arg(operationName), body.left(200));
    }
    return body;
}

QStringList GraphQLDocuments::operationNames()
{
    QStringList names;
    const QStringList files = QDir(ResourceDir).entryList({QLatin1Char('*') + Suffix}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(Suffix.size());
    return names;
}

} // namespace Lagoon
