// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Shared by the sandbox's own tests: start the sandbox the way the app's tests will (a child
// process, one JSON line on stdout), talk GraphQL/WebSocket/control to it, stop it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

export const sandboxDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(sandboxDir, '..', '..');

export async function startSandbox(args = []) {
  const child = spawn(process.execPath, [path.join(sandboxDir, 'start.js'), '--port', '0', '--speed', '0.02', ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c) => { stderr += c; });
  const line = await new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}:\n${stderr}`)));
  });
  const info = JSON.parse(line);
  const control = info.api.control;
  const sb = {
    info,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await done;
    },
    async control(method, route, body) {
      const res = await fetch(`${control}${route}`, {
        method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
      });
      const json = await res.json();
      if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${json.error}`);
      return json;
    },
    async legacyToken(claims = {}) {
      return (await sb.control('POST', '/tokens/legacy', claims)).token;
    },
    async userToken(email) {
      return (await sb.control('POST', '/tokens/user', { email })).access_token;
    },
    async gql(token, query, variables) {
      const headers = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(info.api.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: await res.json() };
    },
    // Waits until a deployment reaches one of the given statuses.
    async waitForBuild(name, statuses = ['complete', 'failed', 'cancelled', 'error'], timeoutMs = 15000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const b = await sb.control('GET', `/builds/${name}`);
        if (statuses.includes(b.status)) return b;
        if (Date.now() > until) throw new Error(`build ${name} stuck in ${b.status}/${b.buildStep}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    // The sequence number of the journal's last entry, to pass to subscribed().
    async lastSeq() {
      return (await sb.control('GET', '/events')).events.at(-1)?.seq ?? 0;
    },
    // Waits until a GraphQL operation journaled after entry `seq` satisfies `match`. Both
    // WebSocket transports register a subscription in the same turn as they journal it, so it
    // is live before the sandbox serves the next request. A fixed sleep instead lost a build's
    // first events on a loaded machine, where the first token check (it fetches the realm's
    // keys) delays the subscription.
    async subscribed(seq, match = () => true, timeoutMs = 10000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const { events } = await sb.control('GET', `/events?type=graphql&since=${seq}`);
        if (events.some(match)) return;
        if (Date.now() > until) throw new Error('the subscription did not reach the sandbox');
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
  return sb;
}

// graphql-transport-ws (the graphql-ws library's client).
export function modernClient(url, authToken) {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams: { authToken }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
}

// Collects the payloads of one subscription until `until(payloads)` says stop.
export function collectModern(client, query, variables, until) {
  return new Promise((resolve, reject) => {
    const got = [];
    const dispose = client.subscribe({ query, variables }, {
      next: (value) => {
        got.push(value);
        if (until(got)) { dispose(); resolve(got); }
      },
      error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err.reason ?? err.message ?? err))),
      complete: () => resolve(got),
    });
  });
}

// The legacy `graphql-ws` protocol (subscriptions-transport-ws), spoken by hand.
export function legacySocket(url, authToken) {
  const ws = new WebSocket(url, 'graphql-ws');
  const messages = [];
  const waiters = [];
  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
    messages.push(msg);
    for (const w of [...waiters]) if (w.match(msg)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(msg); }
  });
  const api = {
    ws,
    messages,
    opened: new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); }),
    closed: new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) }))),
    send: (msg) => ws.send(JSON.stringify(msg)),
    next(match, timeoutMs = 10000) {
      const found = messages.find(match);
      if (found) { messages.splice(messages.indexOf(found), 1); return Promise.resolve(found); }
      return new Promise((resolve, reject) => {
        const w = { match, resolve: (m) => { clearTimeout(t); messages.splice(messages.indexOf(m), 1); resolve(m); } };
        const t = setTimeout(() => { waiters.splice(waiters.indexOf(w), 1); reject(new Error('timed out waiting for a message')); }, timeoutMs);
        waiters.push(w);
      });
    },
    async init() {
      await api.opened;
      api.send({ type: 'connection_init', payload: { authToken } });
      return api.next((m) => m.type === 'connection_ack' || m.type === 'connection_error');
    },
    close: () => ws.close(),
  };
  return api;
}

export const DEPLOYMENT_CHANGED = `subscription DeploymentChanged($environment: Int!) {
  deploymentChanged(environment: $environment) { id name status buildStep started completed remoteId }
}`;
