// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Which WebSocket sub-protocols the sandbox answers (--ws-protocols, POST /control/ws):
// both (the default), only graphql-transport-ws (Lagoon >= v2.27 without the legacy fallback),
// only graphql-ws (Lagoon < v2.27, Apollo Server 2), or none (upgrades refused).
// Kept apart from index.js so start.js can check the option before loading the libraries.
export const WS_PROTOCOL_MODES = ['both', 'graphql-transport-ws', 'graphql-ws', 'none'];
