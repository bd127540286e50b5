import { z } from 'zod';

export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** Requests are described as the client may send them (before transforms and defaults), responses as sent. */
export type SchemaIo = 'input' | 'output';

/** An empty registry: names come from the contract's exports, not from ids in zod's global registry. */
const noIds = z.registry<{ id?: string }>();

/**
 * The JSON Schema (2020-12, the dialect of OpenAPI 3.1) of a zod schema. Parts JSON Schema cannot
 * express become `{}`; a recursive schema throws, so the unit tests catch one before it ships.
 */
export function toJsonSchema(schema: z.ZodType, io: SchemaIo): JsonSchema {
  const json: JsonSchema = {
    ...z.toJSONSchema(schema, { io, unrepresentable: 'any', cycles: 'throw', metadata: noIds }),
  };
  delete json.$schema;
  return json;
}
