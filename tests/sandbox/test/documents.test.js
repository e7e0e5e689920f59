// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Every GraphQL document the app ships (resources/graphql) runs against the sandbox without
// errors, so the app's tests can rely on all of them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { modernClient, repoRoot, startSandbox } from '../test-support/client.js';

const dir = path.join(repoRoot, 'resources', 'graphql');
const project = 'lagoon-demo';
const variables = {
  Me: {}, LagoonVersion: {}, AllProjects: {},
  ProjectByName: { name: project },
  ProjectEnvironments: { name: project },
  EnvironmentByName: { name: 'main', project: 18 },
  EnvironmentByNamespace: { namespace: 'lagoon-demo-main' },
  EnvironmentDeployments: { environment: 3, limit: 5 },
  DeploymentByName: { project, environment: 'main', name: 'lagoon-build-123abc' },
  DeploymentLog: { project, environment: 'main', name: 'lagoon-build-123abc' },
  DeployEnvironmentBranch: { project, branch: 'dev', variables: [{ name: 'A', value: '1' }] },
  DeployEnvironmentLatest: { project, environment: 'staging' },
  DeployEnvironmentPromote: { project, source: 'dev', destination: 'promoted' },
  DeployEnvironmentPullrequest: { project, number: 200, title: 'Try', baseBranch: 'main', baseRef: 'main', headBranch: 'dev', headRef: 'dev' },
  CancelDeployment: { project, environment: 'main', name: 'lagoon-build-7g8h9i' },
  DeploymentChanged: { environment: 3 },
  TaskChanged: { environment: 3 },
  EnvironmentTasks: { environment: 3, limit: 10 },
  TaskById: { id: 124 },
  AdvancedTasksForEnvironment: { environment: 3 },
  InvokeRegisteredTask: { definition: 2, environment: 3 },
  CancelTask: { id: 125 },
  EnvVariables: { project, environment: 'dev' },
  EnvVariableNames: { project, environment: 'dev' },
  EnvVariablesSet: { project, environment: 'dev', name: 'FOO', value: 'bar', scope: 'RUNTIME' },
  EnvVariablesDelete: { project, environment: 'dev', name: 'FOO' },
};

let sb;
let token;
before(async () => {
  sb = await startSandbox(['--no-ssh']);
  token = await sb.userToken('maintainer@example.com');
});
after(() => sb?.stop());

test('every document in resources/graphql has variables here and runs without errors', async () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  assert.deepEqual(files.map((f) => path.basename(f, '.graphql')).sort(), Object.keys(variables).sort());
  for (const file of files) {
    const name = path.basename(file, '.graphql');
    const query = fs.readFileSync(path.join(dir, file), 'utf8');
    if (query.includes('subscription ')) {
      const client = modernClient(sb.info.api.ws, token);
      await new Promise((resolve, reject) => {
        const dispose = client.subscribe({ query, variables: variables[name] }, { next: () => {}, error: reject, complete: resolve });
        setTimeout(() => { dispose(); resolve(); }, 150); // no error within the window = accepted
      });
      await client.dispose();
      continue;
    }
    const { status, body } = await sb.gql(token, query, variables[name]);
    assert.equal(status, 200, `${name}: HTTP ${status} ${JSON.stringify(body)}`);
    assert.equal(body.errors, undefined, `${name}: ${JSON.stringify(body.errors)}`);
    assert.ok(Object.values(body.data)[0] !== null, `${name}: null result`);
  }
});

test('POST /control/reset brings back the seed', async () => {
  await sb.gql(token, fs.readFileSync(path.join(dir, 'EnvVariablesSet.graphql'), 'utf8'), { ...variables.EnvVariablesSet, name: 'KEEP' });
  await sb.control('POST', '/reset');
  const fresh = await sb.userToken('maintainer@example.com');
  const { body } = await sb.gql(fresh, fs.readFileSync(path.join(dir, 'EnvVariables.graphql'), 'utf8'), variables.EnvVariables);
  assert.deepEqual(body.data.getEnvVariablesByProjectEnvironmentName, []);
  const envs = await sb.gql(fresh, '{ projectByName(name: "lagoon-demo") { environments { name } } }');
  assert.deepEqual(envs.body.data.projectByName.environments.map((e) => e.name), ['main', 'staging', 'dev', 'pr-175']);
});
