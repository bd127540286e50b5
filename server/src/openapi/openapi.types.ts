import type { JsonSchema } from './zod-json-schema';

/** The parts of OpenAPI 3.1 this server's description uses. */
export interface MediaTypeObject {
  schema?: JsonSchema;
}

export type Content = Record<string, MediaTypeObject>;

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface ReferenceObject {
  $ref: string;
}

export interface ResponseObject {
  description: string;
  content?: Content;
}

export interface OperationObject {
  operationId: string;
  tags: string[];
  description?: string;
  security: Record<string, string[]>[];
  /** Roles of which the user needs one (admins always pass); OpenAPI has no field of its own for this. */
  'x-required-roles'?: string[];
  parameters?: ParameterObject[];
  requestBody?: { required: boolean; content: Content };
  responses: Record<string, ResponseObject | ReferenceObject>;
}

export type PathItemObject = Record<string, OperationObject>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string };
  servers: { url: string }[];
  paths: Record<string, PathItemObject>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; bearerFormat: string }>;
  };
}
