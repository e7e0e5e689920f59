// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// GET /.well-known/appspecific/sh.lagoon.discovery.json (LAG:services/api/src/routes/well-known.ts,
// field names as lagoon-api.md §1 gives them). authorization_endpoint is Keycloak's frontend URL
// (…/auth); clients append /realms/lagoon themselves, like the real deployment expects.
import { sendJson } from './common.js';

export function discoveryDocument(services) {
  const { config, urls } = services;
  return {
    lagoon_version: config.lagoonVersion,
    authorization_endpoint: urls.keycloak ?? null,
    ssh_token_exchange: {
      token_endpoint_host: urls.sshHost ?? null,
      token_endpoint_port: urls.sshPort ?? null,
    },
    webhook_endpoint: urls.webhook ?? null,
    ui_url: config.uiUrl,
  };
}

export function discoveryHandler(services) {
  return (req, res) => sendJson(res, 200, discoveryDocument(services), { 'access-control-allow-origin': '*' });
}
