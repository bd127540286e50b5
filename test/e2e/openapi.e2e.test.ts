import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Express } from 'express';
import { ErrorCode, type ErrorBody } from '@leernetwerk/shared';
import { requestBodies, successBodies } from '@leernetwerk/server/openapi/route-contracts';
import { api, login } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  'x-required-roles'?: string[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown> };
}

/** 'POST /api/cafes/{id}/start': one operation, with Express's `:id` written the OpenAPI way. */
type RouteKey = string;

const FAKE_ID = 'a'.repeat(24);
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let t: TestApp;
let doc: OpenApiDocument;
let served: RouteKey[];
let documented: Map<RouteKey, Operation>;
let admin: string;
let participant: string;

/** What Express itself will answer, read from its router: independent of the Nest metadata the document comes from. */
function servedRoutes(app: NestExpressApplication): RouteKey[] {
  const express: Express = app.getHttpAdapter().getInstance();
  const keys = express.router.stack
    .flatMap(({ route }) =>
      route ? route.stack.map((layer) => `${layer.method.toUpperCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`) : [],
    )
    .filter((key) => key.split(' ')[1]?.startsWith('/api/'));
  return [...new Set(keys)].sort();
}

function documentedOperations(document: OpenApiDocument): Map<RouteKey, Operation> {
  const base = document.servers[0]?.url ?? '';
  return new Map(
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]): [RouteKey, Operation] => [
        `${method.toUpperCase()} ${base}${path}`,
        operation,
      ]),
    ),
  );
}

/** Calls a route with every path parameter set to a well-formed id that matches nothing. */
async function probe(key: RouteKey, options: { token?: string; withBody?: boolean }) {
  const [method = 'GET', path = ''] = key.split(' ');
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // An array is valid JSON but no request body of the contract: only body validation can refuse it at the root.
  const body = options.withBody && BODY_METHODS.has(method) ? '[]' : undefined;
  if (body) headers['content-type'] = 'application/json';
  const response = await fetch(`${t.url}${path.replace(/\{\w+\}/g, FAKE_ID)}`, { method, headers, body });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
  return {
    status: response.status,
    error: isJson && text ? (JSON.parse(text) as Partial<ErrorBody>).error : undefined,
  };
}

/** Logging out ends the session whose token the probes carry, so that probe goes last. */
const LOGOUT: RouteKey = 'POST /api/auth/logout';

async function probeAll(options: { token?: string; withBody?: boolean }) {
  const results = new Map<RouteKey, Awaited<ReturnType<typeof probe>>>();
  const order = [...served.filter((key) => key !== LOGOUT), ...served.filter((key) => key === LOGOUT)];
  for (const key of order) results.set(key, await probe(key, options));
  return results;
}

const keysWhere = (map: Map<RouteKey, Operation>, keep: (operation: Operation) => boolean) =>
  [...map].filter(([, operation]) => keep(operation)).map(([key]) => key);

const operation = (key: RouteKey): Operation => {
  const found = documented.get(key);
  if (!found) throw new Error(`${key} is not documented`);
  return found;
};

beforeAll(async () => {
  t = await startTestApp();
  const response = await api<OpenApiDocument>(t.url, 'GET', '/openapi.json');
  expect(response.status).toBe(200);
  doc = response.body;
  served = servedRoutes(t.app);
  documented = documentedOperations(doc);
  [admin, participant] = await Promise.all([
    login(t.url, 'beheer@demo.nl').then((session) => session.accessToken),
    login(t.url, 'deelnemer@demo.nl').then((session) => session.accessToken),
  ]);
});

afterAll(async () => {
  await t.close();
});

