// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The sandbox's "database": plain objects in maps, one per Lagoon table the app talks to.
// Values are kept the way Lagoon's MariaDB keeps them (lower-case status/type strings,
// "YYYY-MM-DD HH:MM:SS" dates) so resolvers can return them unchanged.
import crypto from 'node:crypto';
import { lagoonDate, namespaceName, stableUuid } from '../util.js';

export const NOT_DELETED = '0000-00-00 00:00:00';

export class Store {
  constructor() {
    this.clear();
  }

  clear() {
    this.kubernetes = new Map();
    this.groups = new Map(); // name -> { name, projects:Set<id>, members: Map<userId, role> }
    this.projects = new Map();
    this.environments = new Map();
    this.deployments = new Map();
    this.tasks = new Map();
    this.advancedTasks = new Map();
    this.envVariables = new Map();
    this.users = new Map(); // id -> user
    this.sshKeys = new Map();
    this.services = new Map(); // environment id -> [{name, type, containers}]
    this.ignored = []; // seed mutations the sandbox does not model (backups, facts, ...)
  }

  static nextId(map) {
    let max = 0;
    for (const id of map.keys()) if (typeof id === 'number' && id > max) max = id;
    return max + 1;
  }

  // --- kubernetes / groups -------------------------------------------------------------------
  addKubernetes({ id, name, consoleUrl, routerPattern }) {
    const k = { id: id ?? Store.nextId(this.kubernetes), name, consoleUrl, routerPattern };
    this.kubernetes.set(k.id, k);
    return k;
  }

  addGroup({ name }) {
    if (!this.groups.has(name)) {
      this.groups.set(name, { id: stableUuid(`group:${name}`), name, projects: new Set(), members: new Map() });
    }
    return this.groups.get(name);
  }

  // --- projects ------------------------------------------------------------------------------
  addProject(input) {
    const id = input.id ?? Store.nextId(this.projects);
    const p = {
      id,
      name: input.name,
      gitUrl: input.gitUrl ?? null,
      availability: input.availability ?? 'STANDARD',
      openshift: input.openshift ?? input.kubernetes ?? null,
      productionEnvironment: input.productionEnvironment ?? null,
      standbyProductionEnvironment: input.standbyProductionEnvironment ?? null,
      productionRoutes: null,
      standbyRoutes: null,
      // Lagoon's default for new projects: every branch and pull request is deployable.
      branches: input.branches ?? 'true',
      pullrequests: input.pullrequests ?? 'true',
      developmentEnvironmentsLimit: input.developmentEnvironmentsLimit ?? 5,
      deploymentsDisabled: input.deploymentsDisabled ?? 0,
      problemsUi: input.problemsUi ?? 0,
      factsUi: input.factsUi ?? 0,
      created: lagoonDate(),
      // Sandbox only: the branches the project's fake git remote has (see deploy resolvers).
      gitBranches: new Set(input.gitBranches ?? []),
    };
    if (p.productionEnvironment) p.gitBranches.add(p.productionEnvironment);
    this.projects.set(id, p);
    return p;
  }

  projectByName(name) {
    for (const p of this.projects.values()) if (p.name === name) return p;
    return null;
  }

  // --- environments --------------------------------------------------------------------------
  addOrUpdateEnvironment(input) {
    const project = this.projects.get(input.project);
    if (!project) throw new Error('Unauthorized');
    let env = input.id != null ? this.environments.get(input.id) : this.environmentByName(input.name, project.id);
    const now = lagoonDate();
    if (!env) {
      env = {
        id: input.id ?? Store.nextId(this.environments),
        name: input.name,
        project: project.id,
        created: now,
        deleted: NOT_DELETED,
        route: null,
        routes: null,
        autoIdle: 1,
      };
      this.environments.set(env.id, env);
    }
    const ns = input.kubernetesNamespaceName ?? input.openshiftProjectName ?? env.kubernetesNamespaceName
      ?? namespaceName(project.name, env.name);
    Object.assign(env, {
      deployType: (input.deployType ?? 'BRANCH').toLowerCase(),
      deployBaseRef: input.deployBaseRef ?? env.deployBaseRef ?? null,
      deployHeadRef: input.deployHeadRef ?? env.deployHeadRef ?? null,
      deployTitle: input.deployTitle ?? env.deployTitle ?? null,
      environmentType: (input.environmentType ?? 'DEVELOPMENT').toLowerCase(),
      openshiftProjectName: ns,
      kubernetesNamespaceName: ns,
      openshift: input.openshift ?? input.kubernetes ?? project.openshift,
      updated: now,
    });
    if (env.deployType === 'branch' && env.deployBaseRef) project.gitBranches.add(env.deployBaseRef);
    return env;
  }

