// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Runs Debian's OpenSSH server as the sandbox's SSH token endpoint: its own host key, config
// and authorized_keys in a temporary folder, 127.0.0.1 only, every login forced into
// command.js. authorized_keys is rewritten from the store whenever keys change.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from '../util.js';

const SSHD = '/usr/sbin/sshd';
const COMMAND = path.join(path.dirname(fileURLToPath(import.meta.url)), 'command.js');

// OpenSSH >= 9.8 refuses a source address for a while after failed logins (PerSourcePenalties).
// The tests log in from 127.0.0.1 after refused keys on purpose, so penalties are switched off
// where sshd knows the option; older servers reject unknown options, so it is asked for by version.
function sshdPenaltyOptions() {
  const r = spawnSync('ssh', ['-V'], { encoding: 'utf8' }); // the banner goes to stderr
  const m = /OpenSSH_(\d+)\.(\d+)/.exec(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  const atLeast98 = m && (Number(m[1]) > 9 || (Number(m[1]) === 9 && Number(m[2]) >= 8));
  return atLeast98 ? ['PerSourcePenalties no'] : [];
}

function freePort(host) {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, host, () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// sshd writes its PidFile once its listening socket is bound, so the file holding our child's
// pid means this very sshd is listening. (A test connection could not tell: another process
// may have taken the port between freePort() and sshd's bind, and then it answers instead.)
function pidFileSays(file, pid) {
  try {
    return Number(fs.readFileSync(file, 'utf8').trim()) === pid;
  } catch {
    return false;
  }
}

function writeAuthorizedKeys(file, store) {
  const lines = [...store.sshKeys.values()].map((k) => `${k.keyType} ${k.keyValue} lagoon-key-${k.id}`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
}

export async function startSshd({ host, port, store, events, commandConfig }) {
  if (!fs.existsSync(SSHD)) {
    throw new Error(`${SSHD} not found: install Debian's openssh-server (installer/setup.sh deps test), or start with --no-ssh`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lagoon-sandbox-sshd-'));
  const hostKey = path.join(dir, 'ssh_host_ed25519_key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'lagoon-sandbox-host', '-f', hostKey]);
  const authorizedKeys = path.join(dir, 'authorized_keys');
  writeAuthorizedKeys(authorizedKeys, store);
  const commandFile = path.join(dir, 'command.json');
  const pidFile = path.join(dir, 'sshd.pid');
  fs.writeFileSync(commandFile, JSON.stringify(commandConfig), { mode: 0o600 });

  // Root's sshd wants its privilege separation directory: every pre-authentication child checks
  // it, and without it closes the connection at once, which the client reports as
  // "kex_exchange_identification: read: Connection reset by peer". So it is made when missing and
  // never removed again: other sandboxes' sshd may be running on it (parallel tests), and an
  // empty directory in /run is what openssh-server's own service leaves there too.
  if (process.getuid() === 0) fs.mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });

  const user = os.userInfo().username;
  let child;
  let stderr = '';
  let chosen = port;
  for (let attempt = 0; attempt < 5; attempt++) {
    chosen = port || await freePort(host);
    fs.rmSync(pidFile, { force: true });
    const config = path.join(dir, 'sshd_config');
    fs.writeFileSync(config, [
      `Port ${chosen}`,
      `ListenAddress ${host}`,
      `HostKey ${hostKey}`,
      `PidFile ${pidFile}`,
      `AuthorizedKeysFile ${authorizedKeys}`,
      'AuthenticationMethods publickey',
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      // The folder lives under /tmp, which StrictModes would refuse.
      'StrictModes no',
      'ExposeAuthInfo yes',
      `AllowUsers ${user}`,
      'PermitRootLogin prohibit-password',
      'AllowTcpForwarding no',
      'AllowAgentForwarding no',
      'X11Forwarding no',
      'PermitTunnel no',
      'PrintMotd no',
      'LogLevel VERBOSE',
      ...sshdPenaltyOptions(),
      `ForceCommand ${process.execPath} ${COMMAND} ${commandFile}`,
      '',
    ].join('\n'));
    stderr = '';
    child = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (c) => { stderr = (stderr + c).slice(-20000); });
    let exited = false;
    child.once('exit', () => { exited = true; });
    // A busy machine may take a while to start sshd; give up after 30 s.
    for (let i = 0; i < 600 && !exited && !pidFileSays(pidFile, child.pid); i++) await sleep(50);
    if (!exited) break;
    if (port) break; // a fixed port that fails is the caller's problem
  }
  if (child.exitCode !== null || !pidFileSays(pidFile, child.pid)) {
    child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`sshd did not start:\n${stderr}`);
  }

  const off = events.subscribe('sandbox.sshkeys', () => writeAuthorizedKeys(authorizedKeys, store));
  const fingerprint = execFileSync('ssh-keygen', ['-l', '-f', `${hostKey}.pub`]).toString().split(' ')[1];

  return {
    host,
    port: chosen,
    user,
    dir,
    hostKeyFingerprint: fingerprint,
    hostPublicKey: fs.readFileSync(`${hostKey}.pub`, 'utf8').trim(),
    log: () => stderr,
    refresh: () => writeAuthorizedKeys(authorizedKeys, store),
    async close() {
      off();
      if (child.exitCode === null && child.signalCode === null) {
        const done = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([done, sleep(3000)]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
