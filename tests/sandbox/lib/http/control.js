// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// /control/…: the tests' remote control (loopback callers only, JSON in and out). It scripts the
// next builds, changes the speed, pauses time, resets state, publishes events by hand, mints
// tokens and lists what happened. Documented in tests/sandbox/README.md.
import { DEPLOYMENT_CHANNEL, TASK_CHANNEL } from '../events.js';
import { STEPS, WARNINGS_STEP } from '../builds/steps.js';
import { WS_PROTOCOL_MODES } from '../ws/modes.js';
import { isLoopback, readJson, sendJson } from './common.js';

const FINAL = new Set(['complete', 'failed', 'cancelled', 'error']);

function summary(store, d) {
  const env = store.environments.get(d.environment);
  const project = env && store.projects.get(env.project);
  return { id: d.id, name: d.name, status: d.status, buildStep: d.buildStep, created: d.created, started: d.started,
    completed: d.completed, remoteId: d.remoteId, environment: env?.name, environmentId: d.environment,
    namespace: env?.kubernetesNamespaceName, project: project?.name };
}

function findDeployment(store, name) {
  const d = store.deploymentByName(name);
  if (!d) throw Object.assign(new Error(`no deployment named ${name}`), { status: 404 });
  return d;
}

// Streams a build log like `lagoonSystem=build logs=tailLines=N[,follow]` of the SSH portal.
function streamLog(services, d, res, { tail, follow }) {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  const text = d.log ?? '';
  const lines = text ? text.replace(/\n+$/, '').split('\n') : [];
  const start = tail != null ? Math.max(0, lines.length - tail) : 0;
  if (lines.length) res.write(`${lines.slice(start).join('\n')}\n`);
  if (!follow || FINAL.has(d.status)) { res.end(); return; }
  let sent = text.length;
  const off = services.events.subscribe(DEPLOYMENT_CHANNEL, (snap) => {
    if (snap.id !== d.id) return;
    const now = snap.log ?? '';
    if (now.length > sent) {
      res.write(`${now.slice(sent).replace(/^\n/, '')}\n`);
      sent = now.length;
    }
    if (FINAL.has(snap.status)) { off(); res.end(); }
  });
  res.on('close', off);
}

