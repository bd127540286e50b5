import * as contract from '@leernetwerk/shared';
import { cafeSchema, cafeSummarySchema, organisationListSchema, registerRequestSchema } from '@leernetwerk/shared';
import { z } from 'zod';
import { contractSchemaNames, SchemaComponents } from './schema-components';
import { toJsonSchema } from './zod-json-schema';

describe(toJsonSchema.name, () => {
  it('converts every schema of the contract both ways, with no definitions OpenAPI could not resolve', () => {
    const schemas = [...contractSchemaNames().keys()];
    expect(schemas.length).toBeGreaterThan(50);
    for (const schema of schemas) {
      for (const io of ['input', 'output'] as const) {
        const json = toJsonSchema(schema, io);
        expect(json).not.toHaveProperty('$schema');
        expect(JSON.stringify(json)).not.toContain('$defs');
      }
    }
  });

  it('describes requests before their transforms and responses after them', () => {
    expect(toJsonSchema(registerRequestSchema, 'input')).toMatchObject({ properties: { email: { type: 'string' } } });
    expect(toJsonSchema(registerRequestSchema, 'output')).toMatchObject({
      properties: { email: { format: 'email' } },
    });
  });
});

describe(contractSchemaNames.name, () => {
  it('names each schema after its export', () => {
    const names = contractSchemaNames();
    expect(names.get(contract.createCafeRequestSchema)).toBe('CreateCafeRequest');
    expect(names.get(contract.errorBodySchema)).toBe('ErrorBody');
  });

  it('ignores exports that are not schemas', () => {
    const names = contractSchemaNames({
      ErrorCode: contract.ErrorCode,
      someSchema: z.string(),
      notASchemaName: z.number(),
    });
    expect([...names.values()]).toEqual(['Some']);
  });
});

describe(SchemaComponents.name, () => {
  it('refers to a named schema and lists it once among the components', () => {
    const components = new SchemaComponents();
    expect(components.describe(cafeSchema, 'output')).toEqual({ $ref: '#/components/schemas/Cafe' });
    components.describe(cafeSchema, 'output');
    expect(Object.keys(components.all())).toEqual(['Cafe']);
  });

  it('describes a list of named schemas as an array of references', () => {
    const components = new SchemaComponents();
    expect(components.describe(z.array(cafeSummarySchema), 'output')).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/CafeSummary' },
    });
    expect(components.describe(organisationListSchema, 'output')).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/Organisation' },
    });
  });

  it('gives a schema that reads differently as request and as response a second name', () => {
    const components = new SchemaComponents();
    expect(components.describe(registerRequestSchema, 'output')).toEqual({
      $ref: '#/components/schemas/RegisterRequest',
    });
    expect(components.describe(registerRequestSchema, 'input')).toEqual({
      $ref: '#/components/schemas/RegisterRequestInput',
    });
  });

  it('writes out a schema the contract does not name', () => {
    expect(new SchemaComponents().describe(z.object({ note: z.string() }), 'input')).toEqual({
      type: 'object',
      properties: { note: { type: 'string' } },
      required: ['note'],
    });
  });
});
