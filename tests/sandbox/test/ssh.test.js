// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The SSH token service with the system OpenSSH client: `token`, `grant`, the key -> user
// mapping, keys added through GraphQL, and build log streaming.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { startSandbox } from '../test-support/client.js';

let sb;
let dir;
before(async () => {
  sb = await startSandbox();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lagoon-sandbox-ssh-test-'));
});
after(async () => {
  await sb?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function newKey(name) {
  const file = path.join(dir, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', file]);
  return { file, pub: fs.readFileSync(`${file}.pub`, 'utf8').trim() };
}

function ssh(key, ...command) {
  const { host, port, user } = sb.info.ssh;
  return new Promise((resolve) => {
    execFile('ssh', ['-o', 'StrictHostKeyChecking=no', '-o', `UserKnownHostsFile=${path.join(dir, 'known_hosts')}`,
      '-o', 'IdentitiesOnly=yes', '-o', 'BatchMode=yes', '-o', 'LogLevel=ERROR', '-i', key.file, '-p', String(port),
      `${user}@${host}`, ...command], { timeout: 20000 }, (err, stdout, stderr) => resolve({ code: err ? err.code : 0, stdout, stderr }));
  });
}

describe('SSH token service', () => {
  test('`token` prints an access token for the user owning the key', async () => {
    const key = newKey('developer');
    await sb.control('POST', '/ssh-keys', { email: 'developer@example.com', publicKey: key.pub });
    const out = await ssh(key, 'token');
    assert.equal(out.code, 0, out.stderr);
    const token = out.stdout.trim();
    assert.equal(decodeJwt(token).iss, sb.info.oidc.issuer);
    const r = await sb.gql(token, '{ me { email } }');
    assert.equal(r.body.data.me.email, 'developer@example.com');
  });

  test('`grant` prints access and refresh tokens; the refresh token works with lagoon-cli', async () => {
    const key = newKey('owner');
    await sb.control('POST', '/ssh-keys', { email: 'owner@example.com', publicKey: key.pub });
    const out = await ssh(key, 'grant');
    assert.equal(out.code, 0, out.stderr);
    const grant = JSON.parse(out.stdout);
    assert.deepEqual(Object.keys(grant), ['access_token', 'token_type', 'refresh_token', 'expiry']);
    assert.ok(Date.parse(grant.expiry) > Date.now());
    const res = await fetch(sb.info.oidc.token, { method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: 'lagoon-cli', refresh_token: grant.refresh_token }) });
    assert.equal(res.status, 200);
    const r = await sb.gql((await res.json()).access_token, '{ me { email } }');
    assert.equal(r.body.data.me.email, 'owner@example.com');
  });

  test('a key added with addUserSSHPublicKey works at once; unknown keys are refused', async () => {
    const key = newKey('maintainer');
    const token = await sb.userToken('maintainer@example.com');
    const r = await sb.gql(token, `mutation { addUserSSHPublicKey(input: { name: "laptop", publicKey: "${key.pub}", user: { email: "maintainer@example.com" } }) { id keyFingerprint } }`);
    assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
    const out = await ssh(key, 'token');
    assert.equal(out.code, 0, out.stderr);
    assert.equal(decodeJwt(out.stdout.trim()).email, 'maintainer@example.com');
    const stranger = newKey('stranger');
    const denied = await ssh(stranger, 'token');
    assert.equal(denied.code, 255);
    assert.match(denied.stderr, /Permission denied/);
  });

  test('build logs stream with lagoonSystem=build … logs=tailLines=N,follow', async () => {
    const key = newKey('logs');
    await sb.control('POST', '/ssh-keys', { email: 'maintainer@example.com', publicKey: key.pub });
    const admin = await sb.legacyToken();
    const { body } = await sb.gql(admin, 'mutation { deployEnvironmentBranch(input: { project: { name: "lagoon-demo" }, branchName: "staging", returnData: true }) }');
    const name = body.data.deployEnvironmentBranch;
    const out = await ssh(key, 'lagoonSystem=build', `name=${name}`, 'logs=tailLines=100,follow');
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /STEP Build and Deploy: Completed at/);
    const tail = await ssh(key, 'lagoonSystem=build', 'namespace=lagoon-demo-staging', 'logs=tailLines=3');
    assert.equal(tail.stdout.trimEnd().split('\n').length, 3);
    const bad = await ssh(key, 'bogus');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /unknown command "bogus"/);
  });
});

