// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#include "core/remote/graphqlrequest.h"

#include "core/remote/graphqldocuments.h"

namespace Lagoon {

Result<GraphQLRequest> GraphQLRequest::shipped(const QString &operationName, const QJsonObject &variables)
{
    auto document = GraphQLDocuments::document(operationName);
    if (!document)
        return std::unexpected(document.error());
    return GraphQLRequest{operationName, *document, variables};
}

QJsonObject GraphQLRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("query"), query}, {QStringLiteral("variables"), variables}};
    if (!operationName.isEmpty())
        json.insert(QStringLiteral("operationName"), operationName);
    return json;
}

} // namespace Lagoon
