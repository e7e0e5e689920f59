// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Runs invoked tasks the way the remote-controller reports them: new -> pending -> running ->
// complete (or failed when scripted), publishing taskChanged on each change. The log imitates
// the seeded task logs (shared/lagoon-research/buildlogs/12x-*.txt).
import crypto from 'node:crypto';
import { lagoonDate } from '../util.js';
import { TASK_CHANNEL } from '../events.js';

export class TaskSimulator {
  constructor({ events, clock, speed = 1 }) {
    this.events = events;
    this.clock = clock;
    this.speed = speed;
    this.scripts = []; // { outcome: 'complete' | 'failed', lines: [...] }
    this.running = new Map(); // task id -> AbortController
  }

  update(t, patch) {
    Object.assign(t, patch);
    this.events.publish(TASK_CHANNEL, { ...t });
  }

  start(t, argumentValues = []) {
    const script = this.scripts.shift() ?? { outcome: 'complete' };
    const abort = new AbortController();
    this.running.set(t.id, abort);
    this.events.record('task.start', { task: t.id, name: t.name, script });
    this.events.publish(TASK_CHANNEL, { ...t });
    const wait = (ms) => new Promise((resolve, reject) => {
      if (abort.signal.aborted) return reject(abort.signal.reason);
      abort.signal.addEventListener('abort', () => reject(abort.signal.reason), { once: true });
      this.clock.sleep(ms * this.speed).then(resolve, reject);
    });
    (async () => {
      await wait(200);
      this.update(t, { status: 'pending', remoteId: crypto.randomUUID() });
      await wait(200);
      const args = argumentValues.map((a) => `${a.advancedTaskDefinitionArgumentName}=${a.value}`);
      this.update(t, { status: 'running', started: lagoonDate(), log: `LAGOON_USER: ${t.sourceUser ?? 'unknown'}\n${args.join('\n')}`.trim() });
      await wait(400);
      const ok = script.outcome !== 'failed';
      const lines = script.lines ?? [`${t.command ?? t.name}: ${ok ? 'success' : 'failed!'}`];
      this.update(t, { status: ok ? 'complete' : 'failed', completed: lagoonDate(), log: `${t.log}\n${lines.join('\n')}` });
    })().catch(() => {}).finally(() => this.running.delete(t.id));
  }

  cancel(t) {
    if (['complete', 'failed', 'cancelled', 'error', 'succeeded'].includes(t.status)) return false;
    this.running.get(t.id)?.abort(new Error('cancelled'));
    this.update(t, { status: 'cancelled', completed: lagoonDate() });
    return true;
  }

  stopAll() {
    for (const a of this.running.values()) a.abort(new Error('stopped'));
    this.running.clear();
    this.scripts = [];
  }
}
