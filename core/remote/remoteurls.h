// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

// The URLs of one Lagoon installation, derived from its GraphQL endpoint the way Lagoon's own
// clients do (lagoon-api.md §1, §2).
namespace Lagoon::RemoteUrls {

/**
 * The API's base: the GraphQL endpoint without its last "graphql" path segment
 * (https://api.example.com/graphql -> https://api.example.com). A URL that does not end in
 * "graphql" is taken as the base itself. Query and fragment are dropped.
 */
QUrl apiBase(const QUrl &apiUrl);

/** <base>/.well-known/appspecific/sh.lagoon.discovery.json */
QUrl discoveryUrl(const QUrl &apiUrl);

/** The subscription endpoint: the same URL with ws(s) for http(s) (lagoon-ui does the same). */
QUrl webSocketUrl(const QUrl &apiUrl);

/** "host", or "host:port" when the URL names a port, for messages about any server (API, realm). */
QString hostLabel(const QUrl &url);

} // namespace Lagoon::RemoteUrls