describe('/api/openapi.json', () => {
  it('documents exactly the routes the server serves', () => {
    const withSchema = [...documented.values()].filter((op) =>
      Object.entries(op.responses).some(
        ([status, response]) => /^2/.test(status) && response.content?.['application/json']?.schema,
      ),
    );
    console.log(
      `${served.length} served, ${documented.size} documented, ${withSchema.length} with a JSON response schema`,
    );
    expect(served.length).toBeGreaterThan(0);
    expect(served).toContain('GET /api/openapi.json');
    expect([...documented.keys()].sort()).toEqual(served);
  });

  it('has the shape of an OpenAPI 3.1 document whose references all resolve', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toEqual(expect.any(String));
    expect(doc.info.version).toEqual(expect.any(String));
    expect(doc.servers).toEqual([{ url: '/api' }]);
    const ids = [...documented.values()].map((op) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(path).toMatch(/^\//);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      for (const op of Object.values(item)) {
        const inPath = (op.parameters ?? []).filter((parameter) => parameter.in === 'path');
        expect(inPath.map((parameter) => parameter.name).sort()).toEqual(templated);
        expect(inPath.every((parameter) => parameter.required === true)).toBe(true);
        expect(Object.keys(op.responses).some((status) => /^2\d\d$/.test(status))).toBe(true);
      }
    }
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) {
      const [, kind = '', name = ''] = /^#\/components\/(schemas|responses)\/(\w+)$/.exec(ref ?? '') ?? [];
      expect(doc.components[kind as keyof OpenApiDocument['components']]).toHaveProperty([name]);
    }
  });

  it('declares a JSON request body for exactly the routes that validate one', async () => {
    const results = await probeAll({ token: admin, withBody: true });
    const validatingBody = [...results]
      .filter(
        ([, { status, error }]) =>
          status === 400 &&
          error?.code === ErrorCode.ValidationFailed &&
          (error.details === undefined ||
            (Array.isArray(error.details) && error.details.some((detail: { path?: string }) => detail.path === ''))),
      )
      .map(([key]) => key);
    expect(validatingBody.length).toBeGreaterThan(0);
    expect(keysWhere(documented, (op) => op.requestBody !== undefined).sort()).toEqual(validatingBody.sort());
    for (const key of validatingBody) {
      expect(operation(key).requestBody?.content['application/json']?.schema).toEqual(expect.any(Object));
    }
  });

  it('asks a bearer token on exactly the routes the guard protects', async () => {
    const results = await probeAll({ token: 'not-a-token' });
    const refused = [...results].filter(([, { error }]) => error?.code === ErrorCode.InvalidToken).map(([key]) => key);
    expect(keysWhere(documented, (op) => (op.security ?? []).some((s) => 'bearer' in s)).sort()).toEqual(refused);
    expect(operation('GET /api/health').security).toEqual([]);
  });

  it('names the roles on exactly the routes the role guard restricts', async () => {
    const results = await probeAll({ token: participant, withBody: true });
    const refused = [...results]
      .filter(
        ([, { error }]) => error?.code === ErrorCode.Forbidden && error.message === 'Your role does not allow this',
      )
      .map(([key]) => key);
    expect(refused.length).toBeGreaterThan(0);
    expect(keysWhere(documented, (op) => (op['x-required-roles'] ?? []).length > 0).sort()).toEqual(refused);
  });

  it('describes cafés, conversations, meetings and bottleneck exports from the contract', () => {
    const createCafe = operation('POST /api/cafes');
    expect(createCafe['x-required-roles']).toEqual(['facilitator']);
    expect(createCafe.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/CreateCafeRequest',
    });
    expect(doc.components.schemas.CreateCafeRequest).toHaveProperty('type', 'object');
    expect(doc.components.schemas.CreateCafeRequest).toHaveProperty(
      'required',
      expect.arrayContaining(['title', 'tables']),
    );
    expect(createCafe.responses['201']?.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/Cafe',
    });

    const propose = operation('POST /api/conversations/{id}/statements');
    // The path id, then the create endpoints' Idempotency-Key header (issue 15, item 7).
    expect(propose.parameters?.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual([
      'path:id',
      'header:Idempotency-Key',
    ]);
    expect(propose.parameters?.[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(propose.parameters?.[0]?.schema).toHaveProperty('pattern', '^[0-9a-f]{24}$');
    expect(propose.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/ProposeStatementRequest',
    });

    const attendance = operation('PUT /api/meetings/{id}/attendance/{userId}');
    expect(attendance.parameters?.map((parameter) => parameter.name)).toEqual(['id', 'userId']);

    const csv = operation('GET /api/bottlenecks/export.csv');
    expect(Object.keys(csv.responses['200']?.content ?? {})).toEqual(['text/csv; charset=utf-8']);
    expect(csv.parameters?.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['technologyId', 'status', 'minAgeDays']),
    );
    expect(Object.keys(operation('GET /api/meetings/{id}/certificate.pdf').responses['200']?.content ?? {})).toEqual([
      'application/pdf',
    ]);
    expect(operation('POST /api/notifications/read').responses['204']).toEqual({ description: 'No Content' });
  });

  it('keeps no response or body schemas for routes that no longer exist', () => {
    const base = doc.servers[0]?.url ?? '';
    const tableKeys = [...Object.keys(successBodies), ...Object.keys(requestBodies)];
    for (const key of tableKeys) {
      const [method = '', path = ''] = key.split(' ');
      expect(served).toContain(`${method} ${base}${path}`);
    }
  });
});
