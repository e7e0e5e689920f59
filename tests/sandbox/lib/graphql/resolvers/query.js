// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Query resolvers. Lookups that find nothing return null like the real API; lookups of things
// the caller may not see throw Lagoon's permission error.
import { NOT_DELETED } from '../../state/store.js';
import { can, demand, isPlatformOwner, isPlatformViewer, visibleProjects } from '../../state/permissions.js';

const envTypeScope = (e) => (e.environmentType === 'production' ? 'production' : 'development');

export function visibleEnvironment(ctx, env) {
  if (!env) return null;
  demand(ctx.store, ctx.auth, 'environment', 'view', env.project);
  return env;
}

export function visibleAdvancedTasks(ctx, env) {
  return [...ctx.store.advancedTasks.values()].filter((a) =>
    (a.systemWide || a.project === env.project || a.environment === env.id)
    && (!a.adminOnlyView || isPlatformOwner(ctx.auth)));
}

export const Query = {
  me: (_, __, ctx) => ctx.auth.user ?? null,
  lagoonVersion: (_, __, ctx) => ctx.config.lagoonVersion,
  userBySshKey: (_, { sshKey }, ctx) => {
    if (!isPlatformOwner(ctx.auth)) throw new Error('Unauthorized: You don\'t have permission to "viewAll" on "user"');
    return ctx.store.userBySshKey(sshKey)?.user ?? null;
  },
  allProjects: (_, { createdAfter, gitUrl, order }, ctx) => {
    let list = visibleProjects(ctx.store, ctx.auth);
    if (createdAfter) list = list.filter((p) => p.created >= createdAfter);
    if (gitUrl) list = list.filter((p) => p.gitUrl === gitUrl);
    if (order === 'NAME') list.sort((a, b) => a.name.localeCompare(b.name));
    if (order === 'CREATED') list.sort((a, b) => a.created.localeCompare(b.created));
    return list;
  },
  projectByName: (_, { name }, ctx) => {
    const p = ctx.store.projectByName(name);
    if (!p) return null;
    demand(ctx.store, ctx.auth, 'project', 'view', p.id);
    return p;
  },
  allEnvironments: (_, { type, createdAfter, order }, ctx) => {
    if (!isPlatformViewer(ctx.auth)) throw new Error('Unauthorized: You don\'t have permission to "viewAll" on "environment"');
    let list = [...ctx.store.environments.values()].filter((e) => e.deleted === NOT_DELETED);
    if (type) list = list.filter((e) => e.environmentType === type.toLowerCase());
    if (createdAfter) list = list.filter((e) => e.created >= createdAfter);
    if (order === 'NAME') list.sort((a, b) => a.name.localeCompare(b.name));
    if (order === 'UPDATED') list.sort((a, b) => b.updated.localeCompare(a.updated));
    return list;
  },
  environmentByName: (_, { name, project, includeDeleted }, ctx) => {
    if (!ctx.store.projects.get(project)) throw new Error('Unauthorized');
    return visibleEnvironment(ctx, ctx.store.environmentByName(name, project, includeDeleted));
  },
  environmentById: (_, { id }, ctx) => visibleEnvironment(ctx, ctx.store.environments.get(id) ?? null),
  environmentByKubernetesNamespaceName: (_, { kubernetesNamespaceName }, ctx) =>
    visibleEnvironment(ctx, ctx.store.environmentByNamespace(kubernetesNamespaceName)),
  environmentByOpenshiftProjectName: (_, { openshiftProjectName }, ctx) =>
    visibleEnvironment(ctx, ctx.store.environmentByNamespace(openshiftProjectName)),
  userCanSshToEnvironment: (_, { openshiftProjectName, kubernetesNamespaceName }, ctx) => {
    const env = ctx.store.environmentByNamespace(kubernetesNamespaceName ?? openshiftProjectName);
    if (!env) return null;
    demand(ctx.store, ctx.auth, 'environment', `ssh:${envTypeScope(env)}`, env.project);
    return env;
  },
  deploymentByName: (_, { input = {} }, ctx) => {
    const p = ctx.store.projectByName(input.project);
    if (!p) throw new Error('Unauthorized');
    const e = ctx.store.environmentByName(input.environment, p.id);
    if (!e) throw new Error('Unauthorized');
    demand(ctx.store, ctx.auth, 'deployment', 'view', p.id);
    return ctx.store.deploymentByName(input.name, e.id);
  },
  deploymentByRemoteId: (_, { id }, ctx) => {
    const d = [...ctx.store.deployments.values()].find((x) => x.remoteId === id);
    if (!d) return null;
    demand(ctx.store, ctx.auth, 'deployment', 'view', ctx.store.environments.get(d.environment).project);
    return d;
  },
  deploymentsByBulkId: (_, { bulkId }, ctx) => [...ctx.store.deployments.values()].filter((d) =>
    d.bulkId === bulkId && can(ctx.store, ctx.auth, 'deployment', 'view', ctx.store.environments.get(d.environment).project)),
  deploymentsByFilter: (_, args, ctx) => {
    const statuses = args.deploymentStatus?.map((s) => s.toLowerCase());
    let list = [...ctx.store.deployments.values()].filter((d) => {
      const env = ctx.store.environments.get(d.environment);
      if (!env || (!args.includeDeleted && env.deleted !== NOT_DELETED)) return false;
      if (!can(ctx.store, ctx.auth, 'deployment', 'view', env.project)) return false;
      if (statuses && !statuses.includes(d.status)) return false;
      if (args.environmentType && env.environmentType !== args.environmentType.toLowerCase()) return false;
      if (args.openshifts && !args.openshifts.includes(env.openshift)) return false;
      if (args.startDate && d.created < args.startDate) return false;
      if (args.endDate && d.created > args.endDate) return false;
      return true;
    });
    list.sort((a, b) => b.created.localeCompare(a.created) || b.id - a.id);
    if (args.limitPerEnvironment) {
      const seen = new Map();
      list = list.filter((d) => { const n = (seen.get(d.environment) ?? 0) + 1; seen.set(d.environment, n); return n <= args.limitPerEnvironment; });
    }
    return args.limit ? list.slice(0, args.limit) : list;
  },
  taskById: (_, { id }, ctx) => visibleTask(ctx, ctx.store.tasks.get(id)),
  taskByRemoteId: (_, { id }, ctx) => visibleTask(ctx, [...ctx.store.tasks.values()].find((t) => t.remoteId === id)),
  taskByTaskName: (_, { taskName }, ctx) => visibleTask(ctx, [...ctx.store.tasks.values()].find((t) => t.taskName === taskName)),
  advancedTasksForEnvironment: (_, { environment }, ctx) => {
    const env = visibleEnvironment(ctx, ctx.store.environments.get(environment));
    if (!env) throw new Error('Unauthorized');
    return visibleAdvancedTasks(ctx, env);
  },
  getEnvVariablesByProjectEnvironmentName: (_, { input }, ctx) => {
    const p = ctx.store.projectByName(input.project);
    if (!p) throw new Error('Unauthorized');
    if (!input.environment) {
      demand(ctx.store, ctx.auth, 'env_var', 'project:viewValue', p.id);
      return ctx.store.envVariablesOf({ project: p.id });
    }
    const e = ctx.store.environmentByName(input.environment, p.id);
    if (!e) throw new Error('Unauthorized');
    demand(ctx.store, ctx.auth, 'env_var', `environment:viewValue:${envTypeScope(e)}`, p.id);
    return ctx.store.envVariablesOf({ environment: e.id });
  },
};

function visibleTask(ctx, t) {
  if (!t) return null;
  const env = ctx.store.environments.get(t.environment);
  demand(ctx.store, ctx.auth, 'task', 'view', env.project);
  if (t.adminOnlyView && !isPlatformOwner(ctx.auth)) return null;
  return t;
}

export { envTypeScope };
