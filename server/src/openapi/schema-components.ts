import * as contract from '@leernetwerk/shared';
import { z } from 'zod';
import { toJsonSchema, type JsonSchema, type SchemaIo } from './zod-json-schema';

/** Each schema the contract exports, by the name it is exported under: `createCafeRequestSchema` → `CreateCafeRequest`. */
export function contractSchemaNames(exports: Readonly<Record<string, unknown>> = contract): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  for (const [exportName, value] of Object.entries(exports)) {
    if (!(value instanceof z.ZodType) || !exportName.endsWith('Schema') || names.has(value)) continue;
    const name = exportName.slice(0, -'Schema'.length);
    names.set(value, name.charAt(0).toUpperCase() + name.slice(1));
  }
  return names;
}

/** The document's `components.schemas`: contract schemas by name, referenced from the operations. */
export class SchemaComponents {
  private readonly schemas: Record<string, JsonSchema> = {};

  constructor(private readonly names: ReadonlyMap<z.ZodType, string> = contractSchemaNames()) {}

  /** A `$ref` for a schema the contract names, an array of such `$ref`s for a list of one, else the schema written out. */
  describe(schema: z.ZodType, io: SchemaIo): JsonSchema {
    const json = toJsonSchema(schema, io);
    if (isArray(schema) && this.names.has(schema.element)) return { ...json, items: this.describe(schema.element, io) };
    const name = this.names.get(schema);
    return name ? { $ref: `#/components/schemas/${this.register(name, io, json)}` } : json;
  }

  all(): Record<string, JsonSchema> {
    return Object.fromEntries(Object.entries(this.schemas).sort(([a], [b]) => a.localeCompare(b)));
  }

  /** A schema sent both ways may differ between what is accepted and what is sent; the second one gets a suffix. */
  private register(name: string, io: SchemaIo, json: JsonSchema): string {
    const candidates = [name, `${name}${io === 'input' ? 'Input' : 'Output'}`];
    const free = candidates.find((candidate) => {
      const taken = this.schemas[candidate];
      return taken === undefined || JSON.stringify(taken) === JSON.stringify(json);
    });
    if (free === undefined) throw new Error(`Two different schemas want the component name ${name}`);
    this.schemas[free] = json;
    return free;
  }
}

function isArray(schema: z.ZodType): schema is z.ZodArray<z.ZodType> {
  return schema instanceof z.ZodArray;
}
