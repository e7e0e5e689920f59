// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The legacy `graphql-ws` sub-protocol of subscriptions-transport-ws (Lagoon < v2.27, Apollo
// Server 2), written here on `ws` because that package is unmaintained. Messages:
// client connection_init/start/stop/connection_terminate; server connection_ack/connection_error/
// ka/data/error/complete. Auth: connection_init payload {authToken}.
import { execute, getOperationAST, parse, subscribe, validate } from 'graphql';
import { wsMessage } from '../auth/verify.js';

export function handleLegacy(ws, services, { keepAliveMs }) {
  const { schema, verifier, events } = services;
  let auth = null;
  let initialising = false;
  const ops = new Map(); // id -> async iterator (subscriptions) or null
  let ka = null;

  const send = (msg) => { if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg)); };

  async function start(id, payload) {
    if (ops.has(id)) await stop(id);
    let document;
    try {
      document = parse(payload?.query ?? '');
    } catch (err) {
      send({ id, type: 'error', payload: { message: err.message } });
      return;
    }
    const errors = validate(schema, document);
    if (errors.length) {
      send({ id, type: 'error', payload: { message: errors.map((e) => e.message).join('; ') } });
      return;
    }
    const op = getOperationAST(document, payload.operationName);
    const args = { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue: services.contextFor(auth) };
    events.record('graphql', { transport: 'graphql-ws', operation: op?.name?.value ?? null, operationType: op?.operation, variables: payload.variables ?? {} });
    if (op?.operation !== 'subscription') {
      const result = await execute(args);
      send({ id, type: 'data', payload: result });
      send({ id, type: 'complete' });
      return;
    }
    const result = await subscribe(args);
    if (!result[Symbol.asyncIterator]) {
      send({ id, type: 'data', payload: result });
      send({ id, type: 'complete' });
      return;
    }
    ops.set(id, result);
    (async () => {
      for await (const value of result) send({ id, type: 'data', payload: value });
      if (ops.get(id) === result) { ops.delete(id); send({ id, type: 'complete' }); }
    })().catch((err) => send({ id, type: 'error', payload: { message: err.message } }));
  }

  async function stop(id) {
    const it = ops.get(id);
    ops.delete(id);
    await it?.return?.();
  }

  ws.on('message', async (raw) => {
    let msg;
    try {
      msg = JSON.parse(String(raw));
    } catch {
      send({ type: 'error', payload: { message: 'Message must be JSON-parseable.' } });
      return;
    }
    switch (msg.type) {
      case 'connection_init': {
        if (initialising || auth) return;
        initialising = true;
        try {
          auth = await verifier.verify(msg.payload?.authToken);
        } catch (err) {
          events.record('auth.rejected', { transport: 'graphql-ws', message: wsMessage(err) });
          send({ type: 'connection_error', payload: { message: wsMessage(err) } });
          // subscriptions-transport-ws closes shortly after a connection_error.
          setTimeout(() => ws.close(1011), 10);
          return;
        } finally {
          initialising = false;
        }
        send({ type: 'connection_ack' });
        if (keepAliveMs > 0) {
          send({ type: 'ka' });
          ka = setInterval(() => send({ type: 'ka' }), keepAliveMs);
        }
        return;
      }
      case 'start':
        if (!auth) { send({ id: msg.id, type: 'error', payload: { message: 'Connection not initialised (send connection_init first).' } }); return; }
        await start(msg.id, msg.payload);
        return;
      case 'stop':
        await stop(msg.id);
        return;
      case 'connection_terminate':
        ws.close();
        return;
      default:
        send({ id: msg.id, type: 'error', payload: { message: `Invalid message type "${msg.type}"` } });
    }
  });

  ws.on('close', () => {
    clearInterval(ka);
    for (const id of [...ops.keys()]) stop(id);
  });
}
