import { errorBodySchema } from '@leernetwerk/shared';
import { errorResponseComponents } from './error-responses';
import { describeOperation } from './openapi-operation';
import type { OpenApiDocument, PathItemObject } from './openapi.types';
import type { CollectedRoute } from './route-collector';
import { SchemaComponents } from './schema-components';

const OPENAPI_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** '/cafes/:id/start' → '/cafes/{id}/start' */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

/**
 * The OpenAPI 3.1 description of every collected route, its request parts typed by the shared zod
 * schemas its pipes validate with. `basePath` is the global prefix the routes are served under.
 */
export function buildOpenApiDocument(routes: readonly CollectedRoute[], basePath: string): OpenApiDocument {
  const schemas = new SchemaComponents();
  const responses = errorResponseComponents(schemas.describe(errorBodySchema, 'output'));
  const paths: Record<string, PathItemObject> = {};
  for (const route of routes) {
    if (!OPENAPI_METHODS.has(route.method)) {
      throw new Error(`${route.controller}.${route.handler}: OpenAPI cannot describe method ${route.method}`);
    }
    const path = toOpenApiPath(route.path);
    const item = (paths[path] ??= {});
    // Express answers with the handler registered first; a later one on the same route is never reached.
    item[route.method] ??= describeOperation(route, `${route.method.toUpperCase()} ${path}`, schemas);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Leernetwerk Sociale Technologie API', version: '0.1.0' },
    servers: [{ url: basePath }],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: schemas.all(),
      responses,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
