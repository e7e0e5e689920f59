// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Small helpers shared by the sandbox modules.
import crypto from 'node:crypto';

// Lagoon stores dates as MariaDB DATETIME in UTC and the API returns them as
// "YYYY-MM-DD HH:MM:SS" strings (see the seed's `created: "2023-10-07 23:02:41"`).
export function lagoonDate(date = new Date()) {
  return date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
}

// services/api generateBuildId(): `lagoon-build-${Math.random().toString(36).substring(7)}`.
export function generateBuildName() {
  return `lagoon-build-${Math.random().toString(36).substring(7)}`;
}

// Keycloak gives users random UUIDs; ours are derived from the e-mail so they stay the same
// from one run to the next and tests can hard-code them if they want to.
export function stableUuid(seed) {
  const h = crypto.createHash('sha1').update(`lagoon-sandbox:${seed}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// uselagoon/machinery GenerateNamespaceName (lagoon-api.md §4): project + safe environment,
// environment shortened to 58-len(project) chars with a 4-char sha1 suffix.
export function namespaceName(project, environment) {
  const safe = (s) => s.toLowerCase().replace(/[^0-9a-z-]/g, '-');
  let env = safe(environment);
  const room = 58 - project.length;
  if (env.length > room) {
    const hash = crypto.createHash('sha1').update(env).digest('hex').slice(0, 4);
    env = `${env.slice(0, room - 5)}-${hash}`;
  }
  return `${project}-${env}`;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
