// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Lagoon build log text: the remote-controller header and the build-deploy-tool banners
// (BDT:legacy/build-deploy-docker-compose.sh beginBuildStep/patchBuildStep; samples in
// shared/lagoon-research/buildlogs/lagoon-build-*.txt).
const HASHES = '##############################################';
const EQUALS = '='.repeat(80);

export function header(buildName, cluster) {
  return [EQUALS, `Logs on pod ${buildName}, assigned to cluster ${cluster}`, EQUALS, '',
    HASHES, 'build-deploy-tool core-v0.0.0-sandbox (built: 2026-01-01T00:00:00+0000 / go 1.22)', HASHES, ''];
}

export function begin(title) {
  return [HASHES, `BEGIN ${title}`, HASHES];
}

function hms(seconds) {
  const s = Math.max(0, Math.round(seconds));
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

// `date +"%Y-%m-%d %H:%M:%S"` in the pod, with `(UTC)` from `date +"%Z"`.
function stamp(date) {
  return date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
}

export function step(title, { at, stepStart, buildStart, warnings }) {
  const line = `STEP ${title}: Completed at ${stamp(at)} (UTC) Duration ${hms((at - stepStart) / 1000)} `
    + `Elapsed ${hms((at - buildStart) / 1000)}${warnings ? ' WithWarnings' : ''}`;
  return [HASHES, line, HASHES, ''];
}

// What a user sees at the end of a cancelled build; the wording follows the API's own
// cancel message (LAG:services/api/src/resources/deployment/resolvers.ts cancelDeployment).
export function cancelled(reason) {
  return ['========================================', reason, '========================================'];
}
