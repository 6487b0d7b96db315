/**
 * The JSON Schema of packs, generated from the zod schema that validates them, so the two
 * cannot disagree. Published as public/pack.schema.json for editors' autocompletion; a
 * unit test fails when that file is out of date (`talontapa schema` rewrites it).
 */

import { z } from 'zod';
import { PackSchema } from './pack';

export type JsonSchema = Record<string, unknown>;

export function packJsonSchema(): JsonSchema {
  // `io: 'input'`: what a pack file may contain. Schemas with a `meta` id (Pattern, Rule,
  // Comment, …) are defined once under $defs and referenced.
  const schema = z.toJSONSchema(PackSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    title: 'Talontapa rule pack',
    description:
      'A house style for customer-service replies: ground rules, custom rules with examples, and settings of the built-in checks.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** Every property name the schema knows, for "did you mean" hints on unknown keys. */
export function schemaPropertyNames(schema: unknown = packJsonSchema()): Set<string> {
  const names = new Set<string>();
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const properties = (node as { properties?: unknown }).properties;
      if (properties && typeof properties === 'object') {
        for (const key of Object.keys(properties)) names.add(key);
      }
      stack.push(...Object.values(node));
    }
  }
  return names;
}