export function controlHandler(services) {
  const routes = [
    ['GET', /^\/control\/state$/, () => ({
      speed: services.sim.speed, paused: services.clock.paused, scripts: services.sim.scripts, urls: services.urls,
      wsProtocols: services.wsProtocols,
      projects: [...services.store.projects.values()].map((p) => ({ id: p.id, name: p.name, gitBranches: [...p.gitBranches] })),
      environments: [...services.store.environments.values()].map((e) => ({ id: e.id, name: e.name, project: e.project, namespace: e.kubernetesNamespaceName })),
      users: [...services.store.users.values()].map((u) => ({ id: u.id, email: u.email, platformRoles: u.platformRoles })),
    })],
    ['GET', /^\/control\/steps$/, () => ({ steps: STEPS.map(({ title, id, done }) => ({ title, id, done })), warnings: WARNINGS_STEP })],
    ['POST', /^\/control\/reset$/, async () => { await services.reset(); return { ok: true }; }],
    ['POST', /^\/control\/speed$/, (_, body) => {
      if (!(body.factor >= 0)) throw Object.assign(new Error('factor must be a number >= 0'), { status: 400 });
      services.sim.speed = body.factor;
      services.tasks.speed = body.factor;
      return { speed: body.factor };
    }],
    ['POST', /^\/control\/pause$/, () => { services.clock.pause(); services.events.record('control.pause'); return { paused: true }; }],
    ['POST', /^\/control\/resume$/, () => { services.clock.resume(); services.events.record('control.resume'); return { paused: false }; }],
    ['POST', /^\/control\/faults$/, (_, body) => {
      if (!(Number.isInteger(body.subscriptionErrors) && body.subscriptionErrors >= 0)) {
        throw Object.assign(new Error('subscriptionErrors must be an integer >= 0'), { status: 400 });
      }
      services.faults.subscriptionErrors = body.subscriptionErrors;
      return { ...services.faults };
    }],
    ['POST', /^\/control\/ws$/, (_, body) => {
      if (!WS_PROTOCOL_MODES.includes(body.protocols)) {
        throw Object.assign(new Error(`protocols must be one of ${WS_PROTOCOL_MODES.join(', ')}`), { status: 400 });
      }
      services.wsProtocols = body.protocols;
      return { wsProtocols: body.protocols };
    }],
    // Puts a deployment record back without publishing or simulating it: what a restarted API
    // finds in its database (the sandbox keeps its state in memory only).
    ['POST', /^\/control\/builds\/restore$/, (_, body) => {
      const env = services.store.environments.get(body.environment);
      if (!env) throw Object.assign(new Error(`no environment with id ${body.environment}`), { status: 404 });
      if (!body.name) throw Object.assign(new Error('name is required'), { status: 400 });
      if (services.store.deploymentByName(body.name)) throw Object.assign(new Error(`deployment ${body.name} exists`), { status: 409 });
      if (body.id != null && services.store.deployments.has(body.id)) throw Object.assign(new Error(`deployment id ${body.id} exists`), { status: 409 });
      return summary(services.store, services.store.addDeployment(body));
    }],
    ['POST', /^\/control\/builds\/next$/, (_, body) => ({ queued: services.sim.addScript(body), scripts: services.sim.scripts.length })],
    ['DELETE', /^\/control\/builds\/next$/, () => { services.sim.scripts = []; return { scripts: 0 }; }],
    ['GET', /^\/control\/builds$/, () => ({ builds: [...services.store.deployments.values()].map((d) => summary(services.store, d)) })],
    ['GET', /^\/control\/builds\/([^/]+)$/, ([name]) => {
      const d = findDeployment(services.store, name);
      return { ...summary(services.store, d), log: d.log };
    }],
    ['GET', /^\/control\/builds\/([^/]+)\/log$/, ([name], _, req, res, url) => {
      const d = findDeployment(services.store, name);
      const tail = url.searchParams.has('tail') ? Number(url.searchParams.get('tail')) : null;
      streamLog(services, d, res, { tail, follow: url.searchParams.get('follow') === '1' });
      return undefined;
    }],
    ['POST', /^\/control\/builds\/([^/]+)\/release$/, ([name]) => ({ released: services.sim.release(name) })],
    ['POST', /^\/control\/builds\/([^/]+)\/update$/, ([name], body) => {
      const d = findDeployment(services.store, name);
      services.sim.update(d, body);
      return summary(services.store, d);
    }],
    ['POST', /^\/control\/tasks\/next$/, (_, body) => { services.tasks.scripts.push({ outcome: 'complete', ...body }); return { scripts: services.tasks.scripts.length }; }],
    ['POST', /^\/control\/publish$/, (_, body) => {
      const channel = body.channel === 'task' ? TASK_CHANNEL : DEPLOYMENT_CHANNEL;
      const map = body.channel === 'task' ? services.store.tasks : services.store.deployments;
      const obj = map.get(body.id);
      if (!obj) throw Object.assign(new Error(`no ${body.channel ?? 'deployment'} with id ${body.id}`), { status: 404 });
      services.events.publish(channel, { ...obj, ...(body.patch ?? {}) });
      return { published: true };
    }],
    ['GET', /^\/control\/events$/, (_, __, ___, ____, url) => ({
      events: services.events.since(Number(url.searchParams.get('since') ?? 0), url.searchParams.get('type')),
    })],
    ['POST', /^\/control\/ssh-keys$/, (_, body) => {
      const user = services.store.findUser({ id: body.userId, email: body.email });
      if (!user) throw Object.assign(new Error('unknown user'), { status: 404 });
      const key = services.store.addSshKey({ name: body.name ?? 'sandbox-key', publicKey: body.publicKey, userId: user.id });
      services.events.publish('sandbox.sshkeys', { added: key.id });
      return { id: key.id, fingerprint: key.keyFingerprint, user: user.email };
    }],
    ['POST', /^\/control\/ssh\/user-by-key$/, (_, body) => {
      const hit = services.store.userBySshKey(body.publicKey ?? '');
      if (!hit?.user) throw Object.assign(new Error('no user has this key'), { status: 404 });
      hit.key.lastUsed = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
      services.events.record('ssh.lookup', { user: hit.user.email, key: hit.key.keyFingerprint });
      return { userId: hit.user.id, email: hit.user.email };
    }],
    ['POST', /^\/control\/tokens\/legacy$/, async (_, body) => ({ token: await services.verifier.mintLegacy(body) })],
    ['POST', /^\/control\/tokens\/user$/, async (_, body) => {
      const user = services.store.findUser({ id: body.userId, email: body.email });
      if (!user) throw Object.assign(new Error('unknown user'), { status: 404 });
      return services.exchangeToken(user.id, body.clientId ?? 'lagoon-cli');
    }],
    // Project settings the real API changes with updateProject (not served by the sandbox).
    ['POST', /^\/control\/projects\/([^/]+)$/, ([name], body) => {
      const p = services.store.projectByName(name);
      if (!p) throw Object.assign(new Error(`no project ${name}`), { status: 404 });
      const allowed = ['branches', 'pullrequests', 'deploymentsDisabled', 'developmentEnvironmentsLimit', 'productionEnvironment', 'standbyProductionEnvironment'];
      for (const [k, v] of Object.entries(body)) {
        if (!allowed.includes(k)) throw Object.assign(new Error(`cannot set ${k} (one of ${allowed.join(', ')})`), { status: 400 });
        p[k] = v;
      }
      return { project: name, ...Object.fromEntries(allowed.map((k) => [k, p[k]])) };
    }],
    ['POST', /^\/control\/projects\/([^/]+)\/branches$/, ([name], body) => {
      const p = services.store.projectByName(name);
      if (!p) throw Object.assign(new Error(`no project ${name}`), { status: 404 });
      for (const b of [].concat(body.branch ?? body.branches ?? [])) p.gitBranches.add(b);
      return { gitBranches: [...p.gitBranches] };
    }],
  ];

  return async (req, res) => {
    if (!isLoopback(req)) { sendJson(res, 403, { error: 'control API is for loopback callers only' }); return; }
    const url = new URL(req.url, 'http://x');
    for (const [method, re, fn] of routes) {
      const m = url.pathname.match(re);
      if (!m || method !== req.method) continue;
      try {
        const body = req.method === 'POST' ? await readJson(req) : {};
        const params = m.slice(1).map(decodeURIComponent);
        const out = await fn(params, body, req, res, url);
        if (out !== undefined) sendJson(res, 200, out);
      } catch (err) {
        if (!res.headersSent) sendJson(res, err.status ?? 400, { error: err.message });
      }
      return;
    }
    sendJson(res, 404, { error: `no control route ${req.method} ${url.pathname}` });
  };
}
