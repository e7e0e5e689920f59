// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// In-process pub/sub for the subscriptions (what Redis does for the real API) plus a journal of
// everything that happened, which tests read through GET /control/events.
export class Events {
  constructor() {
    this.listeners = new Map(); // channel -> Set<fn>
    this.journal = [];
    this.seq = 0;
  }

  record(type, data = {}) {
    // `time`: epoch milliseconds with a fraction, for latency measurements against the same
    // machine's clock (`at` has whole milliseconds only).
    const time = performance.timeOrigin + performance.now();
    const entry = { ...data, seq: ++this.seq, at: new Date(time).toISOString(), time, type };
    this.journal.push(entry);
    if (this.journal.length > 5000) this.journal.splice(0, this.journal.length - 5000);
    return entry;
  }

  // Channels as in LAG:services/api/src/clients/pubSub.ts.
  publish(channel, payload) {
    this.record('publish', { channel, payload: JSON.parse(JSON.stringify(payload)) });
    for (const fn of this.listeners.get(channel) ?? []) fn(payload);
  }

  subscribe(channel, fn) {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
    this.listeners.get(channel).add(fn);
    return () => this.listeners.get(channel)?.delete(fn);
  }

  // An async iterator over one channel, as graphql-js subscriptions want it.
  iterator(channel, filter = () => true) {
    const queue = [];
    let wake = null;
    let done = false;
    const off = this.subscribe(channel, (payload) => {
      if (!filter(payload)) return;
      queue.push(payload);
      if (wake) { wake(); wake = null; }
    });
    const finish = () => {
      done = true;
      off();
      if (wake) { wake(); wake = null; }
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      async next() {
        while (!done && queue.length === 0) await new Promise((r) => { wake = r; });
        if (done) return { value: undefined, done: true };
        return { value: queue.shift(), done: false };
      },
      return: finish,
      throw: (err) => { finish(); return Promise.reject(err); },
      [Symbol.asyncIterator]() { return this; },
    };
  }

  since(seq = 0, type = null) {
    return this.journal.filter((e) => e.seq > seq && (!type || e.type === type));
  }

  clear() {
    this.journal = [];
  }
}

export const DEPLOYMENT_CHANNEL = 'api.subscription.deployment';
export const TASK_CHANNEL = 'api.subscription.task';
