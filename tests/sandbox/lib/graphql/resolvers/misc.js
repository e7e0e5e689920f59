// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Environment variables, tasks and SSH keys (LAG:services/api/src/resources/env-variables,
// task and user resolvers; messages as the real ones where lagoon-api.md quotes them).
import { demand, hasRole, isPlatformOwner } from '../../state/permissions.js';
import { envTypeScope } from './query.js';

const KEY_TYPES = ['ssh-rsa', 'ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521',
  'sk-ecdsa-sha2-nistp256@openssh.com', 'sk-ssh-ed25519@openssh.com'];

function envVarTarget(ctx, input, action) {
  if (!input.project) {
    if (input.organization) throw new Error('sandbox: organization variables are not modelled');
    throw new Error('Unauthorized');
  }
  const project = ctx.store.projectByName(input.project);
  if (!project) throw new Error('Unauthorized');
  if (!input.environment) {
    demand(ctx.store, ctx.auth, 'env_var', `project:${action}`, project.id);
    return { project: project.id };
  }
  const env = ctx.store.environmentByName(input.environment, project.id);
  if (!env) throw new Error('Unauthorized');
  demand(ctx.store, ctx.auth, 'env_var', `environment:${action}:${envTypeScope(env)}`, project.id);
  return { environment: env.id };
}

export const miscMutations = {
  addOrUpdateEnvVariableByName: (_, { input }, ctx) => {
    if (!input.name?.trim()) throw new Error('A variable name must be provided.');
    const scope = (input.scope ?? 'GLOBAL').toLowerCase();
    if (scope === 'internal_container_registry') {
      throw new Error('Variable scope "internal_container_registry" is deprecated & can no longer be set.');
    }
    const target = envVarTarget(ctx, input, 'add');
    const v = ctx.store.setEnvVariable({ ...target, name: input.name.trim(), value: input.value, scope });
    ctx.events.record('envvar.set', { name: v.name, scope: v.scope, ...target });
    return v;
  },

  deleteEnvVariableByName: (_, { input }, ctx) => {
    const target = envVarTarget(ctx, input, 'add');
    ctx.store.deleteEnvVariable({ ...target, name: input.name });
    ctx.events.record('envvar.delete', { name: input.name, ...target });
    return 'success';
  },

  invokeRegisteredTask: (_, { advancedTaskDefinition, environment, argumentValues }, ctx) => {
    const def = ctx.store.advancedTasks.get(advancedTaskDefinition);
    const env = ctx.store.environments.get(environment);
    if (!def || !env) throw new Error('Unauthorized');
    const minimum = def.permission === 'GUEST' ? 'GUEST' : def.permission;
    if (!hasRole(ctx.store, ctx.auth, env.project, minimum) || (def.adminOnlyView && !isPlatformOwner(ctx.auth))) {
      throw new Error(`Unauthorized: You don't have permission to "invoke:${def.permission.toLowerCase()}" on "advanced_task": ${JSON.stringify({ project: env.project })}`);
    }
    const values = argumentValues ?? [];
    for (const arg of def.arguments) {
      const given = values.find((v) => v.advancedTaskDefinitionArgumentName === arg.name);
      if (!given && !arg.optional && arg.defaultValue == null) throw new Error(`Required argument ${arg.name} not provided`);
    }
    for (const v of values) {
      if (!def.arguments.some((a) => a.name === v.advancedTaskDefinitionArgumentName)) {
        throw new Error(`Unknown argument ${v.advancedTaskDefinitionArgumentName}`);
      }
    }
    const task = ctx.store.addTask({
      name: def.name, environment: env.id, service: def.service, command: def.command ?? def.image,
      deployTokenInjection: def.deployTokenInjection, projectKeyInjection: def.projectKeyInjection,
      adminOnlyView: def.adminOnlyView, sourceUser: ctx.auth.user?.email ?? ctx.auth.legacySubject ?? null,
    });
    ctx.tasks.start(task, values);
    return task;
  },

  cancelTask: (_, { input }, ctx) => {
    const { id, taskName } = input.task;
    const t = id != null ? ctx.store.tasks.get(id) : [...ctx.store.tasks.values()].find((x) => x.taskName === taskName);
    if (!t) throw new Error('Unauthorized');
    demand(ctx.store, ctx.auth, 'deployment', 'cancel', ctx.store.environments.get(t.environment).project);
    ctx.tasks.cancel(t);
    return 'success';
  },

  addUserSSHPublicKey: (_, { input }, ctx) => {
    const user = ctx.store.findUser(input.user);
    if (!user) throw new Error('User not found');
    if (!isPlatformOwner(ctx.auth) && ctx.auth.user?.id !== user.id) throw new Error('Unauthorized');
    const type = input.publicKey.trim().split(/\s+/)[0];
    if (!KEY_TYPES.includes(type)) throw new Error('Invalid SSH key format! Please verify keyType + keyValue');
    const key = ctx.store.addSshKey({ id: input.id, name: input.name, publicKey: input.publicKey, userId: user.id });
    ctx.events.publish('sandbox.sshkeys', { added: key.id });
    return key;
  },

  deleteUserSSHPublicKey: (_, { input }, ctx) => {
    const key = ctx.store.sshKeys.get(input.id);
    if (!key) throw new Error('Unauthorized');
    if (!isPlatformOwner(ctx.auth) && ctx.auth.user?.id !== key.userId) throw new Error('Unauthorized');
    ctx.store.sshKeys.delete(key.id);
    ctx.events.publish('sandbox.sshkeys', { deleted: key.id });
    return 'success';
  },
};
