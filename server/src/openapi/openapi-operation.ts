import { STATUS_CODES } from 'node:http';
import path from 'node:path';
import { errorResponse } from './error-responses';
import type { MediaTypeObject, OperationObject, ResponseObject } from './openapi.types';
import type { CollectedRoute } from './route-collector';
import { requestBodies, successBodies } from './route-contracts';
import { parametersOf } from './route-parameters';
import type { SchemaComponents } from './schema-components';
import type { JsonSchema } from './zod-json-schema';

/** Downloads served without a Content-Type header (e.g. a StreamableFile) are known by their extension. */
const MEDIA_TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  '.csv': 'text/csv',
  '.ics': 'text/calendar',
  '.json': 'application/json',
  '.md': 'text/markdown',
  '.pdf': 'application/pdf',
};

/** One operation of the document; `key` is 'POST /cafes/{id}/start', as in the tables of route-contracts. */
export function describeOperation(route: CollectedRoute, key: string, schemas: SchemaComponents): OperationObject {
  const parameters = parametersOf(route);
  const requestBody = requestBodyOf(route, key, schemas);
  const responses: OperationObject['responses'] = { [route.status]: successOf(route, key, schemas) };
  if (requestBody || route.inputs.length) responses['400'] = errorResponse('ValidationFailed');
  if (!route.isPublic) responses['401'] = errorResponse('Unauthenticated');
  if (route.roles.length) responses['403'] = errorResponse('Forbidden');
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
