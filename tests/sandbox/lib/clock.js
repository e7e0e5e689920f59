// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Timers that can be paused as a whole (POST /control/pause) and cancelled on reset/stop,
// so simulated builds freeze where they are instead of racing the test.
export class Clock {
  constructor() {
    this.paused = false;
    this.timers = new Set();
  }

  sleep(ms) {
    return new Promise((resolve, reject) => {
      const t = { remaining: Math.max(0, ms), resolve, reject, handle: null, startedAt: 0 };
      this.timers.add(t);
      if (!this.paused) this.#arm(t);
    });
  }

  #arm(t) {
    t.startedAt = Date.now();
    t.handle = setTimeout(() => {
      this.timers.delete(t);
      t.resolve();
    }, t.remaining);
  }

  pause() {
    if (this.paused) return;
    this.paused = true;
    for (const t of this.timers) {
      clearTimeout(t.handle);
      t.remaining = Math.max(0, t.remaining - (Date.now() - t.startedAt));
    }
  }

  resume() {
    if (!this.paused) return;
    this.paused = false;
    for (const t of this.timers) this.#arm(t);
  }

  // Rejects every pending sleep: the simulations waiting on them stop.
  cancelAll() {
    for (const t of this.timers) {
      clearTimeout(t.handle);
      t.reject(Object.assign(new Error('clock cancelled'), { code: 'CLOCK_CANCELLED' }));
    }
    this.timers.clear();
  }
}
