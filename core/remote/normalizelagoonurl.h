// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

#include "core/util/error.h"

namespace Lagoon {

/** What a Lagoon address is for; an API URL gets Lagoon's /graphql path when it names none. */
enum class LagoonUrlKind
{
    Api,    ///< the GraphQL endpoint
    Server, ///< any other server tokens or passwords go to: the sign-in server (Keycloak)
};

/**
 * An address of a Lagoon, typed by the user (the API URL, the sign-in server, `login --api`) or
 * published by the Lagoon (its discovery document), made fit to send tokens to: https:// when it
 * names no scheme ("api.example.com/graphql" is https://api.example.com/graphql), never http://
 * except to a loopback host (localhost, 127.0.0.0/8, ::1: a Lagoon on this machine, such as the
 * test sandbox), since tokens would travel unencrypted. Every place that takes such an address
 * goes through here, so the rule is the same for all.
 *
 * An empty (or blank) text is an empty URL. ParseFailed, with a message that says why, for an
 * http:// address of another host, another scheme, or no host.
 */
Result<QUrl> normalizeLagoonUrl(const QString &text, LagoonUrlKind kind);

} // namespace Lagoon
