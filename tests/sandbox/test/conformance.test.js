// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// conformance.js passes on the repository, and really catches what it claims to catch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { defaults } from '../lib/config.js';
import { documentMismatches, subsetMismatches } from '../lib/conformance.js';
import { sandboxDir } from '../test-support/client.js';

const real = buildSchema(fs.readFileSync(defaults.realSchemaPath, 'utf8'));

test('the sandbox SDL and resources/graphql conform to the real schema', () => {
  const out = spawnSync(process.execPath, [path.join(sandboxDir, 'conformance.js'), '--real-schema', defaults.realSchemaPath]);
  assert.equal(out.status, 0, out.stdout.toString() + out.stderr.toString());
  assert.match(out.stdout.toString(), /0 mismatches/);
});

test('a missing real schema is a failure, not a skip', () => {
  const out = spawnSync(process.execPath, [path.join(sandboxDir, 'conformance.js'), '--real-schema', '/nonexistent/lagoon-schema.graphql']);
  assert.equal(out.status, 1);
  assert.match(out.stderr.toString(), /FAIL: the real Lagoon schema is missing/);
});

test('subset check reports wrong types, invented fields, arguments and enum values', () => {
  const bad = buildSchema(`
    enum EnvType { PRODUCTION }
    type Deployment { id: String name: String invented: Int }
    type Query { projectByName(name: String): Deployment allProjects(bogus: Int): [Deployment] }
  `);
  const m = subsetMismatches(bad, real);
  assert.ok(m.includes('Deployment.id: type String but real is Int'));
  assert.ok(m.includes('Deployment.invented: field not in the real schema'));
  assert.ok(m.includes('Query.projectByName(name): type String but real is String!'));
  assert.ok(m.includes('Query.allProjects(bogus): argument not in the real schema'));
  assert.ok(m.includes('enum EnvType.DEVELOPMENT: value of the real schema is missing'));
});

test('document check reports invalid fields, several operations and misnamed files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lagoon-conformance-'));
  try {
    fs.writeFileSync(path.join(dir, 'Good.graphql'), 'query Good { me { id } }');
    fs.writeFileSync(path.join(dir, 'Invalid.graphql'), 'query Invalid { me { nope } }');
    fs.writeFileSync(path.join(dir, 'Two.graphql'), 'query Two { me { id } } query Other { me { id } }');
    fs.writeFileSync(path.join(dir, 'Named.graphql'), 'query Wrong { me { id } }');
    const { messages, count } = documentMismatches(dir, [['real', real]]);
    assert.equal(count, 4);
    assert.ok(messages.some((m) => /Invalid\.graphql:1:\d+: against real: Cannot query field "nope"/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /Two\.graphql: has 2 operations/.test(m)));
    assert.ok(messages.some((m) => /Named\.graphql: operation is named "Wrong", expected "Named"/.test(m)));
    assert.ok(!messages.some((m) => m.includes('Good.graphql')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
