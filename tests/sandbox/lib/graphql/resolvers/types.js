// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Field resolvers of the object types. Subscription payloads are snapshots of a deployment or
// task, so these read only the object they are given plus the store.
import fs from 'node:fs';
import path from 'node:path';
import { NOT_DELETED } from '../../state/store.js';
import { can, isPlatformOwner } from '../../state/permissions.js';
import { envTypeScope, visibleAdvancedTasks } from './query.js';

// Seeded deployments/tasks keep their logs in files named like Lagoon's S3 keys
// (<build>-<remoteId>.txt, <taskId>-<remoteId>.txt); on a miss the API returns this text
// (LAG deployment/resolvers.ts getBuildLog).
function readLogFile(ctx, file) {
  try {
    return fs.readFileSync(path.join(ctx.config.logsDir, file), 'utf8');
  } catch {
    return 'There was an error loading the logs: The specified key does not exist.\nIf this error persists, contact your Lagoon support team.';
  }
}

export const types = {
  Project: {
    kubernetes: (p, _, ctx) => ctx.store.kubernetes.get(p.openshift) ?? null,
    environments: (p, { type, includeDeleted }, ctx) => ctx.store.environmentsOfProject(p.id, includeDeleted)
      .filter((e) => !type || e.environmentType === type.toLowerCase()),
    envVariables: (p, _, ctx) => (can(ctx.store, ctx.auth, 'env_var', 'project:viewValue', p.id) ? ctx.store.envVariablesOf({ project: p.id }) : []),
  },
  Environment: {
    project: (e, _, ctx) => ctx.store.projects.get(e.project),
    kubernetes: (e, _, ctx) => ctx.store.kubernetes.get(e.openshift) ?? null,
    deployments: (e, { name, limit }, ctx) => {
      let list = ctx.store.deploymentsOfEnvironment(e.id);
      if (name) list = list.filter((d) => d.name === name);
      return limit ? list.slice(0, limit) : list;
    },
    tasks: (e, { id, taskName, limit }, ctx) => {
      let list = [...ctx.store.tasks.values()].filter((t) => t.environment === e.id
        && (id == null || t.id === id) && (!taskName || t.taskName === taskName)
        && (!t.adminOnlyView || isPlatformOwner(ctx.auth)));
      list.sort((a, b) => b.created.localeCompare(a.created) || b.id - a.id);
      return limit ? list.slice(0, limit) : list;
    },
    advancedTasks: (e, _, ctx) => visibleAdvancedTasks(ctx, e),
    services: (e, _, ctx) => (ctx.store.services.get(e.id) ?? []).map((s, i) => ({ id: i + 1, ...s })),
    envVariables: (e, _, ctx) => (can(ctx.store, ctx.auth, 'env_var', `environment:viewValue:${envTypeScope(e)}`, e.project)
      ? ctx.store.envVariablesOf({ environment: e.id }) : []),
    deleted: (e) => e.deleted ?? NOT_DELETED,
  },
  Deployment: {
    environment: (d, _, ctx) => ctx.store.environments.get(d.environment),
    buildLog: (d, _, ctx) => {
      if (!d.remoteId) return null;
      if (d.log != null) return d.log;
      return readLogFile(ctx, `${d.name}-${d.remoteId}.txt`);
    },
    uiLink: (d, _, ctx) => {
      const env = ctx.store.environments.get(d.environment);
      const project = ctx.store.projects.get(env.project);
      return `${ctx.config.uiUrl}/projects/${project.name}/${env.kubernetesNamespaceName}/deployments/${d.name}`;
    },
  },
  Task: {
    environment: (t, _, ctx) => ctx.store.environments.get(t.environment),
    logs: (t, _, ctx) => {
      if (t.log != null) return t.log;
      if (!t.remoteId) return null;
      return readLogFile(ctx, `${t.id}-${t.remoteId}.txt`);
    },
    files: () => [],
  },
  User: {
    sshKeys: (u, _, ctx) => [...ctx.store.sshKeys.values()].filter((k) => k.userId === u.id),
    lastAccessed: () => null,
  },
  AdvancedTaskDefinitionCommand: { advancedTaskDefinitionArguments: (a) => a.arguments },
  AdvancedTaskDefinitionImage: { advancedTaskDefinitionArguments: (a) => a.arguments },
  AdvancedTaskDefinition: { __resolveType: (a) => (a.type === 'IMAGE' ? 'AdvancedTaskDefinitionImage' : 'AdvancedTaskDefinitionCommand') },
};
