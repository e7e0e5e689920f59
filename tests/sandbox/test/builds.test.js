// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Simulated builds seen through both WebSocket sub-protocols: status and buildStep order,
// cancel, a failure at a chosen step, warnings, queueing, pause/resume.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEPLOYMENT_CHANGED, collectModern, legacySocket, modernClient, startSandbox } from '../test-support/client.js';

const DEV = 5; // lagoon-demo's "dev" environment in the seed
const DEPLOY = 'mutation { deployEnvironmentLatest(input: { environment: { name: "dev", project: { name: "lagoon-demo" } }, returnData: true }) }';
const FINAL = new Set(['complete', 'failed', 'cancelled', 'error']);

let sb;
let token;
before(async () => {
  sb = await startSandbox(['--no-ssh']);
  token = await sb.userToken('maintainer@example.com');
});
after(() => sb?.stop());

async function deploy() {
  const { body } = await sb.gql(token, DEPLOY);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.match(body.data.deployEnvironmentLatest, /^lagoon-build-[0-9a-z]+$/);
  return body.data.deployEnvironmentLatest;
}

// Subscribes over graphql-transport-ws, deploys, and returns the events of that build.
async function watchModern(startFn) {
  const client = modernClient(sb.info.api.ws, token);
  let name;
  try {
    const seq = await sb.lastSeq();
    const events = collectModern(client, DEPLOYMENT_CHANGED, { environment: DEV },
      (got) => got.some((e) => e.data.deploymentChanged.name === name && FINAL.has(e.data.deploymentChanged.status)));
    await sb.subscribed(seq, (e) => e.transport === 'graphql-transport-ws' && e.variables.environment === DEV);
    name = await startFn();
    return { name, events: (await events).map((e) => e.data.deploymentChanged).filter((d) => d.name === name) };
  } finally {
    await client.dispose();
  }
}

const statuses = (events) => events.map((e) => e.status).filter((s, i, a) => s !== a[i - 1]);

