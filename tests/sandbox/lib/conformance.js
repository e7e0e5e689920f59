// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Checks behind conformance.js, kept apart from the command line so tests can call them.
import fs from 'node:fs';
import path from 'node:path';
import {
  Kind, buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType,
  isScalarType, isSpecifiedScalarType, isUnionType, isIntrospectionType, parse, print, validate,
} from 'graphql';

const kindOf = (t) => (isObjectType(t) ? 'type' : isInputObjectType(t) ? 'input' : isEnumType(t) ? 'enum'
  : isUnionType(t) ? 'union' : isInterfaceType(t) ? 'interface' : isScalarType(t) ? 'scalar' : 'unknown');

const defaultOf = (arg) => (arg.astNode?.defaultValue ? print(arg.astNode.defaultValue) : undefined);

// Every part of `sub` must exist in `real` with the same type. Returns a list of messages.
export function subsetMismatches(sub, real) {
  const out = [];
  for (const [name, t] of Object.entries(sub.getTypeMap())) {
    if (isIntrospectionType(t) || isSpecifiedScalarType(t)) continue;
    const r = real.getType(name);
    if (!r) { out.push(`${kindOf(t)} ${name}: not in the real schema`); continue; }
    if (kindOf(r) !== kindOf(t)) { out.push(`${name}: is a ${kindOf(t)} here but a ${kindOf(r)} in the real schema`); continue; }
    if (isObjectType(t) || isInterfaceType(t)) {
      const rf = r.getFields();
      for (const [fname, f] of Object.entries(t.getFields())) {
        const g = rf[fname];
        if (!g) { out.push(`${name}.${fname}: field not in the real schema`); continue; }
        if (String(f.type) !== String(g.type)) out.push(`${name}.${fname}: type ${f.type} but real is ${g.type}`);
        for (const a of f.args) {
          const b = g.args.find((x) => x.name === a.name);
          if (!b) { out.push(`${name}.${fname}(${a.name}): argument not in the real schema`); continue; }
          if (String(a.type) !== String(b.type)) out.push(`${name}.${fname}(${a.name}): type ${a.type} but real is ${b.type}`);
          if (defaultOf(a) !== defaultOf(b)) out.push(`${name}.${fname}(${a.name}): default ${defaultOf(a)} but real is ${defaultOf(b)}`);
        }
        for (const b of g.args) {
          if (String(b.type).endsWith('!') && !f.args.some((a) => a.name === b.name)) {
            out.push(`${name}.${fname}(${b.name}): required argument of the real schema is missing`);
          }
        }
      }
    } else if (isInputObjectType(t)) {
      const rf = r.getFields();
      for (const [fname, f] of Object.entries(t.getFields())) {
        const g = rf[fname];
        if (!g) { out.push(`input ${name}.${fname}: field not in the real schema`); continue; }
        if (String(f.type) !== String(g.type)) out.push(`input ${name}.${fname}: type ${f.type} but real is ${g.type}`);
      }
      for (const [fname, g] of Object.entries(rf)) {
        if (String(g.type).endsWith('!') && !t.getFields()[fname]) out.push(`input ${name}.${fname}: required field of the real schema is missing`);
      }
    } else if (isEnumType(t)) {
      const rv = new Set(r.getValues().map((v) => v.name));
      const tv = new Set(t.getValues().map((v) => v.name));
      for (const v of tv) if (!rv.has(v)) out.push(`enum ${name}.${v}: value not in the real schema`);
      // Fewer values would make the sandbox reject input the real API takes.
      for (const v of rv) if (!tv.has(v)) out.push(`enum ${name}.${v}: value of the real schema is missing`);
    } else if (isUnionType(t)) {
      const rm = new Set(r.getTypes().map((x) => x.name));
      for (const m of t.getTypes()) if (!rm.has(m.name)) out.push(`union ${name}: member ${m.name} not in the real schema`);
    }
  }
  for (const op of ['Query', 'Mutation', 'Subscription']) {
    const getter = `get${op}Type`;
    if (sub[getter]()?.name !== real[getter]()?.name) out.push(`root ${op} type name differs`);
  }
  return out;
}

// Each file holds exactly one operation, named like the file. Returns messages.
export function documentMismatches(dir, schemas) {
  const out = [];
  if (!fs.existsSync(dir)) return { messages: [`${dir}: no such directory`], count: 0 };
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  if (files.length === 0) out.push(`${dir}: no .graphql documents`);
  for (const file of files) {
    const where = path.join(path.basename(dir), file);
    let doc;
    try {
      doc = parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (err) {
      out.push(`${where}: ${err.message}`);
      continue;
    }
    const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (ops.length !== 1) out.push(`${where}: has ${ops.length} operations, expected exactly one`);
    const expected = path.basename(file, '.graphql');
    if (ops[0] && ops[0].name?.value !== expected) out.push(`${where}: operation is named "${ops[0].name?.value ?? ''}", expected "${expected}"`);
    for (const [label, schema] of schemas) {
      for (const err of validate(schema, doc)) {
        const loc = err.locations?.[0];
        out.push(`${where}${loc ? `:${loc.line}:${loc.column}` : ''}: against ${label}: ${err.message}`);
      }
    }
  }
  return { messages: out, count: files.length };
}

export function loadSchema(file) {
  return buildSchema(fs.readFileSync(file, 'utf8'));
}
