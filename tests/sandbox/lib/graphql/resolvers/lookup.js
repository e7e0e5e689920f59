// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Finding projects/environments/deployments from the API's input objects, with the errors the
// real helpers throw (LAG:services/api/src/resources/project/helpers.ts getProjectByProjectInput:
// an unknown project is "Unauthorized", so names cannot be probed).
export function projectByInput(store, input = {}) {
  if (input.id != null) {
    const p = store.projects.get(input.id);
    if (!p) throw new Error('Unauthorized');
    return p;
  }
  if (input.name) {
    const p = store.projectByName(input.name);
    if (!p) throw new Error('Unauthorized');
    return p;
  }
  throw new Error('Must provide project "id" or "name"');
}

export function environmentByInput(store, input = {}) {
  if (input.id != null) {
    const e = store.environments.get(input.id);
    if (!e || e.deleted !== '0000-00-00 00:00:00') throw new Error('Unauthorized');
    return e;
  }
  if (input.name && input.project) {
    const p = projectByInput(store, input.project);
    const e = store.environmentByName(input.name, p.id);
    if (!e) throw new Error('Unauthorized');
    return e;
  }
  throw new Error('Must provide environment "id" or "name" and "project"');
}

export function deploymentByInput(store, input = {}) {
  if (input.id != null) {
    const d = store.deployments.get(input.id);
    if (!d) throw new Error('Unauthorized');
    return d;
  }
  if (input.name && input.environment) {
    const e = environmentByInput(store, input.environment);
    const d = store.deploymentByName(input.name, e.id);
    if (!d) throw new Error('Unauthorized');
    return d;
  }
  throw new Error('Must provide deployment "id" or "name" and "environment"');
}
