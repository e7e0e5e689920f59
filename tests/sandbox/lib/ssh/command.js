#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// sshd's ForceCommand for the sandbox's SSH token service. Like uselagoon/lagoon-ssh-portal's
// token service it finds the Lagoon user by the public key the client authenticated with
// (sshd writes it to $SSH_USER_AUTH because of ExposeAuthInfo), then answers
//   token  -> the bare access token
//   grant  -> {"access_token","token_type","refresh_token","expiry"} (Go oauth2.Token JSON)
// both issued by the realm through token exchange (client auth-server, requested_subject).
// It also streams build logs: `lagoonSystem=build [name=<build>] logs=tailLines=N[,follow]`
// (the ssh-portal command lagoon-cli builds); the environment comes from `namespace=<ns>`
// because the sandbox cannot log users in under a namespace name.
// With --git-root it is also a git server: `git-receive-pack '<repo>'` and `git-upload-pack
// '<repo>'` (what git and libgit2 send for ssh://host:port/<repo>) run the real git on the bare
// repository <git-root>/<repo>, for keys registered like the token service's.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const command = (process.env.SSH_ORIGINAL_COMMAND ?? '').trim();

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function authenticatedKey() {
  const file = process.env.SSH_USER_AUTH;
  if (!file) fail('sandbox token service: sshd did not expose the authentication info');
  const line = fs.readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith('publickey '));
  if (!line) fail('sandbox token service: no public key authentication found');
  return line.slice('publickey '.length).trim();
}

async function post(url, body, headers = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const json = await res.json().catch(() => ({}));
  return { ok: res.ok, status: res.status, json };
}

async function lookupUser() {
  const res = await post(`${config.api}/control/ssh/user-by-key`, { publicKey: authenticatedKey() });
  if (!res.ok) fail('invalid user: this SSH key is not registered with a Lagoon user');
  return res.json.userId;
}

async function exchange(userId) {
  const form = new URLSearchParams({
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    requested_subject: userId,
    audience: config.audience,
  });
  const basic = Buffer.from(`${config.clientId}:${config.clientSecret}`).toString('base64');
  const res = await fetch(config.tokenEndpoint, { method: 'POST', body: form, headers: { authorization: `Basic ${basic}` } });
  const json = await res.json();
  if (!res.ok) fail(`token exchange failed: ${json.error_description ?? json.error ?? res.status}`);
  return json;
}

async function streamLogs(args) {
  const opts = Object.fromEntries(args.map((a) => { const i = a.indexOf('='); return [a.slice(0, i), a.slice(i + 1)]; }));
  const logs = opts.logs ?? '';
  const tail = /tailLines=(\d+)/.exec(logs)?.[1] ?? '32';
  const follow = logs.split(',').includes('follow');
  let name = opts.name;
  if (!name) {
    if (!opts.namespace) fail('sandbox: give name=<build> or namespace=<environment namespace>');
    const res = await fetch(`${config.api}/control/builds`);
    const builds = (await res.json()).builds.filter((b) => b.namespace === opts.namespace);
    builds.sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : b.id - a.id));
    if (!builds.length) fail(`no builds found for ${opts.namespace}`);
    name = builds[0].name;
  }
  const res = await fetch(`${config.api}/control/builds/${encodeURIComponent(name)}/log?tail=${tail}${follow ? '&follow=1' : ''}`);
  if (!res.ok) fail(`no build ${name}`);
  for await (const chunk of res.body) process.stdout.write(chunk);
}

// git quotes the path the way a POSIX shell would: 'a'\''b' is a'b.
function unquote(text) {
  const m = /^'((?:[^']|'\\'')*)'$/.exec(text);
  return m ? m[1].replaceAll("'\\''", "'") : text;
}

function serveGit(service, quotedRepo) {
  if (!config.gitRoot) fail('sandbox: no git repositories here (start the sandbox with --git-root DIR)');
  const relative = unquote(quotedRepo).replace(/^\/+/, '').replace(/^~\//, '');
  const root = path.resolve(config.gitRoot);
  const repo = path.resolve(root, relative);
  if (repo !== root && !repo.startsWith(`${root}${path.sep}`)) fail(`fatal: '${relative}' is outside the git root`, 128);
  if (!fs.existsSync(path.join(repo, 'HEAD'))) fail(`fatal: '${relative}' does not appear to be a git repository`, 128);
  // git speaks the pack protocol on our stdin/stdout, which are the SSH channel.
  const child = spawn('git', [service, repo], { stdio: 'inherit' });
  child.once('error', (err) => fail(`sandbox: cannot run git: ${err.message}`));
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const userId = await lookupUser();
const gitCommand = /^git[- ](receive-pack|upload-pack)\s+(.+)$/.exec(command);
const [verb, ...rest] = command.split(/\s+/);
if (gitCommand) {
  serveGit(gitCommand[1], gitCommand[2].trim());
} else if (verb === 'token') {
  process.stdout.write(`${(await exchange(userId)).access_token}\n`);
} else if (verb === 'grant') {
  const t = await exchange(userId);
  const expiry = new Date(Date.now() + t.expires_in * 1000).toISOString();
  process.stdout.write(`${JSON.stringify({ access_token: t.access_token, token_type: t.token_type, refresh_token: t.refresh_token, expiry })}\n`);
} else if (verb === 'lagoonSystem=build' || rest.includes('lagoonSystem=build')) {
  await streamLogs([verb, ...rest].filter((a) => a.includes('=') && a !== 'lagoonSystem=build'));
} else {
  fail(`sandbox token service: unknown command "${command}" (use token, grant or lagoonSystem=build logs=tailLines=N[,follow])`);
}
