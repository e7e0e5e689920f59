// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The deploy mutations, following LAG:services/api/src/resources/deployment/resolvers.ts and the
// branch/PR rules of @lagoon/commons createDeployTask: "success", or the build name with
// returnData, "Skipped: <reason>" when the branch/PR is not deployable, errors otherwise.
import { generateBuildName } from '../../util.js';
import { demand, isPlatformOwner } from '../../state/permissions.js';
import { deploymentByInput, environmentByInput, projectByInput } from './lookup.js';

class NoNeedToDeploy extends Error {}

function sourceUser(auth) {
  // getSourceUser: the Keycloak user's e-mail, or the legacy token's subject.
  return auth.user?.email ?? auth.legacySubject ?? null;
}

function checkAdminOnly(auth, { bulkId, priority }) {
  if (isPlatformOwner(auth)) return;
  if (bulkId) throw new Error('Unauthorized to set bulkId, platform-admin only');
  if (priority) throw new Error('Unauthorized to set priority, platform-admin only');
}

function checkBranchDeployable(project, branchName) {
  if (project.branches === 'false') throw new NoNeedToDeploy('Branch deployments disabled');
  if (project.branches && project.branches !== 'true' && !new RegExp(project.branches).test(branchName)) {
    throw new NoNeedToDeploy(`configured regex '${project.branches}' does not match branchname '${branchName}'`);
  }
}

function checkPullrequestDeployable(project, title) {
  if (project.pullrequests === 'false') throw new NoNeedToDeploy('PullRequest deployments disabled');
  if (project.pullrequests && project.pullrequests !== 'true' && !new RegExp(project.pullrequests).test(title)) {
    throw new NoNeedToDeploy(`configured regex '${project.pullrequests}' does not match PR title '${title}'`);
  }
}

function checkEnvironmentLimit(store, project, name, envType) {
  if (envType !== 'development' || store.environmentByName(name, project.id)) return;
  const dev = store.environmentsOfProject(project.id).filter((e) => e.environmentType === 'development');
  if (project.developmentEnvironmentsLimit && dev.length >= project.developmentEnvironmentsLimit) {
    throw new Error(`'${name}' would exceed the configured limit of ${project.developmentEnvironmentsLimit} development environments for project ${project.name}`);
  }
}

// Creates the deployment record (status "new") and hands it to the build simulator.
function startBuild(ctx, project, env, opts) {
  const production = env.environmentType === 'production';
  const d = ctx.store.addDeployment({
    name: generateBuildName(),
    status: 'NEW',
    environment: env.id,
    priority: opts.priority ?? (production ? 6 : 5),
    bulkId: opts.bulkId ?? null,
    bulkName: opts.bulkName ?? null,
    sourceUser: sourceUser(ctx.auth),
    sourceType: 'API',
    buildType: 'BUILD',
  });
  ctx.events.record('deploy', { deployment: d.name, project: project.name, environment: env.name, deployType: env.deployType,
    buildVariables: opts.buildVariables ?? [] });
  ctx.sim.start(d);
  return opts.returnData === true ? d.name : 'success';
}

function run(fn) {
  try {
    return fn();
  } catch (err) {
    if (err instanceof NoNeedToDeploy) return `Skipped: ${err.message}`;
    throw err;
  }
}

