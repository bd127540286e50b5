import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeySchema } from '@leernetwerk/shared';
import { errorResponse } from './error-responses';
import type { MediaTypeObject, OperationObject, ParameterObject, ResponseObject } from './openapi.types';
import type { CollectedRoute } from './route-collector';
import { requestBodies, successBodies } from './route-contracts';
import { parametersOf } from './route-parameters';
import type { SchemaComponents } from './schema-components';
import { toJsonSchema, type JsonSchema } from './zod-json-schema';

/** Downloads served without a Content-Type header (e.g. a StreamableFile) are known by their extension. */
const MEDIA_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.csv': 'text/csv',
  '.ics': 'text/calendar',
  '.json': 'application/json',
  '.md': 'text/markdown',
  '.pdf': 'application/pdf',
};

/** Every create endpoint takes one; the README's "One click, one thing" section explains it. */
const idempotencyKeyParameter: ParameterObject = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description:
    'A key made by the client for one submit attempt (a UUID), sent again with its retries. The first request ' +
    'with a key creates; a repeat with the same key and body creates nothing and gets the same status and body ' +
    '(with the header `Idempotent-Replayed: true`); the same key with another body is refused with ' +
    'IDEMPOTENCY_KEY_REUSED. Keys are kept for 24 hours per user.',
  schema: toJsonSchema(idempotencyKeySchema, 'input'),
};

/** One operation of the document; `key` is 'POST /cafes/{id}/start', as in the tables of route-contracts. */
export function describeOperation(route: CollectedRoute, key: string, schemas: SchemaComponents): OperationObject {
  const parameters = route.idempotent ? [...parametersOf(route), idempotencyKeyParameter] : parametersOf(route);
  const requestBody = requestBodyOf(route, key, schemas);
  const responses: OperationObject['responses'] = { [route.status]: successOf(route, key, schemas) };
  if (requestBody || route.inputs.length) responses['400'] = errorResponse('ValidationFailed');
  if (!route.isPublic) responses['401'] = errorResponse('Unauthenticated');
  if (route.roles.length) responses['403'] = errorResponse('Forbidden');
  if (route.idempotent) responses['422'] = errorResponse('IdempotencyKeyReused');
  responses.default = errorResponse('Error');
  return {
    operationId: `${route.controller}_${route.handler}`,
    tags: [route.controller.replace(/Controller$/, '')],
    ...(route.roles.length
      ? {
          description: `Needs the role ${route.roles.join(' or ')} (admins always pass).`,
          'x-required-roles': [...route.roles],
        }
      : {}),
    security: route.isPublic ? [] : [{ bearer: [] }],
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/** From the route's body ZodPipes, else from the table for bodies read elsewhere (e.g. by passport-local). */
function requestBodyOf(route: CollectedRoute, key: string, schemas: SchemaComponents) {
  const parts = route.inputs.filter((input) => input.source === 'body');
  const described = parts.map(({ key: field, schema }): JsonSchema =>
    field === undefined
      ? schemas.describe(schema, 'input')
      : { type: 'object', properties: { [field]: schemas.describe(schema, 'input') }, required: [field] },
  );
  const fromTable = requestBodies[key];
  const schema =
    described.length > 1 ? { allOf: described } : (described[0] ?? (fromTable && schemas.describe(fromTable, 'input')));
  if (!schema) return undefined;
  const required = !parts.length || parts.some((part) => !part.schema.safeParse(undefined).success);
  return { required, content: { 'application/json': { schema } } };
}

function successOf(route: CollectedRoute, key: string, schemas: SchemaComponents): ResponseObject {
  const description = STATUS_CODES[route.status] ?? 'Success';
  if (route.status === 204) return { description };
  const mediaType =
    route.headers['content-type'] ?? MEDIA_TYPES_BY_EXTENSION[path.extname(route.path)] ?? 'application/json';
  const body = successBodies[key];
  return {
    description,
    content: { [mediaType]: mediaTypeObject(mediaType, body && schemas.describe(body, 'output')) },
  };
}

function mediaTypeObject(mediaType: string, jsonBody: JsonSchema | undefined): MediaTypeObject {
  if (mediaType.startsWith('application/json')) return jsonBody ? { schema: jsonBody } : {};
  if (mediaType.startsWith('text/')) return { schema: { type: 'string' } };
  // Raw bytes such as a PDF: OpenAPI 3.1 describes them by the media type alone.
  return {};
}
