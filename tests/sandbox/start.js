#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Starts the Lagoon sandbox (API + realm + SSH token service) on 127.0.0.1:
//   node tests/sandbox/start.js --port 0 [--oidc-port 0] [--ssh-port 0] [options]
// prints ONE JSON line with every URL and port once ready, and stops everything on SIGTERM,
// SIGINT, or when its standard input (a pipe from the test) closes. See README.md.
import fs from 'node:fs';
import path from 'node:path';
import { defaults } from './lib/config.js';
import { WS_PROTOCOL_MODES } from './lib/ws/modes.js';

// oidc-provider 8 supports Node.js ^18.12 || ^20 (Debian 12 ships 18.20, Debian 13 20.19).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 18 || (major === 18 && minor < 12)) {
  console.error(`sandbox: Node.js >= 18.12 is needed, this is ${process.versions.node}`);
  process.exit(1);
}
const { startSandbox } = await import('./lib/sandbox.js');

const USAGE = `usage: node start.js [--port N] [--oidc-port N] [--ssh-port N] [--no-ssh]
  [--speed F] [--access-token-ttl S] [--refresh-token-ttl S] [--jwt-secret S] [--jwt-audience S]
  [--seed FILE] [--logs-dir DIR] [--keepalive MS] [--ui-url URL] [--git-root DIR]
  [--ws-protocols both|graphql-transport-ws|graphql-ws|none]
ports default to 0 (any free port); --speed multiplies every simulated build/task delay.`;

function parseArgs(argv) {
  const cfg = { ...defaults, port: 0, oidcPort: 0, sshPort: 0, ssh: true, keepAliveMs: 12000, uiUrl: undefined };
  const num = (v, name) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} needs a number >= 0, got "${v}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    switch (a) {
      case '--port': cfg.port = num(next(), a); break;
      case '--oidc-port': cfg.oidcPort = num(next(), a); break;
      case '--ssh-port': cfg.sshPort = num(next(), a); break;
      case '--no-ssh': cfg.ssh = false; break;
      case '--speed': cfg.speed = num(next(), a); break;
      case '--access-token-ttl': cfg.accessTokenTtl = num(next(), a); break;
      case '--refresh-token-ttl': cfg.refreshTokenTtl = num(next(), a); break;
      case '--jwt-secret': cfg.jwtSecret = next(); break;
      case '--jwt-audience': cfg.jwtAudience = next(); break;
      case '--seed': cfg.seedPath = next(); break;
      case '--logs-dir': cfg.logsDir = next(); break;
      case '--keepalive': cfg.keepAliveMs = num(next(), a); break;
      case '--ui-url': cfg.uiUrl = next(); break;
      // Bare repositories below DIR are served over the sshd (git-receive-pack / git-upload-pack).
      case '--git-root': cfg.gitRoot = path.resolve(next()); break;
      case '--ws-protocols':
        cfg.wsProtocols = next();
        if (!WS_PROTOCOL_MODES.includes(cfg.wsProtocols)) throw new Error(`${a} needs one of ${WS_PROTOCOL_MODES.join(', ')}`);
        break;
      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown option ${a}\n${USAGE}`);
    }
  }
  return cfg;
}

// stdout carries the one JSON line tests read; libraries that talk (oidc-provider's notices
// use console.info) go to stderr instead.
console.log = console.info = console.debug = (...args) => console.error(...args);

let sandbox;
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  try {
    await sandbox?.stop();
  } finally {
    process.exit(code);
  }
}

try {
  const config = parseArgs(process.argv.slice(2));
  sandbox = await startSandbox(config);
} catch (err) {
  console.error(`sandbox: ${err.message}`);
  process.exit(1);
}

// sshd is our child but would outlive a crash: stop it on any unexpected error too (an
// unhandled rejection arrives here as well, Node's default since v15).
process.on('uncaughtException', (err) => { console.error('sandbox: uncaught', err); shutdown(1); });
process.on('SIGTERM', () => shutdown(0));
process.on('SIGINT', () => shutdown(0));
// A test that dies cannot send SIGTERM, but its end of our stdin pipe closes.
try {
  if (fs.fstatSync(0).isFIFO() || fs.fstatSync(0).isSocket()) {
    process.stdin.on('end', () => shutdown(0));
    process.stdin.on('error', () => shutdown(0));
    process.stdin.resume();
  }
} catch {
  // no stdin at all: rely on signals
}
process.stdout.write(`${JSON.stringify(sandbox.info)}\n`);
