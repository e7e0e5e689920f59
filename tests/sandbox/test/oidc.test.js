// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The realm: the README's curl login (authorization code + PKCE), the RS256 access token the API
// accepts, expiry and refresh with rotation, and what the realm refuses.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { sandboxDir, startSandbox } from '../test-support/client.js';

let sb;
before(async () => { sb = await startSandbox(['--no-ssh', '--access-token-ttl', '2']); });
after(() => sb?.stop());

const login = (...args) => JSON.parse(execFileSync('bash', [path.join(sandboxDir, 'examples', 'oidc-login.sh'), sb.info.oidc.issuer, ...args]).toString());
const tokenRequest = async (params) => {
  const res = await fetch(sb.info.oidc.token, { method: 'POST', body: new URLSearchParams(params) });
  return { status: res.status, body: await res.json() };
};

describe('realm lagoon', () => {
  test('the documented curl login gives an RS256 token the API accepts', async () => {
    const tokens = login('maintainer@example.com');
    assert.equal(tokens.token_type, 'Bearer');
    assert.ok(tokens.refresh_token && tokens.id_token);
    assert.equal(decodeProtectedHeader(tokens.access_token).alg, 'RS256');
    const claims = decodeJwt(tokens.access_token);
    assert.equal(claims.iss, sb.info.oidc.issuer);
    assert.equal(claims.typ, 'Bearer');
    assert.equal(claims.azp, 'lagoon-cli');
    assert.equal(claims.exp - claims.iat, 2);
    const r = await sb.gql(tokens.access_token, '{ me { email } allProjects { name } }');
    assert.deepEqual(r.body.data, { me: { email: 'maintainer@example.com' }, allProjects: [{ name: 'lagoon-demo' }] });
  });

  test('expired tokens get the Keycloak 401; the refresh token gets a new one, once', async () => {
    const tokens = login('developer@example.com');
    await new Promise((r) => setTimeout(r, 3100));
    const expired = await sb.gql(tokens.access_token, '{ me { email } }');
    assert.equal(expired.status, 401);
    assert.equal(expired.body.errors[0].message, 'Unauthorized - Keycloak token invalid: invalid token (expired)');
    const refreshed = await tokenRequest({ grant_type: 'refresh_token', client_id: 'lagoon-cli', refresh_token: tokens.refresh_token });
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.body.refresh_token, tokens.refresh_token); // rotated
    assert.equal((await sb.gql(refreshed.body.access_token, '{ me { email } }')).body.data.me.email, 'developer@example.com');
    const reused = await tokenRequest({ grant_type: 'refresh_token', client_id: 'lagoon-cli', refresh_token: tokens.refresh_token });
    assert.equal(reused.status, 400);
    assert.equal(reused.body.error, 'invalid_grant');
  });

  test('the realm refuses a wrong password, a missing PKCE challenge and foreign redirects', async () => {
    assert.throws(() => execFileSync('bash', [path.join(sandboxDir, 'examples', 'oidc-login.sh'), sb.info.oidc.issuer, 'maintainer@example.com', 'wrong'], { stdio: 'pipe' }));
    const base = `${sb.info.oidc.authorization}?client_id=lagoon-cli&response_type=code&scope=openid`;
    const noPkce = await fetch(`${base}&redirect_uri=${encodeURIComponent('http://127.0.0.1:4000/callback')}`, { redirect: 'manual' });
    assert.match(noPkce.headers.get('location') ?? '', /error=invalid_request/);
    const foreign = await fetch(`${base}&code_challenge=abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq&code_challenge_method=S256&redirect_uri=${encodeURIComponent('http://evil.example/callback')}`, { redirect: 'manual' });
    assert.equal(foreign.status, 400);
  });

  test('discovery documents of the realm use Keycloak\'s paths', async () => {
    const doc = await (await fetch(sb.info.oidc.discovery)).json();
    assert.equal(doc.issuer, sb.info.oidc.issuer);
    assert.equal(doc.token_endpoint, `${sb.info.oidc.issuer}/protocol/openid-connect/token`);
    assert.equal(doc.jwks_uri, `${sb.info.oidc.issuer}/protocol/openid-connect/certs`);
    assert.deepEqual(doc.code_challenge_methods_supported, ['S256']);
  });
});
