// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Plays the part of Lagoon's remote-controller and build pod: moves a deployment through
// new -> pending -> (queued) -> running -> complete|failed|cancelled|error, sets buildStep to the
// step ids of the real build script, grows the build log with its banners and publishes every
// change on the deployment channel (the real API publishes on each updateDeployment).
import crypto from 'node:crypto';
import { lagoonDate } from '../util.js';
import { DEPLOYMENT_CHANNEL } from '../events.js';
import { STEPS, WARNINGS_STEP, findStep } from './steps.js';
import * as log from './log.js';

const FINAL = new Set(['complete', 'failed', 'cancelled', 'error']);
const OUTCOMES = new Set(['complete', 'failed', 'warnings', 'cancelled', 'error']);

export class BuildSimulator {
  constructor({ store, events, clock, speed = 1 }) {
    this.store = store;
    this.events = events;
    this.clock = clock;
    this.speed = speed;
    this.scripts = []; // scripted outcomes for the next builds, first match wins
    this.runs = new Map(); // deployment id -> run state
    this.envQueues = new Map(); // environment id -> [run]
  }

  static validateScript(script) {
    const s = { outcome: 'complete', ...script };
    if (!OUTCOMES.has(s.outcome)) throw new Error(`unknown outcome "${s.outcome}" (one of ${[...OUTCOMES].join(', ')})`);
    for (const key of ['failAt', 'cancelAt', 'holdAt']) {
      if (s[key] != null && findStep(s[key]) < 0) throw new Error(`unknown build step "${s[key]}" in ${key}`);
    }
    for (const name of Object.keys(s.stepDelays ?? {})) {
      if (!['new', 'pending', 'queued'].includes(name) && findStep(name) < 0) throw new Error(`unknown build step "${name}" in stepDelays`);
    }
    return s;
  }

  addScript(script) {
    const s = BuildSimulator.validateScript(script);
    const count = s.count ?? 1;
    for (let i = 0; i < count; i++) this.scripts.push(s);
    return s;
  }

