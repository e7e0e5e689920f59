// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Puts the pieces together: state seeded from Lagoon's seed file, the build and task
// simulators, the realm (OIDC), the API (GraphQL over HTTP and WebSocket, discovery, control)
// and the SSH token service. start() returns what start.js prints; stop() ends all of it.
import http from 'node:http';
import { Store } from './state/store.js';
import { loadSeed } from './state/seed.js';
import { Events } from './events.js';
import { Clock } from './clock.js';
import { BuildSimulator } from './builds/simulator.js';
import { TaskSimulator } from './builds/tasks.js';
import { makeSchema } from './graphql/schema.js';
import { TokenVerifier } from './auth/verify.js';
import { TOKEN_EXCHANGE, startOidc } from './auth/oidc.js';
import { graphqlHandler } from './http/graphql.js';
import { discoveryHandler } from './http/discovery.js';
import { controlHandler } from './http/control.js';
import { sendJson } from './http/common.js';
import { attachSubscriptions } from './ws/index.js';
import { startSshd } from './ssh/sshd.js';

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(server.address().port); });
  });
}

export async function startSandbox(config) {
  const store = new Store();
  const seed = loadSeed(store, config.seedPath);
  const events = new Events();
  const clock = new Clock();
  const sim = new BuildSimulator({ store, events, clock, speed: config.speed });
  const tasks = new TaskSimulator({ events, clock, speed: config.speed });
  const stoppers = [];

  const services = {
    config, store, events, clock, sim, tasks, seed, urls: {},
    wsProtocols: config.wsProtocols ?? 'both',
    // Scripted failures (POST /control/faults): how many subscribe calls still fail.
    faults: { subscriptionErrors: 0 },
    schema: makeSchema(config.schemaPath),
    contextFor: (auth) => ({ store, events, sim, tasks, config, auth, faults: services.faults }),
    async reset() {
      sim.stopAll();
      tasks.stopAll();
      clock.cancelAll();
      clock.resume();
      store.clear();
      services.seed = loadSeed(store, config.seedPath);
      events.clear();
      sim.speed = config.speed;
      tasks.speed = config.speed;
      services.wsProtocols = config.wsProtocols ?? 'both';
      services.faults.subscriptionErrors = 0;
      events.publish('sandbox.sshkeys', { reset: true });
      events.record('control.reset');
    },
  };

  try {
    const oidc = await startOidc({ store, events, host: config.host, port: config.oidcPort,
      realm: config.realm, accessTokenTtl: config.accessTokenTtl, refreshTokenTtl: config.refreshTokenTtl });
    stoppers.push(() => oidc.close());
    services.oidc = oidc;
    services.verifier = new TokenVerifier({ store, jwtSecret: config.jwtSecret, jwtAudience: config.jwtAudience, issuer: oidc.issuer });
    // The exchange the SSH token service does; the control API offers it to tests too.
    services.exchangeToken = async (userId, audience = 'lagoon-cli') => {
      const basic = Buffer.from(`${oidc.authServer.clientId}:${oidc.authServer.clientSecret}`).toString('base64');
      const res = await fetch(oidc.endpoints.token, {
        method: 'POST', headers: { authorization: `Basic ${basic}` },
        body: new URLSearchParams({ grant_type: TOKEN_EXCHANGE, requested_subject: userId, audience }),
      });
      const json = await res.json();
      if (!res.ok) throw new Error(`token exchange failed: ${json.error_description ?? json.error}`);
      return json;
    };

    const graphql = graphqlHandler(services);
    const discovery = discoveryHandler(services);
    const control = controlHandler(services);
    const server = http.createServer((req, res) => {
      const { pathname } = new URL(req.url, 'http://x');
      if (pathname === '/graphql') return graphql(req, res);
      if (pathname === '/.well-known/appspecific/sh.lagoon.discovery.json') return discovery(req, res);
      if (pathname === '/status') return sendJson(res, 200, { status: 'ok' });
      if (pathname.startsWith('/control/')) return control(req, res);
      return sendJson(res, 404, { errors: [{ message: `no route ${pathname}` }] });
    });
    const apiPort = await listen(server, config.port, config.host);
    const apiBase = `http://${config.host}:${apiPort}`;
    const closeWs = attachSubscriptions(server, services, { keepAliveMs: config.keepAliveMs });
    stoppers.push(async () => {
      await closeWs();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    });
    config.uiUrl ??= `${apiBase}/ui`;

    let ssh = null;
    if (config.ssh) {
      ssh = await startSshd({
        host: config.host, port: config.sshPort, store, events,
        commandConfig: { api: apiBase, tokenEndpoint: oidc.endpoints.token, clientId: oidc.authServer.clientId,
          clientSecret: oidc.authServer.clientSecret, audience: 'lagoon-cli', gitRoot: config.gitRoot ?? null },
      });
      stoppers.push(() => ssh.close());
    }

    Object.assign(services.urls, {
      api: `${apiBase}/graphql`,
      keycloak: `http://${config.host}:${oidc.port}/auth`,
      sshHost: ssh ? config.host : null,
      sshPort: ssh ? ssh.port : null,
      webhook: null,
    });

    const info = {
      ready: true,
      pid: process.pid,
      api: { url: `${apiBase}/graphql`, ws: `ws://${config.host}:${apiPort}/graphql`, port: apiPort,
        discovery: `${apiBase}/.well-known/appspecific/sh.lagoon.discovery.json`, control: `${apiBase}/control`, status: `${apiBase}/status` },
      oidc: { issuer: oidc.issuer, port: oidc.port, realm: config.realm, clientId: 'lagoon-cli', ...oidc.endpoints,
        accessTokenTtl: config.accessTokenTtl, refreshTokenTtl: config.refreshTokenTtl },
      ssh: ssh ? { host: ssh.host, port: ssh.port, user: ssh.user, hostKeyFingerprint: ssh.hostKeyFingerprint, hostPublicKey: ssh.hostPublicKey } : null,
      legacy: { secret: config.jwtSecret, audience: config.jwtAudience },
      seed: { file: config.seedPath, applied: seed.applied, ignored: seed.ignored },
    };

    return {
      info,
      services,
      async stop() {
        sim.stopAll();
        tasks.stopAll();
        clock.cancelAll();
        for (const stop of stoppers.reverse()) await stop().catch(() => {});
      },
    };
  } catch (err) {
    for (const stop of stoppers.reverse()) await stop().catch(() => {});
    throw err;
  }
}
