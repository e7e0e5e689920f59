// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The HTTP API: Lagoon's 401s, legacy admin tokens, the seeded data, deploy answers, env
// variables, tasks, permissions, discovery and the WebSocket auth errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { collectModern, legacySocket, modernClient, startSandbox } from '../test-support/client.js';

let sb;
before(async () => { sb = await startSandbox(['--no-ssh']); });
after(() => sb?.stop());

async function raw(headers, body = { query: '{ me { id } }' }) {
  const res = await fetch(sb.info.api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

const sign = (claims, secret = sb.info.legacy.secret) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' })
  .setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(secret));

describe('authentication', () => {
  test('no token, a malformed one and an unrecognized one get Lagoon\'s 401 texts', async () => {
    assert.deepEqual(await raw({}), { status: 401, body: { errors: [{ message: 'Unauthorized - Bearer token required' }] } });
    assert.equal((await raw({ authorization: 'Bearer not-a-jwt' })).body.errors[0].message, 'Unauthorized - Bearer token malformed');
    const unknown = await sign({ sub: 'x' });
    assert.equal((await raw({ authorization: `Bearer ${unknown}` })).body.errors[0].message, 'Unauthorized - Bearer token unrecognized');
  });

  test('legacy tokens: admin role, audience and the secret are checked', async () => {
    const { audience } = sb.info.legacy;
    const cases = [
      [await sign({ role: 'admin', aud: audience }, 'wrong-secret'), 'Unauthorized - Legacy token invalid: invalid signature'],
      [await sign({ role: 'user', aud: audience }), 'Unauthorized - Legacy token invalid: Cannot authenticate non-admin user with legacy token.'],
      [await sign({ role: 'admin', aud: 'elsewhere' }), 'Unauthorized - Legacy token invalid: Token audience mismatch.'],
    ];
    for (const [token, message] of cases) {
      const r = await raw({ authorization: `Bearer ${token}` });
      assert.equal(r.status, 401);
      assert.equal(r.body.errors[0].message, message);
    }
    const expired = await new SignJWT({ role: 'admin', aud: audience }).setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(sb.info.legacy.secret));
    assert.equal((await raw({ authorization: `Bearer ${expired}` })).body.errors[0].message, 'Unauthorized - Legacy token invalid: jwt expired');
  });

  test('a legacy admin token sees everything but has no user', async () => {
    const token = await sign({ role: 'admin', aud: sb.info.legacy.audience, sub: 'ci' });
    const r = await sb.gql(token, '{ me { id } allProjects { name } allEnvironments { name } }');
    assert.equal(r.body.data.me, null);
    assert.deepEqual(r.body.data.allProjects, [{ name: 'lagoon-demo' }]);
    assert.equal(r.body.data.allEnvironments.length, 4);
  });

  test('a realm token with a bad signature is rejected as a Keycloak token', async () => {
    const token = await sb.userToken('developer@example.com');
    const [h, p, s] = token.split('.');
    const forged = `${h}.${p}.${s.slice(0, -4)}${s.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    assert.equal((await raw({ authorization: `Bearer ${forged}` })).body.errors[0].message, 'Unauthorized - Keycloak token invalid: invalid token (signature)');
  });

  test('WebSocket auth errors: graphql-transport-ws closes, legacy graphql-ws sends connection_error', async () => {
    const client = modernClient(sb.info.api.ws, undefined);
    client.on('error', () => {});
    const closed = await new Promise((resolve) => {
      client.on('closed', (event) => resolve(event));
    });
    assert.equal(closed.code, 4500);
    assert.equal(closed.reason, 'Auth token missing.');
    await client.dispose();

    const s = legacySocket(sb.info.api.ws, 'garbage');
    const msg = await s.init();
    assert.deepEqual(msg, { type: 'connection_error', payload: { message: 'Keycloak token invalid: jwt malformed' } });
    assert.equal((await s.closed).code, 1011);
  });
});

describe('queries and mutations', () => {
  let admin;
  before(async () => { admin = await sb.legacyToken(); });

  test('the lagoon-demo seed is there, with logs of the seeded builds and tasks', async () => {
    const r = await sb.gql(admin, `{ projectByName(name: "lagoon-demo") { id productionEnvironment
      environments { name environmentType deployType kubernetesNamespaceName route } } }`);
    const p = r.body.data.projectByName;
    assert.equal(p.id, 18);
    assert.deepEqual(p.environments.map((e) => e.name), ['main', 'staging', 'dev', 'pr-175']);
    assert.deepEqual(p.environments[0], { name: 'main', environmentType: 'production', deployType: 'branch', kubernetesNamespaceName: 'lagoon-demo-main', route: 'https://lagoondemo.example.org' });
    const d = await sb.gql(admin, '{ deploymentByName(input: { project: "lagoon-demo", environment: "main", name: "lagoon-build-def456" }) { status buildLog } }');
    assert.equal(d.body.data.deploymentByName.status, 'failed');
    assert.match(d.body.data.deploymentByName.buildLog, /This step errored with a nasty error!!/);
    const t = await sb.gql(admin, '{ taskById(id: 124) { name status logs } }');
    assert.match(t.body.data.taskById.logs, /Site Status report: success/);
  });

  test('non-admins see only their projects; unknown names are null or Unauthorized', async () => {
    const outsider = await sb.userToken('platformorgowner@example.com');
    assert.deepEqual((await sb.gql(outsider, '{ allProjects { name } }')).body.data.allProjects, []);
    const guest = await sb.userToken('guest@example.com');
    assert.deepEqual((await sb.gql(guest, '{ allProjects { name } }')).body.data.allProjects, [{ name: 'lagoon-demo' }]);
    assert.equal((await sb.gql(guest, '{ projectByName(name: "nope") { id } }')).body.data.projectByName, null);
    const r = await sb.gql(guest, 'mutation { deployEnvironmentBranch(input: { project: { name: "nope" }, branchName: "main" }) }');
    assert.equal(r.body.errors[0].message, 'Unauthorized');
  });

  test('deploy answers: success, the build name, Skipped, and errors', async () => {
    const dev = await sb.userToken('developer@example.com');
    const branch = (name, extra = '') => `mutation { deployEnvironmentBranch(input: { project: { name: "lagoon-demo" }, branchName: "${name}"${extra} }) }`;
    assert.equal((await sb.gql(dev, branch('dev'))).body.data.deployEnvironmentBranch, 'success');
    assert.match((await sb.gql(dev, branch('staging', ', returnData: true'))).body.data.deployEnvironmentBranch, /^lagoon-build-/);
    const prod = await sb.gql(dev, branch('main'));
    assert.equal(prod.body.errors[0].message, 'Unauthorized: You don\'t have permission to "deploy:production" on "environment": {"project":18}');
    const missing = await sb.gql(dev, branch('no-such-branch'));
    assert.match(missing.body.errors[0].message, /^Error deploying no-such-branch: branch 'no-such-branch' not found/);
    const unknownEnv = await sb.gql(dev, 'mutation { deployEnvironmentLatest(input: { environment: { name: "nope", project: { name: "lagoon-demo" } } }) }');
    assert.equal(unknownEnv.body.errors[0].message, 'Unauthorized');
    // A new branch becomes a new environment; a branch regex makes others "Skipped".
    const created = await sb.gql(dev, branch('feature/new-thing', ', returnData: true'));
    assert.match(created.body.data.deployEnvironmentBranch, /^lagoon-build-/);
    const env = await sb.gql(admin, '{ environmentByKubernetesNamespaceName(kubernetesNamespaceName: "lagoon-demo-feature-new-thing") { name deployType } }');
    assert.deepEqual(env.body.data.environmentByKubernetesNamespaceName, { name: 'feature/new-thing', deployType: 'branch' });
    const priority = await sb.gql(dev, 'mutation { deployEnvironmentLatest(input: { environment: { id: 5 }, priority: 9 }) }');
    assert.equal(priority.body.errors[0].message, 'Unauthorized to set priority, platform-admin only');
  });

  test('Skipped when the project does not deploy the branch or pull request', async () => {
    const owner = await sb.userToken('owner@example.com');
    await sb.control('POST', '/projects/lagoon-demo', { branches: '^(main|staging)$', pullrequests: 'false' });
    try {
      const r = await sb.gql(owner, 'mutation { deployEnvironmentBranch(input: { project: { name: "lagoon-demo" }, branchName: "dev" }) }');
      assert.equal(r.body.data.deployEnvironmentBranch, "Skipped: configured regex '^(main|staging)$' does not match branchname 'dev'");
      const pr = await sb.gql(owner, 'mutation { deployEnvironmentPullrequest(input: { project: { name: "lagoon-demo" }, number: 7, title: "Try", baseBranchName: "main", baseBranchRef: "a", headBranchName: "dev", headBranchRef: "b" }) }');
      assert.equal(pr.body.data.deployEnvironmentPullrequest, 'Skipped: PullRequest deployments disabled');
      await sb.control('POST', '/projects/lagoon-demo', { deploymentsDisabled: 1 });
      const off = await sb.gql(owner, 'mutation { deployEnvironmentBranch(input: { project: { name: "lagoon-demo" }, branchName: "main" }) }');
      assert.equal(off.body.errors[0].message, 'Deployments have been disabled for this project');
    } finally {
      await sb.control('POST', '/projects/lagoon-demo', { branches: 'true', pullrequests: 'true', deploymentsDisabled: 0 });
    }
  });

  test('environment variables: set, list, delete, with Lagoon\'s checks', async () => {
    const dev = await sb.userToken('developer@example.com');
    const set = (env, name, scope = 'RUNTIME') => sb.gql(dev, `mutation { addOrUpdateEnvVariableByName(input: { project: "lagoon-demo", environment: ${env ? `"${env}"` : 'null'}, name: "${name}", value: "v", scope: ${scope} }) { name scope value } }`);
    assert.deepEqual((await set('dev', 'FOO')).body.data.addOrUpdateEnvVariableByName, { name: 'FOO', scope: 'runtime', value: 'v' });
    assert.equal((await set('dev', 'BAR', 'INTERNAL_CONTAINER_REGISTRY')).body.errors[0].message, 'Variable scope "internal_container_registry" is deprecated & can no longer be set.');
    assert.equal((await set('dev', ' ')).body.errors[0].message, 'A variable name must be provided.');
    assert.match((await set('main', 'FOO')).body.errors[0].message, /^Unauthorized: You don't have permission to "environment:add:production" on "env_var"/);
    const list = await sb.gql(dev, '{ getEnvVariablesByProjectEnvironmentName(input: { project: "lagoon-demo", environment: "dev" }) { name value scope } }');
    assert.deepEqual(list.body.data.getEnvVariablesByProjectEnvironmentName, [{ name: 'FOO', value: 'v', scope: 'runtime' }]);
    const del = await sb.gql(dev, 'mutation { deleteEnvVariableByName(input: { project: "lagoon-demo", environment: "dev", name: "FOO" }) }');
    assert.equal(del.body.data.deleteEnvVariableByName, 'success');
  });

  test('advanced tasks: listed per permission, invoked, published on taskChanged', async () => {
    const maintainer = await sb.userToken('maintainer@example.com');
    const defs = await sb.gql(maintainer, '{ advancedTasksForEnvironment(environment: 3) { ... on AdvancedTaskDefinitionCommand { id name permission } } }');
    assert.deepEqual(defs.body.data.advancedTasksForEnvironment.map((d) => d.name), ['Maintainer task', 'Developer task']);
    const client = modernClient(sb.info.api.ws, maintainer);
    try {
      const seq = await sb.lastSeq();
      const events = collectModern(client, 'subscription ($e: Int!) { taskChanged(environment: $e) { id status } }', { e: 3 },
        (got) => got.some((x) => x.data.taskChanged.status === 'complete'));
      await sb.subscribed(seq, (e) => e.transport === 'graphql-transport-ws' && e.variables.e === 3);
      const r = await sb.gql(maintainer, 'mutation { invokeRegisteredTask(advancedTaskDefinition: 2, environment: 3) { id name status } }');
      const task = r.body.data.invokeRegisteredTask;
      assert.equal(task.status, 'new');
      const statuses = (await events).map((x) => x.data.taskChanged).filter((x) => x.id === task.id).map((x) => x.status);
      assert.deepEqual(statuses, ['new', 'pending', 'running', 'complete']);
      const t = await sb.gql(maintainer, `{ taskById(id: ${task.id}) { logs } }`);
      assert.match(t.body.data.taskById.logs, /LAGOON_USER: maintainer@example.com/);
      const guest = await sb.userToken('guest@example.com');
      const denied = await sb.gql(guest, 'mutation { invokeRegisteredTask(advancedTaskDefinition: 2, environment: 3) { id } }');
      assert.match(denied.body.errors[0].message, /^Unauthorized/);
    } finally {
      await client.dispose();
    }
  });

  test('validation errors are 400 like Apollo; resolver errors carry a code', async () => {
    const r = await sb.gql(admin, '{ nope }');
    assert.equal(r.status, 400);
    assert.equal(r.body.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
    const e = await sb.gql(admin, 'mutation { deployEnvironmentBranch(input: { project: {}, branchName: "x" }) }');
    assert.equal(e.body.errors[0].message, 'Must provide project "id" or "name"');
    assert.equal(e.body.errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');
  });
});

describe('discovery', () => {
  test('the well-known document names the realm host, the SSH token endpoint and the UI', async () => {
    const res = await fetch(sb.info.api.discovery);
    assert.equal(res.status, 200);
    const doc = await res.json();
    assert.deepEqual(Object.keys(doc).sort(), ['authorization_endpoint', 'lagoon_version', 'ssh_token_exchange', 'ui_url', 'webhook_endpoint']);
    assert.equal(`${doc.authorization_endpoint}/realms/lagoon`, sb.info.oidc.issuer);
    assert.deepEqual(doc.ssh_token_exchange, { token_endpoint_host: null, token_endpoint_port: null }); // started with --no-ssh
    assert.equal((await fetch(sb.info.api.status)).status, 200);
  });
});
