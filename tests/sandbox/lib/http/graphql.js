// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// POST/GET /graphql: the bearer check of authMiddleware.ts, then graphql-js, answering the way
// Apollo Server 3 does (400 for parse/validation errors, 200 with `errors` for resolver errors,
// error codes in `extensions.code`).
import { GraphQLError, execute, getOperationAST, parse, validate } from 'graphql';
import { httpMessage } from '../auth/verify.js';
import { CORS, readJson, sendJson } from './common.js';

export function bearerOf(req) {
  const header = req.headers.authorization;
  if (!header) return null;
  return header.replace(/^bearer\s+/i, '').trim() || null;
}

function formatError(err, code) {
  const json = err.toJSON ? err.toJSON() : { message: err.message };
  const original = err.originalError;
  json.extensions = { code: original?.extensions?.code ?? json.extensions?.code ?? code };
  return json;
}

export function graphqlHandler(services) {
  const { schema, verifier, events } = services;
  return async (req, res) => {
    if (req.method === 'OPTIONS') { res.writeHead(204, CORS).end(); return; }
    let auth;
    try {
      auth = await verifier.verify(bearerOf(req));
    } catch (err) {
      events.record('auth.rejected', { transport: 'http', message: httpMessage(err) });
      sendJson(res, 401, { errors: [{ message: httpMessage(err) }] }, CORS);
      return;
    }
    let params;
    try {
      if (req.method === 'GET') {
        const u = new URL(req.url, 'http://x');
        params = { query: u.searchParams.get('query'), operationName: u.searchParams.get('operationName'),
          variables: u.searchParams.get('variables') ? JSON.parse(u.searchParams.get('variables')) : undefined };
      } else if (req.method === 'POST') {
        params = await readJson(req);
      } else {
        sendJson(res, 405, { errors: [{ message: 'GET or POST only' }] }, CORS);
        return;
      }
    } catch (err) {
      sendJson(res, err.status ?? 400, { errors: [{ message: err.message }] }, CORS);
      return;
    }
    if (!params.query) {
      sendJson(res, 400, { errors: [{ message: 'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.', extensions: { code: 'BAD_REQUEST' } }] }, CORS);
      return;
    }
    let document;
    try {
      document = parse(params.query, { maxTokens: 50000 });
    } catch (err) {
      sendJson(res, 400, { errors: [formatError(err, 'GRAPHQL_PARSE_FAILED')] }, CORS);
      return;
    }
    const errors = validate(schema, document);
    if (errors.length) {
      sendJson(res, 400, { errors: errors.map((e) => formatError(e, 'GRAPHQL_VALIDATION_FAILED')) }, CORS);
      return;
    }
    const op = getOperationAST(document, params.operationName);
    if (op?.operation === 'subscription') {
      sendJson(res, 400, { errors: [formatError(new GraphQLError('Subscriptions are served over WebSocket at this path'), 'BAD_REQUEST')] }, CORS);
      return;
    }
    events.record('graphql', { transport: 'http', operation: op?.name?.value ?? null, operationType: op?.operation,
      user: auth.user?.email ?? (auth.legacy ? `legacy:${auth.legacySubject}` : null), variables: params.variables ?? {} });
    const result = await execute({
      schema, document, variableValues: params.variables, operationName: params.operationName,
      contextValue: services.contextFor(auth),
    });
    const body = { data: result.data };
    if (result.errors) body.errors = result.errors.map((e) => formatError(e, 'INTERNAL_SERVER_ERROR'));
    sendJson(res, 200, body, CORS);
  };
}