  updateEnvironment(id, patch) {
    const env = this.environments.get(id);
    if (!env) throw new Error('Unauthorized');
    Object.assign(env, patch, { updated: lagoonDate() });
    return env;
  }

  environmentByName(name, projectId, includeDeleted = false) {
    for (const e of this.environments.values()) {
      if (e.name === name && e.project === projectId && (includeDeleted || e.deleted === NOT_DELETED)) return e;
    }
    return null;
  }

  environmentByNamespace(ns) {
    for (const e of this.environments.values()) {
      if (e.kubernetesNamespaceName === ns && e.deleted === NOT_DELETED) return e;
    }
    return null;
  }

  environmentsOfProject(projectId, includeDeleted = false) {
    return [...this.environments.values()].filter(
      (e) => e.project === projectId && (includeDeleted || e.deleted === NOT_DELETED),
    );
  }

  // --- deployments ---------------------------------------------------------------------------
  addDeployment(input) {
    const d = {
      id: input.id ?? Store.nextId(this.deployments),
      name: input.name,
      status: (input.status ?? 'NEW').toLowerCase(),
      created: input.created ?? lagoonDate(),
      started: input.started ?? null,
      completed: input.completed ?? null,
      environment: input.environment,
      remoteId: input.remoteId ?? null,
      priority: input.priority ?? null,
      bulkId: input.bulkId ?? null,
      bulkName: input.bulkName ?? null,
      buildStep: input.buildStep ?? null,
      sourceUser: input.sourceUser ?? null,
      sourceType: input.sourceType ?? 'API',
      buildType: input.buildType ?? 'BUILD',
      log: input.log ?? null,
    };
    this.deployments.set(d.id, d);
    return d;
  }

  deploymentByName(name, environmentId) {
    for (const d of this.deployments.values()) {
      if (d.name === name && (environmentId == null || d.environment === environmentId)) return d;
    }
    return null;
  }

