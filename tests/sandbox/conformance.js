#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Proves the sandbox and the app's GraphQL documents agree with Lagoon's real schema:
//   node tests/sandbox/conformance.js [--real-schema PATH] [--documents DIR]
// (a) every resources/graphql/*.graphql validates against the real schema (and the sandbox's,
//     which must serve them), one operation per file named after the file;
// (b) tests/sandbox/schema.graphql is a subset of the real schema.
// Prints each mismatch and exits 1 on any. A missing real schema is a failure, never a skip.
import fs from 'node:fs';
import path from 'node:path';
import { defaults, repoRoot } from './lib/config.js';
import { documentMismatches, loadSchema, subsetMismatches } from './lib/conformance.js';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const realPath = path.resolve(arg('--real-schema', defaults.realSchemaPath));
const docsDir = path.resolve(arg('--documents', path.join(repoRoot, 'resources', 'graphql')));
const sandboxPath = path.resolve(arg('--sandbox-schema', defaults.schemaPath));

if (!fs.existsSync(realPath)) {
  console.error(`FAIL: the real Lagoon schema is missing: ${realPath}\n`
    + 'It is kept in ../shared/lagoon-research/lagoon-schema.graphql next to the repository; '
    + 'pass --real-schema PATH if it lives elsewhere.');
  process.exit(1);
}

const real = loadSchema(realPath);
const sandbox = loadSchema(sandboxPath);
const subset = subsetMismatches(sandbox, real);
const docs = documentMismatches(docsDir, [['the real schema', real], ['the sandbox schema', sandbox]]);
const docMessages = docs.messages;

for (const m of subset) console.log(`schema.graphql: ${m}`);
for (const m of docMessages) console.log(m);
const types = Object.keys(sandbox.getTypeMap()).filter((n) => !n.startsWith('__')).length;
console.log(`conformance: ${types} sandbox types checked against ${path.basename(realPath)}, `
  + `${docs.count} documents in ${path.relative(repoRoot, docsDir) || docsDir}; `
  + `${subset.length + docMessages.length} mismatches`);
process.exit(subset.length + docMessages.length > 0 ? 1 : 0);