export const deployMutations = {
  deployEnvironmentBranch: (_, { input }, ctx) => run(() => {
    const project = projectByInput(ctx.store, input.project);
    const envType = input.branchName === project.productionEnvironment ? 'production' : 'development';
    demand(ctx.store, ctx.auth, 'environment', `deploy:${envType}`, project.id);
    if (project.deploymentsDisabled === 1) throw new Error('Deployments have been disabled for this project');
    checkBranchDeployable(project, input.branchName);
    // Sandbox rule: the fake git remote must have the branch (the real API accepts any name
    // and the build fails when it cannot check the branch out).
    if (!project.gitBranches.has(input.branchName)) {
      throw new Error(`Error deploying ${input.branchName}: branch '${input.branchName}' not found in ${project.gitUrl}`);
    }
    checkEnvironmentLimit(ctx.store, project, input.branchName, envType);
    const env = ctx.store.addOrUpdateEnvironment({
      name: input.branchName, project: project.id, deployType: 'BRANCH', deployBaseRef: input.branchName,
      environmentType: envType.toUpperCase(),
    });
    return startBuild(ctx, project, env, input);
  }),

  deployEnvironmentLatest: (_, { input }, ctx) => run(() => {
    checkAdminOnly(ctx.auth, input);
    const env = environmentByInput(ctx.store, input.environment);
    const project = ctx.store.projects.get(env.project);
    demand(ctx.store, ctx.auth, 'environment', `deploy:${env.environmentType}`, project.id);
    if (project.deploymentsDisabled === 1) throw new Error('Deployments have been disabled for this project');
    if ((env.deployType === 'branch' || env.deployType === 'promote') && !env.deployBaseRef) {
      throw new Error('Cannot deploy: deployBaseRef is empty');
    }
    if (env.deployType === 'pullrequest' && !env.deployBaseRef && !env.deployHeadRef && !env.deployTitle) {
      throw new Error('Cannot deploy: deployBaseRef, deployHeadRef or deployTitle is empty');
    }
    if (!['branch', 'pullrequest', 'promote'].includes(env.deployType)) throw new Error(`Error: Unknown deploy type ${env.deployType}`);
    if (env.deployType === 'branch') checkBranchDeployable(project, env.deployBaseRef);
    return startBuild(ctx, project, env, input);
  }),

  deployEnvironmentPullrequest: (_, { input }, ctx) => run(() => {
    const name = `pr-${input.number}`;
    const project = projectByInput(ctx.store, input.project);
    const envType = name === project.productionEnvironment ? 'production' : 'development';
    demand(ctx.store, ctx.auth, 'environment', `deploy:${envType}`, project.id);
    if (project.deploymentsDisabled === 1) throw new Error('Deployments have been disabled for this project');
    checkPullrequestDeployable(project, input.title);
    checkEnvironmentLimit(ctx.store, project, name, envType);
    const env = ctx.store.addOrUpdateEnvironment({
      name, project: project.id, deployType: 'PULLREQUEST', deployBaseRef: input.baseBranchName,
      deployHeadRef: input.headBranchName, deployTitle: input.title, environmentType: envType.toUpperCase(),
    });
    return startBuild(ctx, project, env, input);
  }),

  deployEnvironmentPromote: (_, { input }, ctx) => run(() => {
    const project = projectByInput(ctx.store, input.project);
    const source = environmentByInput(ctx.store, { ...input.sourceEnvironment, project: input.sourceEnvironment.project ?? input.project });
    if (source.project !== project.id) throw new Error('Unauthorized');
    const envType = input.destinationEnvironment === project.productionEnvironment ? 'production' : 'development';
    demand(ctx.store, ctx.auth, 'environment', `deploy:${envType}`, project.id);
    if (project.deploymentsDisabled === 1) throw new Error('Deployments have been disabled for this project');
    checkEnvironmentLimit(ctx.store, project, input.destinationEnvironment, envType);
    const env = ctx.store.addOrUpdateEnvironment({
      name: input.destinationEnvironment, project: project.id, deployType: 'PROMOTE', deployBaseRef: source.name,
      environmentType: envType.toUpperCase(),
    });
    return startBuild(ctx, project, env, input);
  }),

  cancelDeployment: (_, { input }, ctx) => {
    const d = deploymentByInput(ctx.store, input.deployment);
    const env = ctx.store.environments.get(d.environment);
    demand(ctx.store, ctx.auth, 'deployment', 'cancel', env.project);
    // The API only forwards "build:cancel" to the controller and answers "success"; a finished
    // build stays as it is.
    ctx.sim.cancel(d);
    return 'success';
  },
};
