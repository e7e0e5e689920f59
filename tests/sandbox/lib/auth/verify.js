// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Bearer token checks as LAG:services/api/src/util/auth.ts does them: a payload with `role` is a
// legacy token (HS256, JWTSECRET, role admin, aud JWTAUDIENCE), one with `typ` is a Keycloak
// token (RS256, verified against the realm's published keys); anything else is unrecognized.
import { SignJWT, createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify } from 'jose';

export class AuthError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind; // 'required' | 'malformed' | 'legacy' | 'keycloak' | 'unrecognized'
  }
}

// The 401 texts of authMiddleware.ts (HTTP) and of the subscription onConnect (WebSocket).
export function httpMessage(err) {
  switch (err.kind) {
    case 'required': return 'Unauthorized - Bearer token required';
    case 'malformed': return 'Unauthorized - Bearer token malformed';
    case 'legacy': return `Unauthorized - Legacy token invalid: ${err.message}`;
    case 'keycloak': return `Unauthorized - Keycloak token invalid: ${err.message}`;
    default: return 'Unauthorized - Bearer token unrecognized';
  }
}

export function wsMessage(err) {
  switch (err.kind) {
    case 'required': return 'Auth token missing.';
    case 'legacy': return `Legacy token invalid: ${err.message}`;
    case 'keycloak': case 'malformed': return `Keycloak token invalid: ${err.message}`;
    default: return 'Bearer token unrecognized';
  }
}

export class TokenVerifier {
  constructor({ store, jwtSecret, jwtAudience, issuer, legacyExpiryReject = false, legacyExpiryMax = 3600 }) {
    this.store = store;
    this.secret = new TextEncoder().encode(jwtSecret);
    this.audience = jwtAudience;
    this.issuer = issuer;
    this.legacyExpiryReject = legacyExpiryReject;
    this.legacyExpiryMax = legacyExpiryMax;
    this.jwks = null;
  }

  async #keys() {
    if (!this.jwks) {
      // Discover the key set from the issuer like keycloak-connect does from the realm.
      const res = await fetch(`${this.issuer}/.well-known/openid-configuration`);
      if (!res.ok) throw new Error(`failed to load the realm configuration: HTTP ${res.status}`);
      const { jwks_uri: jwksUri } = await res.json();
      this.jwks = createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: 0 });
    }
    return this.jwks;
  }

  async verify(token) {
    if (!token) throw new AuthError('required', 'Bearer token required');
    let payload;
    try {
      payload = decodeJwt(token);
    } catch {
      throw new AuthError('malformed', 'jwt malformed');
    }
    if ('role' in payload) return this.#legacy(token);
    if ('typ' in payload) return this.#keycloak(token);
    throw new AuthError('unrecognized', 'Bearer token unrecognized');
  }

  async #legacy(token) {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.secret, { algorithms: ['HS256'], clockTolerance: 60 }));
    } catch (err) {
      throw new AuthError('legacy', joseMessage(err, 'legacy'));
    }
    if (payload.role !== 'admin') throw new AuthError('legacy', 'Cannot authenticate non-admin user with legacy token.');
    if (payload.aud !== this.audience) throw new AuthError('legacy', 'Token audience mismatch.');
    if (payload.iat && payload.iat > Date.now() / 1000 + 60) throw new AuthError('legacy', 'Token issued in the future.');
    const lifetime = payload.exp && payload.iat ? payload.exp - payload.iat : Infinity;
    if (this.legacyExpiryReject && lifetime > this.legacyExpiryMax) {
      throw new AuthError('legacy', `Token lifetime exceeds ${this.legacyExpiryMax} seconds.`);
    }
    return { kind: 'legacy', legacy: true, legacySubject: payload.sub ?? null, user: null, claims: payload };
  }

  async #keycloak(token) {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, await this.#keys(), { algorithms: ['RS256'], issuer: this.issuer }));
    } catch (err) {
      throw new AuthError('keycloak', joseMessage(err, 'keycloak'));
    }
    const user = this.store.users.get(payload.sub);
    if (!user) throw new AuthError('keycloak', 'invalid token (user not found)');
    return { kind: 'keycloak', legacy: false, user, claims: payload };
  }

  // Signs a legacy admin token the way LAG's Makefile and create_60_sec_jwt.py do.
  async mintLegacy({ sub = 'sandbox', role = 'admin', aud = this.audience, iss = 'sandbox', expiresIn = 3600 } = {}) {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({ role }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(sub).setIssuer(iss).setIssuedAt(now);
    if (aud) jwt.setAudience(aud);
    if (expiresIn) jwt.setExpirationTime(now + expiresIn);
    return jwt.sign(this.secret);
  }
}

// Messages in the words of the libraries the real API uses: jsonwebtoken for legacy tokens,
// keycloak-connect's grant manager for Keycloak tokens.
function joseMessage(err, kind) {
  const keycloak = kind === 'keycloak';
  if (err instanceof joseErrors.JWTExpired) return keycloak ? 'invalid token (expired)' : 'jwt expired';
  if (err instanceof joseErrors.JWSSignatureVerificationFailed || err instanceof joseErrors.JWKSNoMatchingKey) {
    return keycloak ? 'invalid token (signature)' : 'invalid signature';
  }
  if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === 'iss') return 'invalid token (wrong ISS)';
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return keycloak ? 'invalid token (wrong algorithm)' : 'invalid algorithm';
  return err.message;
}
