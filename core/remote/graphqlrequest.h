// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

#include "core/util/error.h"

namespace Lagoon {

/** One GraphQL operation to send: the document, the operation to run in it and its variables. */
struct GraphQLRequest
{
    QString operationName;
    QString query;
    QJsonObject variables;

    /** A document the app ships (GraphQLDocuments); NotFound when there is none by that name. */
    static Result<GraphQLRequest> shipped(const QString &operationName, const QJsonObject &variables = {});

    /** {query, operationName, variables}: the body of a POST and the payload of a subscription. */
    QJsonObject toJson() const;
};

} // namespace Lagoon