describe('builds', () => {
  test('a deploy runs new → pending → running → complete with the build script\'s steps (graphql-transport-ws)', async () => {
    const { events } = await watchModern(deploy);
    assert.deepEqual(statuses(events), ['new', 'pending', 'running', 'complete']);
    const steps = events.map((e) => e.buildStep).filter(Boolean);
    assert.deepEqual(steps.slice(0, 3), ['initialSetup', 'dockerComposeValidation', 'lagoonYmlValidation']);
    assert.ok(steps.includes('buildingImages') && steps.includes('imageBuildComplete'));
    assert.equal(events.at(-1).buildStep, 'deployCompleted');
    assert.ok(events.at(-1).completed && events.at(-1).remoteId);
  });

  test('the same events arrive over the legacy graphql-ws protocol, with keep-alives', async () => {
    const s = legacySocket(sb.info.api.ws, token);
    assert.equal(s.ws.protocol, '');
    assert.equal((await s.init()).type, 'connection_ack');
    assert.equal(s.ws.protocol, 'graphql-ws');
    await s.next((m) => m.type === 'ka');
    const seq = await sb.lastSeq();
    s.send({ id: '1', type: 'start', payload: { query: DEPLOYMENT_CHANGED, variables: { environment: DEV } } });
    await sb.subscribed(seq, (e) => e.transport === 'graphql-ws' && e.variables.environment === DEV);
    const name = await deploy();
    const seen = [];
    for (;;) {
      const m = await s.next((x) => x.type === 'data' && x.id === '1');
      const d = m.payload.data.deploymentChanged;
      if (d.name !== name) continue;
      seen.push(d.status);
      if (FINAL.has(d.status)) break;
    }
    assert.deepEqual(seen.filter((x, i, a) => x !== a[i - 1]), ['new', 'pending', 'running', 'complete']);
    s.send({ id: '1', type: 'stop' });
    s.send({ id: '2', type: 'start', payload: { query: '{ me { email } }' } });
    assert.deepEqual((await s.next((m) => m.id === '2' && m.type === 'data')).payload.data.me, { email: 'maintainer@example.com' });
    await s.next((m) => m.id === '2' && m.type === 'complete');
    s.close();
  });

  test('cancelDeployment stops a running build', async () => {
    await sb.control('POST', '/builds/next', { holdAt: 'buildingImages' });
    const { events } = await watchModern(async () => {
      const name = await deploy();
      // Wait until it is held inside "Image Builds", then cancel by name like the app does.
      for (;;) {
        const b = await sb.control('GET', `/builds/${name}`);
        if (b.buildStep === 'buildingImages') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const { body } = await sb.gql(token, `mutation { cancelDeployment(input: { deployment: { name: "${name}",
        environment: { name: "dev", project: { name: "lagoon-demo" } } } }) }`);
      assert.equal(body.data.cancelDeployment, 'success');
      return name;
    });
    assert.deepEqual(statuses(events), ['new', 'pending', 'running', 'cancelled']);
    assert.equal(events.at(-1).buildStep, 'cancelled');
  });

  test('cancelDeployment works while the build is still pending', async () => {
    await sb.control('POST', '/builds/next', { stepDelays: { pending: 5000 } });
    const name = await deploy();
    await sb.waitForBuild(name, ['pending']);
    const { body } = await sb.gql(token, `mutation { cancelDeployment(input: { deployment: { name: "${name}",
      environment: { name: "dev", project: { name: "lagoon-demo" } } } }) }`);
    assert.equal(body.data.cancelDeployment, 'success');
    assert.equal((await sb.waitForBuild(name)).status, 'cancelled');
  });

  test('a build scripted to fail stops at that step with an error and no STEP banner', async () => {
    await sb.control('POST', '/builds/next', { outcome: 'failed', failAt: 'lagoonYmlValidation' });
    const { name, events } = await watchModern(deploy);
    assert.equal(events.at(-1).status, 'failed');
    assert.equal(events.at(-1).buildStep, 'lagoonYmlValidationError');
    const { log } = await sb.control('GET', `/builds/${name}`);
    assert.match(log, /BEGIN \.lagoon\.yml Validation\n#+\n.*failed/);
    assert.doesNotMatch(log, /STEP \.lagoon\.yml Validation:/);
  });

  test('warnings end as complete with buildStep deployCompletedWithWarnings and WithWarnings banners', async () => {
    await sb.control('POST', '/builds/next', { outcome: 'warnings' });
    const { name, events } = await watchModern(deploy);
    assert.equal(events.at(-1).status, 'complete');
    assert.equal(events.at(-1).buildStep, 'deployCompletedWithWarnings');
    const { body } = await sb.gql(token, `{ deploymentByName(input: { project: "lagoon-demo", environment: "dev", name: "${name}" }) { buildLog } }`);
    const log = body.data.deploymentByName.buildLog;
    assert.match(log, /STEP Route\/Ingress Cleanup: Completed at \S+ \S+ \(UTC\) Duration \d\d:\d\d:\d\d Elapsed \d\d:\d\d:\d\d WithWarnings/);
    assert.match(log, /BEGIN Completed With Warnings/);
    assert.match(log, /This build completed with 1 warnings/);
  });

  test('Lagoon may cancel a build itself (scripted)', async () => {
    await sb.control('POST', '/builds/next', { outcome: 'cancelled', cancelAt: 'configuringRoutes' });
    const name = await deploy();
    const b = await sb.waitForBuild(name);
    assert.equal(b.status, 'cancelled');
  });

  test('a second build of the same environment is queued until the first ends', async () => {
    await sb.control('POST', '/builds/next', { holdAt: 'pushingImages' });
    const first = await deploy();
    await sb.waitForBuild(first, ['running']);
    const second = await deploy();
    await sb.waitForBuild(second, ['queued']);
    await sb.control('POST', `/builds/${first}/release`);
    assert.equal((await sb.waitForBuild(first)).status, 'complete');
    assert.equal((await sb.waitForBuild(second)).status, 'complete');
  });

  test('cancelling a queued build does not start another one beside the running build', async () => {
    await sb.control('POST', '/builds/next', { holdAt: 'configuringVariables' });
    const first = await deploy();
    await sb.waitForBuild(first, ['running']);
    const second = await deploy();
    const third = await deploy();
    await sb.waitForBuild(second, ['queued']);
    await sb.waitForBuild(third, ['queued']);
    await sb.gql(token, `mutation { cancelDeployment(input: { deployment: { name: "${second}",
      environment: { name: "dev", project: { name: "lagoon-demo" } } } }) }`);
    assert.equal((await sb.waitForBuild(second)).status, 'cancelled');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await sb.control('GET', `/builds/${third}`)).status, 'queued');
    await sb.control('POST', `/builds/${first}/release`);
    assert.equal((await sb.waitForBuild(third)).status, 'complete');
  });

  test('pause freezes every build until resume', async () => {
    await sb.control('POST', '/builds/next', { stepDelays: { buildingImages: 300 } });
    const name = await deploy();
    await sb.waitForBuild(name, ['running']);
    await sb.control('POST', '/pause');
    const frozen = await sb.control('GET', `/builds/${name}`);
    await new Promise((r) => setTimeout(r, 400));
    const still = await sb.control('GET', `/builds/${name}`);
    assert.equal(still.buildStep, frozen.buildStep);
    await sb.control('POST', '/resume');
    assert.equal((await sb.waitForBuild(name)).status, 'complete');
  });

  test('the control API lists what happened', async () => {
    const { events } = await sb.control('GET', '/events?type=deploy');
    assert.ok(events.length >= 5);
    assert.ok(events.every((e) => e.environment === 'dev' && e.project === 'lagoon-demo'));
  });
});
