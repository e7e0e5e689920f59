// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// start.js: one JSON line, loopback only, and nothing left running after SIGTERM or when the
// test's end of stdin closes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startSandbox } from '../test-support/client.js';

const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const sshdPid = (sb) => Number(fs.readFileSync(`${sshdDir(sb)}/sshd.pid`, 'utf8'));
const sshdDir = (sb) => fs.readdirSync('/tmp').map((d) => `/tmp/${d}`)
  .find((d) => d.includes('lagoon-sandbox-sshd-') && fs.existsSync(`${d}/sshd.pid`)
    && fs.readFileSync(`${d}/sshd_config`, 'utf8').includes(`Port ${sb.info.ssh.port}\n`));

test('everything listens on 127.0.0.1 and stops on SIGTERM', async () => {
  const sb = await startSandbox();
  for (const url of [sb.info.api.url, sb.info.oidc.issuer]) assert.equal(new URL(url).hostname, '127.0.0.1');
  assert.equal(sb.info.ssh.host, '127.0.0.1');
  const dir = sshdDir(sb);
  const pid = sshdPid(sb);
  assert.ok(alive(pid));
  await sb.stop();
  assert.equal(sb.child.exitCode, 0);
  assert.ok(!alive(pid), 'sshd still running');
  assert.ok(!fs.existsSync(dir), 'sshd folder left behind');
  await assert.rejects(fetch(sb.info.api.status));
});

test('closing stdin stops the sandbox too', async () => {
  const sb = await startSandbox();
  const pid = sshdPid(sb);
  const exited = new Promise((resolve) => sb.child.once('exit', resolve));
  sb.child.stdin.end();
  assert.equal(await exited, 0);
  assert.ok(!alive(pid), 'sshd still running');
});

test('bad options fail with a message and exit 1', async () => {
  await assert.rejects(startSandbox(['--speed', 'fast']), /--speed needs a number/);
});