describe('git over SSH (--git-root)', () => {
  let gsb;
  let gdir;
  before(async () => {
    gdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lagoon-sandbox-git-test-'));
    fs.mkdirSync(path.join(gdir, 'root'));
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', path.join(gdir, 'root', 'site.git')]);
    gsb = await startSandbox(['--git-root', path.join(gdir, 'root')]);
  });
  after(async () => {
    await gsb?.stop();
    if (gdir) fs.rmSync(gdir, { recursive: true, force: true });
  });

  function git(cwd, key, ...args) {
    const sshCommand = `ssh -o StrictHostKeyChecking=no -o UserKnownHostsFile=${path.join(gdir, 'known_hosts')} `
      + `-o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR -i ${key.file}`;
    return new Promise((resolve) => {
      execFile('git', args, { cwd, timeout: 20000, env: { ...process.env, GIT_SSH_COMMAND: sshCommand,
        GIT_CONFIG_NOSYSTEM: '1', HOME: gdir, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } },
      (err, stdout, stderr) => resolve({ code: err ? err.code : 0, stdout, stderr }));
    });
  }

  test('a registered key pushes to and clones from a bare repository below the git root', async () => {
    const key = newKeyIn(gdir, 'pusher');
    await gsb.control('POST', '/ssh-keys', { email: 'developer@example.com', publicKey: key.pub });
    const { host, port, user } = gsb.info.ssh;
    const url = `ssh://${user}@${host}:${port}/site.git`;
    const work = path.join(gdir, 'work');
    execFileSync('git', ['init', '-q', '-b', 'main', work]);
    fs.writeFileSync(path.join(work, 'README'), 'hello\n');
    assert.equal((await git(work, key, 'add', 'README')).code, 0);
    assert.equal((await git(work, key, 'commit', '-q', '-m', 'first')).code, 0);
    const pushed = await git(work, key, 'push', url, 'main');
    assert.equal(pushed.code, 0, pushed.stderr);
    const head = execFileSync('git', ['-C', work, 'rev-parse', 'HEAD']).toString().trim();
    const remote = execFileSync('git', ['-C', path.join(gdir, 'root', 'site.git'), 'rev-parse', 'main']).toString().trim();
    assert.equal(remote, head);
    const cloned = await git(gdir, key, 'clone', '-q', url, path.join(gdir, 'clone'));
    assert.equal(cloned.code, 0, cloned.stderr);
    assert.equal(fs.readFileSync(path.join(gdir, 'clone', 'README'), 'utf8'), 'hello\n');
  });

  test('paths outside the git root and unknown repositories are refused', async () => {
    const key = newKeyIn(gdir, 'prober');
    await gsb.control('POST', '/ssh-keys', { email: 'developer@example.com', publicKey: key.pub });
    const { host, port, user } = gsb.info.ssh;
    execFileSync('git', ['init', '-q', '--bare', path.join(gdir, 'outside.git')]);
    const outside = await git(gdir, key, 'ls-remote', `ssh://${user}@${host}:${port}/../outside.git`);
    assert.notEqual(outside.code, 0);
    assert.match(outside.stderr, /outside the git root/);
    const missing = await git(gdir, key, 'ls-remote', `ssh://${user}@${host}:${port}/nothing.git`);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr, /does not appear to be a git repository/);
  });
});

function newKeyIn(folder, name) {
  const file = path.join(folder, name);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', name, '-f', file]);
  return { file, pub: fs.readFileSync(`${file}.pub`, 'utf8').trim() };
}
