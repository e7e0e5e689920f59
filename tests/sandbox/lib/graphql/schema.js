// SPDX-FileCopyrightText: 2026 Lagoon Desktop contributors
// SPDX-License-Identifier: Apache-2.0
//
// Builds the executable schema: our SDL plus the resolvers attached to its fields.
import fs from 'node:fs';
import { buildSchema, isObjectType, isUnionType } from 'graphql';
import { Query } from './resolvers/query.js';
import { deployMutations } from './resolvers/deploy.js';
import { miscMutations } from './resolvers/misc.js';
import { types } from './resolvers/types.js';
import { Subscription } from './resolvers/subscription.js';

const resolvers = { Query, Mutation: { ...deployMutations, ...miscMutations }, Subscription, ...types };

export function makeSchema(sdlPath) {
  const schema = buildSchema(fs.readFileSync(sdlPath, 'utf8'));
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`resolver for unknown type ${typeName}`);
    if (isUnionType(type)) {
      type.resolveType = fields.__resolveType;
      continue;
    }
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    const schemaFields = type.getFields();
    for (const [name, impl] of Object.entries(fields)) {
      const field = schemaFields[name];
      if (!field) throw new Error(`resolver for unknown field ${typeName}.${name}`);
      if (typeof impl === 'function') field.resolve = impl;
      else Object.assign(field, impl);
    }
  }
  return schema;
}
