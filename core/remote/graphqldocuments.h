// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/util/error.h"

namespace Lagoon {

/**
 * The GraphQL operations the app ships: resources/graphql/<Name>.graphql, one operation per file
 * named like the file, compiled into core under :/graphql. Reading them is cheap (the resource
 * is in memory) and thread-safe.
 */
class GraphQLDocuments final
{
    Q_DECLARE_TR_FUNCTIONS(Lagoon::GraphQLDocuments)

public:
    /**
     * The document of operation `operationName` without its comment header. NotFound when no
     * such document is shipped; ParseFailed when the file does not declare that operation.
     */
    static Result<QString> document(const QString &operationName);

    /** Every shipped operation, sorted. */
    static QStringList operationNames();
};

} // namespace Lagoon
