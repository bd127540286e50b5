import {
  bottleneckFilterSchema,
  createCafeRequestSchema,
  errorBodySchema,
  idParamsSchema,
  idSchema,
  markReadRequestSchema,
} from '@leernetwerk/shared';
import { z } from 'zod';
import { buildOpenApiDocument, toOpenApiPath } from './openapi.document';
import type { OperationObject } from './openapi.types';
import type { CollectedRoute } from './route-collector';

const route = (overrides: Partial<CollectedRoute>): CollectedRoute => ({
  controller: 'ThingsController',
  handler: 'handle',
  method: 'get',
  path: '/things',
  isPublic: false,
  idempotent: false,
  roles: [],
  status: 200,
  headers: {},
  inputs: [],
  ...overrides,
});

const operationOf = (routes: CollectedRoute[], path: string, method = 'get'): OperationObject => {
  const operation = buildOpenApiDocument(routes, '/api').paths[path]?.[method];
  if (!operation) throw new Error(`no ${method} ${path}`);
  return operation;
};

describe(buildOpenApiDocument.name, () => {
  it('documents a route that nothing but its decorators describes', () => {
    const document = buildOpenApiDocument([route({ path: '/things/:id/bits', handler: 'bits' })], '/api');
    expect(document).toMatchObject({ openapi: '3.1.0', servers: [{ url: '/api' }] });
    expect(document.paths['/things/{id}/bits']?.get).toMatchObject({
      operationId: 'ThingsController_bits',
      tags: ['Things'],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': { description: 'OK', content: { 'application/json': {} } } },
    });
  });

  it('refers to a contract schema by its exported name and writes other schemas out', () => {
    const inline = z.object({ note: z.string() });
    const document = buildOpenApiDocument(
      [
        route({
          method: 'post',
          status: 201,
          inputs: [{ source: 'body', key: undefined, schema: createCafeRequestSchema }],
        }),
        route({ method: 'put', inputs: [{ source: 'body', key: undefined, schema: inline }] }),
      ],
      '/api',
    );
    expect(document.paths['/things']?.post?.requestBody).toEqual({
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateCafeRequest' } } },
    });
    expect(document.components.schemas.CreateCafeRequest).toMatchObject({ type: 'object' });
    expect(document.paths['/things']?.put?.requestBody?.content['application/json']?.schema).toMatchObject({
      type: 'object',
      properties: { note: { type: 'string' } },
    });
  });

  it('describes what a client may send: before transforms, with defaults optional', () => {
    const document = buildOpenApiDocument(
      [route({ method: 'post', inputs: [{ source: 'body', key: undefined, schema: createCafeRequestSchema }] })],
      '/api',
    );
    expect(document.components.schemas.CreateCafeRequest?.required).toEqual(['title', 'tables']);
  });

  it('types path and query parameters from their pipes, required where the schema requires', () => {
    const operation = operationOf(
      [
        route({
          path: '/things/:id/export.csv',
          headers: { 'content-type': 'text/csv; charset=utf-8' },
          inputs: [
            { source: 'path', key: undefined, schema: idParamsSchema },
            { source: 'query', key: undefined, schema: bottleneckFilterSchema },
            { source: 'query', key: 'page', schema: z.coerce.number().int() },
          ],
        }),
      ],
      '/things/{id}/export.csv',
    );
    expect(operation.parameters?.[0]).toEqual({ name: 'id', in: 'path', required: true, schema: toJson(idSchema) });
    expect(operation.parameters?.find((p) => p.name === 'status')).toMatchObject({ in: 'query', required: false });
    expect(operation.parameters?.find((p) => p.name === 'page')).toMatchObject({ in: 'query', required: true });
    expect(operation.responses['200']).toEqual({
      description: 'OK',
      content: { 'text/csv; charset=utf-8': { schema: { type: 'string' } } },
    });
  });

  it('knows a download by its extension and a 204 by having no body', () => {
    expect(
      operationOf([route({ path: '/things/:id/report.pdf' })], '/things/{id}/report.pdf').responses['200'],
    ).toEqual({
      description: 'OK',
      content: { 'application/pdf': {} },
    });
    const markRead = route({
      method: 'post',
      status: 204,
      inputs: [{ source: 'body', key: undefined, schema: markReadRequestSchema }],
    });
    expect(operationOf([markRead], '/things', 'post').responses['204']).toEqual({ description: 'No Content' });
  });

  it('asks a bearer token unless the route is public, and names the roles it needs', () => {
    const restricted = operationOf([route({ roles: ['facilitator', 'coordinator'] })], '/things');
    expect(restricted.security).toEqual([{ bearer: [] }]);
    expect(restricted['x-required-roles']).toEqual(['facilitator', 'coordinator']);
    expect(restricted.responses).toMatchObject({
      '401': { $ref: '#/components/responses/Unauthenticated' },
      '403': { $ref: '#/components/responses/Forbidden' },
    });
    const open = operationOf([route({ isPublic: true })], '/things');
    expect(open.security).toEqual([]);
    expect(open.responses).not.toHaveProperty('401');
  });

  it('offers the Idempotency-Key header and its refusal on create endpoints only', () => {
    const create = operationOf([route({ method: 'post', status: 201, idempotent: true })], '/things', 'post');
    expect(create.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
    );
    expect(create.responses['422']).toEqual({ $ref: '#/components/responses/IdempotencyKeyReused' });
    const change = operationOf([route({ method: 'post', status: 200 })], '/things', 'post');
    expect(change.parameters ?? []).not.toContainEqual(expect.objectContaining({ name: 'Idempotency-Key' }));
    expect(change.responses).not.toHaveProperty('422');
  });

  it('answers every error with the one error shape of the contract', () => {
    const document = buildOpenApiDocument([route({})], '/api');
    for (const response of Object.values(document.components.responses)) {
      expect(response.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } });
    }
    expect(document.components.schemas.ErrorBody).toEqual(toJson(errorBodySchema, 'output'));
  });

  it('keeps the first handler of a route, as Express does', () => {
    const document = buildOpenApiDocument([route({ handler: 'first' }), route({ handler: 'second' })], '/api');
    expect(document.paths['/things']?.get?.operationId).toBe('ThingsController_first');
  });

  it('refuses a method OpenAPI has no word for, rather than leaving the route out', () => {
    expect(() => buildOpenApiDocument([route({ method: 'all' })], '/api')).toThrow(/method all/);
  });
});

describe(toOpenApiPath.name, () => {
  it('writes Express parameters the OpenAPI way', () => {
    expect(toOpenApiPath('/meetings/:id/attendance/:userId')).toBe('/meetings/{id}/attendance/{userId}');
  });
});

function toJson(schema: z.ZodType, io: 'input' | 'output' = 'input') {
  const json = z.toJSONSchema(schema, { io });
  delete json.$schema;
  return { ...json };
}
