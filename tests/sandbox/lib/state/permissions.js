// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// A small model of Lagoon's Keycloak RBAC: group roles per project (GUEST < REPORTER < DEVELOPER
// < MAINTAINER < OWNER), platform roles, and legacy admin tokens that may do everything
// (LAG:services/api/src/util/auth.ts legacyHasPermission). Only the permissions the sandbox's
// operations need, with Lagoon's documented minimum roles.
const ORDER = ['GUEST', 'REPORTER', 'DEVELOPER', 'MAINTAINER', 'OWNER'];

// [resource, scope] -> minimum group role
const MINIMUM = {
  'project:view': 'GUEST',
  'environment:view': 'GUEST',
  'deployment:view': 'GUEST',
  'task:view': 'GUEST',
  'environment:deploy:development': 'DEVELOPER',
  'environment:deploy:production': 'MAINTAINER',
  'deployment:cancel': 'DEVELOPER',
  'environment:ssh:development': 'DEVELOPER',
  'environment:ssh:production': 'MAINTAINER',
  'env_var:environment:viewValue:development': 'DEVELOPER',
  'env_var:environment:viewValue:production': 'MAINTAINER',
  'env_var:project:viewValue': 'MAINTAINER',
  'env_var:environment:add:development': 'DEVELOPER',
  'env_var:environment:add:production': 'MAINTAINER',
  'env_var:project:add': 'MAINTAINER',
  'task:add:development': 'DEVELOPER',
  'task:add:production': 'MAINTAINER',
};

export function isPlatformOwner(auth) {
  return auth.legacy || auth.user?.platformRoles.includes('OWNER');
}

export function isPlatformViewer(auth) {
  return isPlatformOwner(auth) || auth.user?.platformRoles.includes('VIEWER');
}

export function roleOn(store, auth, projectId) {
  if (isPlatformOwner(auth)) return 'OWNER';
  if (!auth.user) return null;
  return store.roleOn(auth.user.id, projectId);
}

export function hasRole(store, auth, projectId, minimum) {
  const role = roleOn(store, auth, projectId);
  if (role && ORDER.indexOf(role) >= ORDER.indexOf(minimum)) return true;
  return false;
}

export function can(store, auth, resource, scope, projectId) {
  const minimum = MINIMUM[`${resource}:${scope}`];
  if (!minimum) throw new Error(`sandbox: no rule for ${resource}:${scope}`);
  if (scope.includes('view') && isPlatformViewer(auth)) return true;
  return hasRole(store, auth, projectId, minimum);
}

// The error Lagoon's hasPermission throws (KeycloakUnauthorizedError).
export function demand(store, auth, resource, scope, projectId) {
  if (!can(store, auth, resource, scope, projectId)) {
    throw new Error(`Unauthorized: You don't have permission to "${scope}" on "${resource}": ${JSON.stringify({ project: projectId })}`);
  }
}

export function visibleProjects(store, auth) {
  return [...store.projects.values()].filter((p) => isPlatformViewer(auth) || roleOn(store, auth, p.id));
}
