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

export { WS_PROTOCOL_MODES } from './modes.js';

export function attachSubscriptions(server, services, { keepAliveMs = 12000 } = {}) {
  const modern = new WebSocketServer({ noServer: true });
  const legacy = new WebSocketServer({ noServer: true, handleProtocols: (protocols) => (protocols.has('graphql-ws') ? 'graphql-ws' : false) });
  // Apollo Server 2 (subscriptions-transport-ws on ws): ws takes the client's first offer, and the
  // server then closes with 1002 unless that offer is graphql-ws.
  const legacyOnly = new WebSocketServer({ noServer: true, handleProtocols: (protocols) => [...protocols][0] ?? false });

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
  legacyOnly.on('connection', (ws) => {
    if (ws.protocol !== 'graphql-ws') { ws.close(1002); return; }
    handleLegacy(ws, services, { keepAliveMs });
  });

  server.on('upgrade', (req, socket, head) => {
    const { pathname } = new URL(req.url, 'http://x');
    if (pathname !== '/graphql') { socket.destroy(); return; }
    const mode = services.wsProtocols ?? 'both';
    services.events.record('ws.upgrade', { mode, offered: req.headers['sec-websocket-protocol'] ?? null });
    if (mode === 'none') {
      // What the API answers a plain GET without a query when nothing upgrades the request.
      const body = JSON.stringify({ errors: [{ message: 'GET query missing.' }] });
      socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      return;
    }
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((s) => s.trim());
    let target = !offered.includes('graphql-transport-ws') && offered.includes('graphql-ws') ? legacy : modern;
    if (mode === 'graphql-transport-ws') target = modern;
    if (mode === 'graphql-ws') target = legacyOnly;
    target.handleUpgrade(req, socket, head, (ws) => target.emit('connection', ws, req));
  });

  return async () => {
    await cleanup.dispose();
    for (const wss of [modern, legacy, legacyOnly]) {
      for (const c of wss.clients) c.terminate();
      wss.close();
    }
  };
}