  #takeScript(project, environment) {
    const i = this.scripts.findIndex((s) => (!s.project || s.project === project.name) && (!s.environment || s.environment === environment.name));
    return i < 0 ? { outcome: 'complete' } : this.scripts.splice(i, 1)[0];
  }

  #delay(run, key, nominal) {
    const explicit = run.script.stepDelays?.[key];
    if (explicit != null) return explicit;
    return nominal * (run.script.speed ?? this.speed);
  }

  // Saves and publishes a deployment change (LAG updateDeployment -> pubSub publish).
  update(d, patch) {
    const changed = Object.keys(patch).some((k) => d[k] !== patch[k]);
    Object.assign(d, patch);
    // The controller reports pod changes; a step whose running and done ids are equal
    // (initialSetup) changes nothing the API would publish.
    if (changed) this.events.publish(DEPLOYMENT_CHANNEL, { ...d });
  }

  #append(run, lines) {
    const text = lines.map((l) => l.replaceAll('{namespace}', run.namespace).replaceAll('{started}', run.startedText ?? '')).join('\n');
    run.d.log = run.d.log ? `${run.d.log}\n${text}` : text;
  }

  // Starts simulating a freshly created deployment (status "new").
  start(d) {
    const env = this.store.environments.get(d.environment);
    const project = this.store.projects.get(env.project);
    const run = {
      d, env, project,
      namespace: env.kubernetesNamespaceName,
      script: this.#takeScript(project, env),
      abort: new AbortController(),
      release: null,
    };
    this.runs.set(d.id, run);
    this.events.record('build.start', { deployment: d.name, environment: env.name, project: project.name, script: run.script });
    this.events.publish(DEPLOYMENT_CHANNEL, { ...d });
    this.#play(run).catch((err) => {
      if (err?.code !== 'CLOCK_CANCELLED' && err?.name !== 'AbortError') this.events.record('build.error', { deployment: d.name, error: String(err) });
    }).finally(() => {
      this.runs.delete(d.id);
      // Only a build that ran frees the environment for the next queued one.
      if (run.ran) this.#startNextQueued(env.id);
    });
    return run;
  }

  #wait(run, ms) {
    const { signal } = run.abort;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.clock.sleep(ms).then(() => { signal.removeEventListener('abort', onAbort); resolve(); }, reject);
    });
  }

  #hold(run) {
    if (run.released) return Promise.resolve();
    const { signal } = run.abort;
    return new Promise((resolve, reject) => {
      run.release = () => { run.release = null; resolve(); };
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      this.events.record('build.hold', { deployment: run.d.name, buildStep: run.d.buildStep });
    });
  }

  release(name) {
    // A release that comes before the build reaches its hold lets it pass the hold.
    for (const run of this.runs.values()) {
      if (run.d.name !== name) continue;
      run.released = true;
      run.release?.();
      return true;
    }
    return false;
  }

  #busy(envId, self) {
    for (const r of this.runs.values()) if (r !== self && r.env.id === envId && r.d.status === 'running') return true;
    return false;
  }

  #startNextQueued(envId) {
    const q = this.envQueues.get(envId) ?? [];
    while (q.length) {
      const next = q.shift();
      if (!next.run.abort.signal.aborted) { next.resolve(); return; }
    }
  }

  async #play(run) {
    const { d, script } = run;
    await this.#wait(run, this.#delay(run, 'new', 300));
    this.update(d, { status: 'pending', remoteId: crypto.randomUUID() });
    await this.#wait(run, this.#delay(run, 'pending', 300));
    if (this.#busy(run.env.id, run)) {
      // remote-controller runs one build per namespace and queues the others (status "queued").
      this.update(d, { status: 'queued' });
      await new Promise((resolve, reject) => {
        const q = this.envQueues.get(run.env.id) ?? [];
        q.push({ run, resolve });
        this.envQueues.set(run.env.id, q);
        run.abort.signal.addEventListener('abort', () => reject(run.abort.signal.reason), { once: true });
      });
      await this.#wait(run, this.#delay(run, 'queued', 100));
    }

    const buildStart = new Date();
    run.startedText = lagoonDate(buildStart);
    const cluster = this.store.kubernetes.get(run.env.openshift)?.name ?? 'sandbox-cluster';
    d.log = null;
    this.#append(run, log.header(d.name, cluster));
    run.ran = true;
    this.update(d, { status: 'running', started: lagoonDate(buildStart) });

    const failAt = script.outcome === 'failed' || script.outcome === 'error' ? findStep(script.failAt ?? 'buildingImages') : -1;
    const cancelAt = script.outcome === 'cancelled' ? findStep(script.cancelAt ?? 'pushingImages') : -1;
    const holdAt = findStep(script.holdAt);
    const warningSteps = script.outcome === 'warnings' ? new Set((script.warnAt ? [].concat(script.warnAt) : ['cleanupRoutes']).map(findStep)) : new Set();
    let warnings = 0;

    for (let i = 0; i < STEPS.length; i++) {
      const step = STEPS[i];
      const stepStart = new Date();
      this.#append(run, log.begin(step.title));
      this.update(d, { buildStep: step.id });
      if (i === holdAt) await this.#hold(run);
      const total = this.#delay(run, step.id, step.ms);
      await this.#wait(run, total / 2);

      if (i === failAt) {
        // Like lagoon-build-def456: the step begins, prints its error, and no STEP banner follows.
        const errorDone = step.errorDone ?? step.id;
        this.#append(run, script.errorLines ?? [`Error: ${step.title} failed (sandbox scripted failure)`, 'exit status 1']);
        this.update(d, { status: script.outcome === 'error' ? 'error' : 'failed', buildStep: errorDone, completed: lagoonDate() });
        return;
      }
      if (i === cancelAt) {
        this.#append(run, log.cancelled('Build cancelled'));
        this.update(d, { status: 'cancelled', buildStep: 'cancelled', completed: lagoonDate() });
        return;
      }
      const warn = warningSteps.has(i);
      this.#append(run, warn && step.warnLines ? step.warnLines : step.lines);
      await this.#wait(run, total / 2);
      if (warn) warnings++;
      this.#append(run, log.step(step.title, { at: new Date(), stepStart, buildStart, warnings: warn }));
      this.update(d, { buildStep: warn ? (step.warnDone ?? step.done) : step.done });
    }

    if (warnings > 0) {
      const at = new Date();
      this.#append(run, log.begin(WARNINGS_STEP.title));
      this.#append(run, [`This build completed with ${warnings} warnings, you should scan the build for warnings and correct them as necessary`]);
      this.#append(run, log.step(WARNINGS_STEP.title, { at, stepStart: at, buildStart, warnings: true }));
      this.update(d, { buildStep: WARNINGS_STEP.id });
    }
    this.update(d, { status: 'complete', completed: lagoonDate() });
  }

  // cancelDeployment: Lagoon sends "build:cancel" to the controller, which stops the pod.
  cancel(d) {
    if (FINAL.has(d.status)) return false;
    const run = this.runs.get(d.id);
    if (run) run.abort.abort(Object.assign(new Error('cancelled'), { name: 'AbortError' }));
    if (d.log) d.log += `\n${log.cancelled('Build cancelled').join('\n')}`;
    this.update(d, { status: 'cancelled', buildStep: 'cancelled', completed: lagoonDate() });
    this.events.record('build.cancel', { deployment: d.name });
    return true;
  }

  stopAll() {
    for (const run of this.runs.values()) run.abort.abort(Object.assign(new Error('stopped'), { name: 'AbortError' }));
    for (const q of this.envQueues.values()) q.splice(0);
    this.runs.clear();
    this.envQueues.clear();
    this.scripts = [];
  }
}
