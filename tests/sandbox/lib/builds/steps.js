// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// The build steps of Lagoon's build pod, in order, as BDT:legacy/build-deploy-docker-compose.sh
// (uselagoon/build-deploy-tool) announces them: `beginBuildStep "<title>" "<id>"` labels the pod
// with the running id (what Deployment.buildStep shows while the step runs) and
// `patchBuildStep ... "<done id>" "<title>" "<warnings>"` prints the STEP banner; the done id is
// what remains at the end (shared/design/lagoon-rules.md §0).
export const STEPS = [
  { title: 'Initial Environment Setup', id: 'initialSetup', done: 'initialSetup', ms: 400,
    lines: ['STEP: Preparation started {started}', 'Updating lagoon-yaml configmap with a pre-deploy version of the .lagoon.yml file', 'Updating docker-compose-yaml configmap with a pre-deploy version of the docker-compose.yml file'] },
  { title: 'Docker Compose Validation', id: 'dockerComposeValidation', done: 'dockerComposeValidation',
    warnDone: 'dockerComposeValidationWarning', errorDone: 'dockerComposeValidationError', ms: 300, lines: [] },
  { title: '.lagoon.yml Validation', id: 'lagoonYmlValidation', done: 'lagoonYmlValidation',
    errorDone: 'lagoonYmlValidationError', ms: 300, lines: ['lagoon-linter found no issues with the .lagoon.yml file'] },
  { title: 'Configure Variables', id: 'configuringVariables', done: 'configureVars', ms: 300, lines: [] },
  { title: 'Image Builds', id: 'buildingImages', done: 'imageBuildComplete', ms: 1200,
    lines: ['LAGOON_ENVIRONMENT_VARIABLES are available from the API', 'Building cli', 'Building nginx', 'Building php',
      '##############################################', 'Built image sizes:', '##############################################',
      'Image {namespace}-cli\t\t412MB', 'Image {namespace}-nginx\t\t98MB', 'Image {namespace}-php\t\t455MB'] },
  { title: 'Pre-Rollout Tasks', id: 'runningPreRolloutTasks', done: 'preRolloutsCompleted', ms: 400,
    lines: ['No pre-rollout tasks defined'] },
  { title: 'Service Configuration Phase 1', id: 'serviceConfigurationPhase1', done: 'serviceConfigurationComplete', ms: 300, lines: [] },
  { title: 'Service Configuration Phase 2', id: 'serviceConfigurationPhase2', done: 'serviceConfiguration2Complete', ms: 300,
    lines: ['=== BEGIN route processing for service nginx:nginx-php-persistent ==='] },
  { title: 'Route/Ingress Configuration', id: 'configuringRoutes', done: 'configuringRoutesComplete', ms: 300, lines: [] },
  { title: 'Route/Ingress Cleanup', id: 'cleanupRoutes', done: 'routeCleanupComplete', warnDone: 'routeCleanupComplete', ms: 200,
    lines: ['No route cleanup required'],
    warnLines: ['>> Lagoon detected routes that have been removed from the .lagoon.yml or Lagoon API',
      '> If you need these routes, you should update your .lagoon.yml file and make sure the routes exist.',
      "> The route 'old.{namespace}.example.com' would be removed"] },
  { title: 'Update Configmap', id: 'updateConfigmap', done: 'updateConfigmapComplete', ms: 200, lines: [] },
  { title: 'Image Push to Registry', id: 'pushingImages', done: 'imagePushComplete', ms: 800, lines: [] },
  { title: 'Backup Configuration', id: 'configuringBackups', done: 'backupConfigurationComplete', ms: 200,
    lines: ['Backups: generating k8up.io/v1 resources'] },
  { title: 'Deployment Templating', id: 'templatingDeployments', done: 'deploymentTemplatingComplete', ms: 300, lines: [] },
  { title: 'Applying Deployments', id: 'applyingDeployments', done: 'deploymentApplyComplete', ms: 800,
    lines: ['deployment.apps/cli configured', 'deployment.apps/nginx configured', 'deployment "nginx" successfully rolled out'] },
  { title: 'Cronjob Cleanup', id: 'cleaningUpCronjobs', done: 'cronjobCleanupComplete', ms: 200, lines: [] },
  { title: 'Post-Rollout Tasks', id: 'runningPostRolloutTasks', done: 'postRolloutsCompleted', ms: 400,
    lines: ['No post-rollout tasks defined'] },
  { title: 'Build and Deploy', id: 'finalizingBuild', done: 'deployCompleted', ms: 200,
    lines: ['Updating lagoon-yaml configmap with a post-deploy version of the .lagoon.yml file'] },
];

// Printed as an extra step when the warning count is > 0; its id is also the final buildStep.
export const WARNINGS_STEP = { title: 'Completed With Warnings', id: 'deployCompletedWithWarnings', done: 'deployCompletedWithWarnings' };

// Tests may name a step by its title, running id or done id.
export function findStep(name) {
  if (name == null) return -1;
  return STEPS.findIndex((s) => s.id === name || s.done === name || s.title === name);
}