  deploymentsOfEnvironment(environmentId) {
    // services/api orders Environment.deployments by `created desc, id desc`.
    return [...this.deployments.values()]
      .filter((d) => d.environment === environmentId)
      .sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : b.id - a.id));
  }

  // --- tasks ---------------------------------------------------------------------------------
  addTask(input) {
    const t = {
      id: input.id ?? Store.nextId(this.tasks),
      name: input.name,
      taskName: input.taskName ?? `lagoon-task-${Math.random().toString(36).substring(7)}`,
      status: (input.status ?? 'NEW').toLowerCase(),
      created: input.created ?? lagoonDate(),
      started: input.started ?? null,
      completed: input.completed ?? null,
      environment: input.environment,
      service: input.service ?? 'cli',
      command: input.command ?? null,
      remoteId: input.remoteId ?? null,
      sourceUser: input.sourceUser ?? null,
      sourceType: input.sourceType ?? 'API',
      deployTokenInjection: input.deployTokenInjection ?? false,
      projectKeyInjection: input.projectKeyInjection ?? false,
      adminOnlyView: input.adminOnlyView ?? false,
      log: input.log ?? null,
    };
    this.tasks.set(t.id, t);
    return t;
  }

  addAdvancedTask(input) {
    const a = {
      id: input.id ?? Store.nextId(this.advancedTasks),
      name: input.name,
      description: input.description ?? '',
      confirmationText: input.confirmationText ?? null,
      type: input.type ?? 'COMMAND',
      service: input.service ?? null,
      command: input.command ?? null,
      image: input.image ?? null,
      groupName: input.groupName ?? null,
      environment: input.environment ?? null,
      project: input.project ?? null,
      systemWide: !input.environment && !input.project && !input.groupName,
      permission: input.permission ?? 'GUEST',
      deployTokenInjection: input.deployTokenInjection ?? false,
      projectKeyInjection: input.projectKeyInjection ?? false,
      adminOnlyView: input.adminOnlyView ?? false,
      created: lagoonDate(),
      deleted: NOT_DELETED,
      arguments: (input.advancedTaskDefinitionArguments ?? []).map((arg, i) => ({
        id: i + 1,
        name: arg.name,
        displayName: arg.displayName ?? arg.name,
        type: arg.type ?? 'STRING',
        defaultValue: arg.defaultValue ?? null,
        optional: arg.optional ?? false,
        range: arg.range ?? null,
      })),
    };
    this.advancedTasks.set(a.id, a);
    return a;
  }

  // --- environment variables -----------------------------------------------------------------
  envVariablesOf({ project = null, environment = null }) {
    return [...this.envVariables.values()].filter((v) => v.project === project && v.environment === environment);
  }

  setEnvVariable({ project = null, environment = null, name, value, scope }) {
    const existing = this.envVariablesOf({ project, environment }).find((v) => v.name === name);
    const v = existing ?? { id: Store.nextId(this.envVariables), project, environment, name };
    Object.assign(v, { value, scope: scope.toLowerCase(), updated: lagoonDate() });
    this.envVariables.set(v.id, v);
    return v;
  }

  deleteEnvVariable({ project = null, environment = null, name }) {
    const v = this.envVariablesOf({ project, environment }).find((x) => x.name === name);
    if (!v) return false;
    this.envVariables.delete(v.id);
    return true;
  }

  // --- users and keys ------------------------------------------------------------------------
  addUser({ email, firstName, lastName, comment, id }) {
    const user = {
      id: id ?? stableUuid(`user:${email}`),
      email,
      firstName: firstName ?? email.split('@')[0],
      lastName: lastName ?? null,
      comment: comment ?? null,
      platformRoles: [],
      created: lagoonDate(),
    };
    this.users.set(user.id, user);
    return user;
  }

  userByEmail(email) {
    for (const u of this.users.values()) if (u.email === email) return u;
    return null;
  }

  findUser({ id, email } = {}) {
    return (id && this.users.get(id)) || (email && this.userByEmail(email)) || null;
  }

  addSshKey({ id, name, publicKey, userId }) {
    const [keyType, keyValue] = publicKey.trim().split(/\s+/);
    if (!keyType || !keyValue) throw new Error('Invalid SSH key format! Please verify keyType + keyValue');
    for (const k of this.sshKeys.values()) {
      if (k.keyValue === keyValue) throw new Error('Error adding SSH key: key already exists');
    }
    const fingerprint = `SHA256:${crypto.createHash('sha256').update(Buffer.from(keyValue, 'base64')).digest('base64').replace(/=+$/, '')}`;
    const key = {
      id: id ?? Store.nextId(this.sshKeys),
      name,
      keyType,
      keyValue,
      keyFingerprint: fingerprint,
      created: lagoonDate(),
      lastUsed: null,
      userId,
    };
    this.sshKeys.set(key.id, key);
    return key;
  }

  userBySshKey(publicKey) {
    const [, keyValue] = publicKey.trim().split(/\s+/);
    for (const k of this.sshKeys.values()) {
      if (k.keyValue === keyValue) return { key: k, user: this.users.get(k.userId) ?? null };
    }
    return null;
  }

  // --- roles ---------------------------------------------------------------------------------
  // The highest group role the user holds on the project (GUEST < ... < OWNER), or null.
  roleOn(userId, projectId) {
    const order = ['GUEST', 'REPORTER', 'DEVELOPER', 'MAINTAINER', 'OWNER'];
    let best = -1;
    for (const g of this.groups.values()) {
      if (!g.projects.has(projectId)) continue;
      const role = g.members.get(userId);
      if (role) best = Math.max(best, order.indexOf(role));
    }
    return best < 0 ? null : order[best];
  }
}
