// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Loads Lagoon's own local-dev seed (01-populate-api-data-lagoon-demo.gql from
// LAG:local-dev/api-data-watcher-pusher/api-data) by parsing it with graphql-js and replaying
// each mutation field against the store, in document order, like the api-data-watcher-pusher
// does against the real API. Nothing of its data is copied into this repository.
import fs from 'node:fs';
import { Kind, parse, valueFromASTUntyped } from 'graphql';
import { lagoonDate } from '../util.js';

// One applier per seed mutation the sandbox models. Arguments arrive as plain JS values.
const appliers = {
  addKubernetes: (s, { input }) => s.addKubernetes(input),
  addGroup: (s, { input }) => s.addGroup(input),
  addProject: (s, { input }) => s.addProject(input),
  addGroupsToProject: (s, { input }) => {
    const project = s.projectByName(input.project.name) ?? s.projects.get(input.project.id);
    for (const g of input.groups) s.addGroup(g).projects.add(project.id);
    return project;
  },
  addOrUpdateEnvironment: (s, { input }) => s.addOrUpdateEnvironment(input),
  updateEnvironment: (s, { input }) => s.updateEnvironment(input.id, input.patch),
  addDeployment: (s, { input }) => s.addDeployment({ ...input, sourceType: input.sourceType ?? 'API' }),
  addTask: (s, { input }) => s.addTask(input),
  updateTask: (s, { input }) => {
    const t = s.tasks.get(input.id);
    if (t) Object.assign(t, input.patch);
    return t;
  },
  addAdvancedTaskDefinition: (s, { input }) => s.addAdvancedTask(input),
  // The seed invokes definition 1 once (it becomes task 126 and gets its remoteId by updateTask).
  invokeRegisteredTask: (s, { advancedTaskDefinition, environment }) => {
    const def = s.advancedTasks.get(advancedTaskDefinition);
    return s.addTask({
      name: def.name,
      environment,
      service: def.service,
      command: def.command,
      status: 'NEW',
      created: lagoonDate(),
      deployTokenInjection: def.deployTokenInjection,
      projectKeyInjection: def.projectKeyInjection,
      adminOnlyView: def.adminOnlyView,
      sourceType: 'API',
    });
  },
  addOrUpdateEnvironmentService: (s, { input }) => {
    const list = s.services.get(input.environment) ?? [];
    list.push({ name: input.name, type: input.type, containers: input.containers ?? [] });
    s.services.set(input.environment, list);
  },
  addUser: (s, { input }) => s.addUser(input),
  addPlatformRoleToUser: (s, { user, role }) => {
    const u = s.findUser(user);
    if (u && !u.platformRoles.includes(role)) u.platformRoles.push(role);
    return u;
  },
  addUserToGroup: (s, { input }) => {
    const u = s.findUser(input.user);
    s.addGroup(input.group).members.set(u.id, input.role);
  },
  addUserSSHPublicKey: (s, { input }) => {
    const u = s.findUser(input.user);
    return s.addSshKey({ id: input.id, name: input.name, publicKey: input.publicKey, userId: u.id });
  },
};

export function applySeedDocument(store, text) {
  const doc = parse(text);
  const applied = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION || def.operation !== 'mutation') continue;
    for (const sel of def.selectionSet.selections) {
      if (sel.kind !== Kind.FIELD) continue;
      const name = sel.name.value;
      const args = Object.fromEntries(sel.arguments.map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      const apply = appliers[name];
      if (apply) {
        apply(store, args);
        applied.push(name);
      } else {
        store.ignored.push(name);
      }
    }
  }
  return { applied: applied.length, ignored: [...new Set(store.ignored)] };
}

// Things Lagoon's seed leaves to other services (Keycloak passwords, the git remote) that the
// sandbox needs so a test can log in and deploy.
export function applySandboxExtras(store) {
  for (const p of store.projects.values()) {
    for (const e of store.environmentsOfProject(p.id)) {
      if (e.deployType === 'branch' && e.deployBaseRef) p.gitBranches.add(e.deployBaseRef);
    }
    p.gitBranches.add('feature/new-thing');
  }
}

export function loadSeed(store, seedPath) {
  if (!fs.existsSync(seedPath)) {
    throw new Error(`Lagoon seed not found at ${seedPath} (it lives in ../shared/lagoon-research/api-seed; pass --seed PATH)`);
  }
  const result = applySeedDocument(store, fs.readFileSync(seedPath, 'utf8'));
  applySandboxExtras(store);
  return result;
}
