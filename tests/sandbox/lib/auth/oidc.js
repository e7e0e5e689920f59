// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The stand-in for Lagoon's Keycloak: oidc-provider on loopback with Keycloak's URL layout
// (issuer /auth/realms/lagoon, endpoints under /protocol/openid-connect/), the public native
// client `lagoon-cli` (authorization code + PKCE, loopback redirect on any port, RFC 8252),
// refresh tokens with rotation, RS256 JWT access tokens carrying Keycloak's `typ: "Bearer"`
// claim (the API tells Keycloak tokens by it), and the confidential client `auth-server` that may
// exchange tokens for any user, as Lagoon's SSH token service does.
import crypto from 'node:crypto';
import http from 'node:http';
import Provider, { errors } from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';
import { renderLogin, readForm } from './login-page.js';

export const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const API_RESOURCE = 'urn:lagoon:api';
const SCOPE = 'openid profile email offline_access';

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
}

export async function startOidc({ store, events, host, port, realm, accessTokenTtl, refreshTokenTtl }) {
  const server = http.createServer();
  await listen(server, port, host);
  const base = `http://${host}:${server.address().port}`;
  const prefix = `/auth/realms/${realm}`;
  const issuer = `${base}${prefix}`;
  const resourceInfo = () => ({
    scope: SCOPE, audience: 'api', accessTokenTTL: accessTokenTtl, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } },
  });

  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = { ...(await exportJWK(privateKey)), kid: crypto.randomUUID(), use: 'sig', alg: 'RS256' };
  const authServerSecret = crypto.randomBytes(24).toString('hex');

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'lagoon-cli',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // Native client: the port of a 127.0.0.1 redirect is ignored when matching.
        redirect_uris: ['http://127.0.0.1/', 'http://127.0.0.1/callback'],
        post_logout_redirect_uris: ['http://127.0.0.1/'],
      },
      {
        client_id: 'auth-server',
        client_secret: authServerSecret,
        grant_types: [TOKEN_EXCHANGE, 'refresh_token'],
        response_types: [],
        redirect_uris: [],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['preferred_username', 'given_name', 'family_name'] },
    findAccount: (_ctx, id) => {
      const u = store.users.get(id);
      if (!u) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: u.email, email_verified: true, preferred_username: u.email,
          given_name: u.firstName ?? undefined, family_name: u.lastName ?? undefined }),
      };
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      introspection: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => resourceInfo(),
      },
    },
    pkce: { required: () => true },
    // Keycloak hands out a refresh token with every code exchange, offline_access or not.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    ttl: {
      AccessToken: accessTokenTtl, IdToken: accessTokenTtl, RefreshToken: refreshTokenTtl, AuthorizationCode: 60,
      Interaction: 600, Session: 36000, Grant: 36000,
    },
    extraTokenClaims: (_ctx, token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const u = store.users.get(token.accountId);
      return { typ: 'Bearer', azp: token.clientId, preferred_username: u?.email, email: u?.email };
    },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
      revocation: '/protocol/openid-connect/revoke',
      introspection: '/protocol/openid-connect/token/introspect',
    },
    interactions: { url: (_ctx, interaction) => `${prefix}/interaction/${interaction.uid}` },
    clientBasedCORS: () => true,
  });

  // Token exchange (RFC 8693 subset): what the SSH token service asks Keycloak for
  // (grant_type token-exchange, client auth-server, requested_subject = the user's id).
  provider.registerGrantType(TOKEN_EXCHANGE, async (ctx) => {
    const { params } = ctx.oidc;
    const user = params.requested_subject && store.users.get(params.requested_subject);
    if (!user) throw new errors.InvalidGrant('requested_subject is not a known user');
    const target = params.audience ? await provider.Client.find(params.audience) : ctx.oidc.client;
    if (!target) throw new errors.InvalidTarget('unknown audience');
    const grant = new provider.Grant({ accountId: user.id, clientId: target.clientId });
    grant.addOIDCScope(SCOPE);
    grant.addResourceScope(API_RESOURCE, SCOPE);
    const grantId = await grant.save();
    const at = new provider.AccessToken({ accountId: user.id, client: target, grantId, gty: TOKEN_EXCHANGE, scope: SCOPE });
    at.resourceServer = new provider.ResourceServer(API_RESOURCE, resourceInfo());
    const accessToken = await at.save();
    const rt = new provider.RefreshToken({
      accountId: user.id, client: target, grantId, gty: TOKEN_EXCHANGE, scope: SCOPE, resource: API_RESOURCE,
      expiresWithSession: false, iiat: Math.floor(Date.now() / 1000), rotations: 0,
    });
    const refreshToken = await rt.save();
    events.record('oidc.exchange', { user: user.email, client: target.clientId });
    ctx.body = {
      access_token: accessToken, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer', expires_in: at.expiration, refresh_token: refreshToken, scope: SCOPE,
    };
  }, ['requested_subject', 'audience', 'scope', 'subject_token', 'subject_token_type', 'requested_token_type']);

  provider.on('grant.success', (ctx) => events.record('oidc.token', { client: ctx.oidc.client?.clientId, grant: ctx.oidc.params?.grant_type }));
  provider.on('grant.error', (ctx, err) => events.record('oidc.token.error', { grant: ctx.oidc.params?.grant_type, error: err.message }));

  const callback = provider.callback();
  server.on('request', (req, res) => {
    const url = new URL(req.url, base);
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: only the realm lives here\n');
      return;
    }
    const rest = url.pathname.slice(prefix.length);
    if (rest.startsWith('/interaction/')) {
      interaction(req, res, rest.split('/').filter(Boolean)).catch((err) => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
        res.end(`interaction failed: ${err.message}\n`);
      });
      return;
    }
    // Mount below the realm path the way express does: oidc-provider derives its mount path
    // from originalUrl minus url.
    req.originalUrl = req.url;
    req.url = req.url.slice(prefix.length) || '/';
    callback(req, res);
  });

  // Our own minimal login page instead of oidc-provider's dev interactions: one form, user name
  // = e-mail, password = the same e-mail, consent granted at once (Keycloak does not ask either).
  async function finish(req, res, details, userId) {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: userId, clientId: details.params.client_id });
    const scope = details.params.scope ?? 'openid';
    grant.addOIDCScope(scope);
    grant.addResourceScope(API_RESOURCE, scope);
    const grantId = await grant.save();
    events.record('oidc.login', { user: store.users.get(userId)?.email, client: details.params.client_id });
    await provider.interactionFinished(req, res, { login: { accountId: userId }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  async function interaction(req, res, [, uid, action]) {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (req.method === 'GET' && !action) {
      if (details.prompt.name === 'consent' && details.session?.accountId) return finish(req, res, details, details.session.accountId);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(renderLogin(`${prefix}/interaction/${uid}/login`));
      return undefined;
    }
    if (req.method === 'POST' && action === 'login') {
      const form = await readForm(req);
      const user = store.userByEmail(form.username ?? '');
      if (!user || form.password !== user.email) {
        events.record('oidc.login.error', { username: form.username });
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(renderLogin(`${prefix}/interaction/${uid}/login`, 'Invalid username or password.'));
        return undefined;
      }
      return finish(req, res, details, user.id);
    }
    res.writeHead(405, { 'content-type': 'text/plain' }).end('method not allowed\n');
    return undefined;
  }

  return {
    provider,
    issuer,
    port: server.address().port,
    authServer: { clientId: 'auth-server', clientSecret: authServerSecret },
    endpoints: {
      authorization: `${issuer}/protocol/openid-connect/auth`,
      token: `${issuer}/protocol/openid-connect/token`,
      jwks: `${issuer}/protocol/openid-connect/certs`,
      userinfo: `${issuer}/protocol/openid-connect/userinfo`,
      logout: `${issuer}/protocol/openid-connect/logout`,
      discovery: `${issuer}/.well-known/openid-configuration`,
    },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
