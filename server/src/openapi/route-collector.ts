import { RequestMethod } from '@nestjs/common';
import {
  HEADERS_METADATA,
  HTTP_CODE_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { z } from 'zod';
import { REQUIRED_ROLES } from '../auth/roles.decorator';
import { IDEMPOTENT } from '../common/idempotency/idempotent.decorator';
import { IS_PUBLIC } from '../common/public.decorator';
import { ZodPipe } from '../common/zod-body.pipe';

export type RouteInputSource = 'body' | 'query' | 'path';

/** One request part a route validates with a ZodPipe; `key` when the decorator names a single field. */
export interface RouteInput {
  source: RouteInputSource;
  key: string | undefined;
  schema: z.ZodType;
}

/** A route as Nest registers it, with what its decorators say about it. */
export interface CollectedRoute {
  controller: string;
  handler: string;
  /** Lower case, as OpenAPI writes it: 'get', 'post', … */
  method: string;
  /** Express style and relative to the global prefix: '/cafes/:id/start'. */
  path: string;
  isPublic: boolean;
  /** Marked `@Idempotent()`: takes an `Idempotency-Key` header. */
  idempotent: boolean;
  roles: readonly string[];
  status: number;
  headers: Readonly<Record<string, string>>;
  inputs: readonly RouteInput[];
}

interface ControllerClass {
  name: string;
  prototype: object;
}

const SOURCES: ReadonlyMap<number, RouteInputSource> = new Map([
  [RouteParamtypes.BODY, 'body'],
  [RouteParamtypes.QUERY, 'query'],
  [RouteParamtypes.PARAM, 'path'],
]);

/** Every route of every controller in the application, read from the metadata Nest routes by. */
export function collectRoutes(discovery: DiscoveryService, scanner: MetadataScanner): CollectedRoute[] {
  return discovery
    .getControllers()
    .flatMap(({ metatype }) => (typeof metatype === 'function' ? routesOf(metatype, scanner) : []));
}

export function routesOf(controller: ControllerClass, scanner: MetadataScanner): CollectedRoute[] {
  return scanner.getAllMethodNames(controller.prototype).flatMap((name) => {
    const handler: unknown = Reflect.get(controller.prototype, name);
    if (typeof handler !== 'function') return [];
    const methodPaths = stringsOf(Reflect.getMetadata(PATH_METADATA, handler));
    if (methodPaths.length === 0) return [];
    const method = RequestMethod[numberOf(Reflect.getMetadata(METHOD_METADATA, handler)) ?? RequestMethod.GET] ?? 'GET';
    const described = {
      controller: controller.name,
      handler: name,
      method: method.toLowerCase(),
      isPublic: (Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller)) === true,
      idempotent: Reflect.getMetadata(IDEMPOTENT, handler) === true,
      roles: stringsOf(Reflect.getMetadata(REQUIRED_ROLES, handler) ?? Reflect.getMetadata(REQUIRED_ROLES, controller)),
      status: numberOf(Reflect.getMetadata(HTTP_CODE_METADATA, handler)) ?? (method === 'POST' ? 201 : 200),
      headers: headersOf(Reflect.getMetadata(HEADERS_METADATA, handler)),
      inputs: inputsOf(Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name)),
    };
    const controllerPaths = stringsOf(Reflect.getMetadata(PATH_METADATA, controller));
    return (controllerPaths.length ? controllerPaths : ['/']).flatMap((base) =>
      methodPaths.map((path) => ({ ...described, path: joinPaths(base, path) })),
    );
  });
}

export function joinPaths(...parts: string[]): string {
  const joined = `/${parts.join('/')}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

function stringsOf(value: unknown): string[] {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function headersOf(value: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const header of Array.isArray(value) ? (value as unknown[]) : []) {
    if (isRecord(header) && typeof header.name === 'string' && typeof header.value === 'string') {
      headers[header.name.toLowerCase()] = header.value;
    }
  }
  return headers;
}

/** Nest keeps each decorated parameter under '<paramtype>:<index>' with its data and pipe instances. */
function inputsOf(routeArgs: unknown): RouteInput[] {
  if (!isRecord(routeArgs)) return [];
  return Object.entries(routeArgs)
    .flatMap(([key, arg]) => {
      const source = SOURCES.get(Number(key.split(':')[0]));
      if (!source || !isRecord(arg) || !Array.isArray(arg.pipes)) return [];
      const index = numberOf(arg.index) ?? 0;
      const fieldKey = typeof arg.data === 'string' ? arg.data : undefined;
      return (arg.pipes as unknown[])
        .filter(isZodPipe)
        .map((pipe) => ({ index, input: { source, key: fieldKey, schema: pipe.schema } }));
    })
    .sort((a, b) => a.index - b.index)
    .map(({ input }) => input);
}

function isZodPipe(value: unknown): value is ZodPipe<z.ZodType> {
  return value instanceof ZodPipe;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
