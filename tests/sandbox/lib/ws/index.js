// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// WebSocket subscriptions on /graphql: `graphql-transport-ws` through graphql-ws's own server
// (what Lagoon >= v2.27 runs: LAG:services/api/src/server.ts useServer), and the legacy
// `graphql-ws` protocol for clients that fall back to it. The client's offered sub-protocols
// decide which one answers.
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/lib/use/ws';
import { wsMessage } from '../auth/verify.js';
import { handleLegacy } from './legacy.js';

export function attachSubscriptions(server, services, { keepAliveMs = 12000 } = {}) {
  const modern = new WebSocketServer({ noServer: true });
  const legacy = new WebSocketServer({ noServer: true, handleProtocols: (protocols) => (protocols.has('graphql-ws') ? 'graphql-ws' : false) });

  const cleanup = useServer({
    schema: services.schema,
    context: (ctx) => services.contextFor(ctx.extra.auth),
    onConnect: async (ctx) => {
      try {
        ctx.extra.auth = await services.verifier.verify(ctx.connectionParams?.authToken);
      } catch (err) {
        services.events.record('auth.rejected', { transport: 'graphql-transport-ws', message: wsMessage(err) });
        // Lagoon's onConnect throws; graphql-ws then closes the socket (4500, the message as reason).
        throw new Error(wsMessage(err));
      }
      return true;
    },
    onSubscribe: (_ctx, msg) => {
      services.events.record('graphql', { transport: 'graphql-transport-ws', operation: msg.payload.operationName ?? null, variables: msg.payload.variables ?? {} });
    },
  }, modern, keepAliveMs);

  legacy.on('connection', (ws) => handleLegacy(ws, services, { keepAliveMs }));

  server.on('upgrade', (req, socket, head) => {
    const { pathname } = new URL(req.url, 'http://x');
    if (pathname !== '/graphql') { socket.destroy(); return; }
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((s) => s.trim());
    const target = !offered.includes('graphql-transport-ws') && offered.includes('graphql-ws') ? legacy : modern;
    target.handleUpgrade(req, socket, head, (ws) => target.emit('connection', ws, req));
  });

  return async () => {
    await cleanup.dispose();
    for (const wss of [modern, legacy]) {
      for (const c of wss.clients) c.terminate();
      wss.close();
    }
  };
}
