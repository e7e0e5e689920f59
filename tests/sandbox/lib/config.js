// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Defaults of the sandbox. Paths to Lagoon's own data point at ../shared next to the repository
// (the project never copies fetched material into its tree).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const sandboxDir = path.resolve(here, '..');
export const repoRoot = path.resolve(sandboxDir, '..', '..');
const research = path.resolve(repoRoot, '..', 'shared', 'lagoon-research');

export const defaults = {
  host: '127.0.0.1',
  schemaPath: path.join(sandboxDir, 'schema.graphql'),
  seedPath: path.join(research, 'api-seed', '01-populate-api-data-lagoon-demo.gql'),
  // Build logs of the seeded deployments and task logs, named like Lagoon's S3 keys.
  logsDir: path.join(research, 'buildlogs'),
  realSchemaPath: path.join(research, 'lagoon-schema.graphql'),
  // LAG:.env.defaults local-dev values for the legacy (HS256) admin tokens.
  jwtSecret: 'super-secret-string',
  jwtAudience: 'api.dev',
  // Keycloak's realm default accessTokenLifespan is 300 s (lagoon-realm-base-import.json).
  accessTokenTtl: 300,
  refreshTokenTtl: 1800,
  realm: 'lagoon',
  // Build timing: each step's nominal duration in ms is multiplied by this factor.
  speed: 1,
  lagoonVersion: 'v2.33.1-sandbox',
};
