// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Servers that speak only one WebSocket sub-protocol, or none (--ws-protocols, POST /control/ws),
// deployments put back after a restart (POST /control/builds/restore) and the journal's
// fine-grained `time`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { legacySocket, startSandbox } from '../test-support/client.js';

let sb;
before(async () => { sb = await startSandbox(['--no-ssh', '--ws-protocols', 'graphql-ws']); });
after(() => sb?.stop());

// Opens a socket offering `protocols` and reports what the server chose and how it closed.
function probe(protocols) {
  return new Promise((resolve) => {
    const ws = new WebSocket(sb.info.api.ws, protocols);
    let chosen = null;
    ws.on('upgrade', (res) => { chosen = res.headers['sec-websocket-protocol'] ?? ''; });
    ws.on('unexpected-response', (_req, res) => { resolve({ status: res.statusCode }); ws.terminate(); });
    ws.on('error', () => {});
    ws.on('close', (code) => resolve({ chosen, code }));
  });
}

describe('--ws-protocols', () => {
  test('graphql-ws only: other offers are closed with 1002 like Apollo Server 2, graphql-ws works', async () => {
    assert.deepEqual(await probe(['graphql-transport-ws']), { chosen: 'graphql-transport-ws', code: 1002 });
    assert.deepEqual(await probe(['graphql-transport-ws', 'graphql-ws']), { chosen: 'graphql-transport-ws', code: 1002 });
    const s = legacySocket(sb.info.api.ws, await sb.legacyToken());
    assert.equal((await s.init()).type, 'connection_ack');
    s.close();
    assert.equal((await sb.control('GET', '/state')).wsProtocols, 'graphql-ws');
  });

  test('graphql-transport-ws only: a graphql-ws offer gets no sub-protocol', async () => {
    await sb.control('POST', '/ws', { protocols: 'graphql-transport-ws' });
    // graphql-ws's server chooses none (and closes with 4406); the ws client gives up at once (1006).
    assert.equal((await probe(['graphql-ws'])).chosen, '');
  });

  test('none: the upgrade is answered with 400; reset restores the configured mode', async () => {
    await sb.control('POST', '/ws', { protocols: 'none' });
    assert.deepEqual(await probe(['graphql-transport-ws']), { status: 400 });
    await assert.rejects(sb.control('POST', '/ws', { protocols: 'some' }), /protocols must be one of/);
    await sb.control('POST', '/reset');
    assert.equal((await sb.control('GET', '/state')).wsProtocols, 'graphql-ws');
  });
});

describe('restore and the journal', () => {
  test('a restored deployment is served without being published', async () => {
    const since = (await sb.control('GET', '/events')).events.at(-1)?.seq ?? 0;
    const restored = await sb.control('POST', '/builds/restore', {
      id: 4242, name: 'lagoon-build-restored', environment: 5, status: 'complete', buildStep: 'deployCompleted',
      created: '2026-01-01 10:00:00', started: '2026-01-01 10:00:01', completed: '2026-01-01 10:00:09', remoteId: 'r-1',
    });
    assert.equal(restored.status, 'complete');
    assert.equal(restored.environment, 'dev');
    const publishes = (await sb.control('GET', `/events?since=${since}&type=publish`)).events;
    assert.equal(publishes.length, 0);
    const token = await sb.legacyToken();
    const { body } = await sb.gql(token, '{ environmentById(id: 5) { deployments { id name status buildStep } } }');
    assert.deepEqual(body.data.environmentById.deployments.find((d) => d.name === 'lagoon-build-restored'),
      { id: 4242, name: 'lagoon-build-restored', status: 'complete', buildStep: 'deployCompleted' });
    await assert.rejects(sb.control('POST', '/builds/restore', { id: 4242, name: 'other', environment: 5 }), /exists/);
    await assert.rejects(sb.control('POST', '/builds/restore', { name: 'x', environment: 999 }), /no environment/);
  });

  test('journal entries carry a fractional epoch time next to the ISO one', async () => {
    const before = Date.now();
    await sb.control('POST', '/pause');
    const entry = (await sb.control('GET', '/events?type=control.pause')).events.at(-1);
    await sb.control('POST', '/resume');
    assert.equal(typeof entry.time, 'number');
    assert.ok(entry.time >= before - 1 && entry.time <= Date.now() + 1, `${entry.time} not near ${before}`);
    assert.equal(new Date(entry.at).getTime(), Math.floor(entry.time));
  });
});
