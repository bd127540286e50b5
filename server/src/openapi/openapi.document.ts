import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import {
  accountExportSchema,
  assignAmbassadorshipsRequestSchema,
  assignRolesRequestSchema,
  authResponseSchema,
  createOrganisationRequestSchema,
  createTechnologyRequestSchema,
  deleteAccountRequestSchema,
  errorBodySchema,
  healthResponseSchema,
  idParamsSchema,
  inviteCodeResponseSchema,
  loginRequestSchema,
  organisationListSchema,
  organisationSchema,
  registerRequestSchema,
  technologyListSchema,
  technologySchema,
  updateOrganisationRequestSchema,
  updateProfileRequestSchema,
  updateTechnologyRequestSchema,
  userListSchema,
  userSchema,
} from '@leernetwerk/shared';
import type { z } from 'zod';

interface Endpoint {
  method: RouteConfig['method'];
  path: string;
  summary: string;
  body?: z.ZodType;
  params?: typeof idParamsSchema;
  response?: z.ZodType;
  status?: number;
  isPublic?: boolean;
}

const endpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Health of the server and database',
    response: healthResponseSchema,
    isPublic: true,
  },
  {
    method: 'post',
    path: '/auth/register',
    summary: 'Create an account with an invite code',
    body: registerRequestSchema,
    response: authResponseSchema,
    status: 201,
    isPublic: true,
  },
  {
    method: 'post',
    path: '/auth/login',
    summary: 'Log in (rate limited)',
    body: loginRequestSchema,
    response: authResponseSchema,
    isPublic: true,
  },
  {
    method: 'post',
    path: '/auth/refresh',
    summary: 'New access token from the refresh cookie',
    response: authResponseSchema,
    isPublic: true,
  },
  { method: 'post', path: '/auth/logout', summary: 'End this session', status: 204, isPublic: true },
  { method: 'get', path: '/auth/me', summary: 'The logged-in user', response: userSchema },
  {
    method: 'patch',
    path: '/me',
    summary: 'Change own name or language',
    body: updateProfileRequestSchema,
    response: userSchema,
  },
  { method: 'get', path: '/me/export', summary: 'Export all own data (AVG)', response: accountExportSchema },
  { method: 'delete', path: '/me', summary: 'Delete own account (AVG)', body: deleteAccountRequestSchema, status: 204 },
  { method: 'get', path: '/organisations', summary: 'All organisations', response: organisationListSchema },
  {
    method: 'post',
    path: '/organisations',
    summary: 'Create an organisation (coordinator)',
    body: createOrganisationRequestSchema,
    response: organisationSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/organisations/{id}',
    summary: 'One organisation',
    params: idParamsSchema,
    response: organisationSchema,
  },
  {
    method: 'patch',
    path: '/organisations/{id}',
    summary: 'Change an organisation (coordinator)',
    params: idParamsSchema,
    body: updateOrganisationRequestSchema,
    response: organisationSchema,
  },
  {
    method: 'get',
    path: '/organisations/{id}/invite-code',
    summary: 'Invite code (coordinator)',
    params: idParamsSchema,
    response: inviteCodeResponseSchema,
  },
  {
    method: 'post',
    path: '/organisations/{id}/invite-code/rotate',
    summary: 'Replace the invite code (coordinator)',
    params: idParamsSchema,
    response: inviteCodeResponseSchema,
  },
  { method: 'get', path: '/technologies', summary: 'All technologies', response: technologyListSchema },
  {
    method: 'post',
    path: '/technologies',
    summary: 'Add a technology (coordinator)',
    body: createTechnologyRequestSchema,
    response: technologySchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/technologies/{id}',
    summary: 'One technology',
    params: idParamsSchema,
    response: technologySchema,
  },
  {
    method: 'patch',
    path: '/technologies/{id}',
    summary: 'Change a technology (coordinator)',
    params: idParamsSchema,
    body: updateTechnologyRequestSchema,
    response: technologySchema,
  },
  { method: 'get', path: '/users', summary: 'Users (coordinator)', response: userListSchema },
  {
    method: 'put',
    path: '/users/{id}/roles',
    summary: 'Set roles (coordinator)',
    params: idParamsSchema,
    body: assignRolesRequestSchema,
    response: userSchema,
  },
  {
    method: 'put',
    path: '/users/{id}/ambassadorships',
    summary: 'Set ambassador technologies (coordinator)',
    params: idParamsSchema,
    body: assignAmbassadorshipsRequestSchema,
    response: userSchema,
  },
];

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

/** The OpenAPI 3.1 description of the REST API, generated from the shared zod schemas. */
export function buildOpenApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  for (const e of endpoints) {
    const status = e.status ?? 200;
    registry.registerPath({
      method: e.method,
      path: e.path,
      summary: e.summary,
      security: e.isPublic ? [] : [{ bearer: [] }],
      request: {
        ...(e.params ? { params: e.params } : {}),
        ...(e.body ? { body: { content: json(e.body) } } : {}),
      },
      responses: {
        [status]: { description: 'Success', ...(e.response ? { content: json(e.response) } : {}) },
        default: { description: 'Error with a stable code', content: json(errorBodySchema) },
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Leernetwerk Sociale Technologie API', version: '0.1.0' },
    servers: [{ url: '/api' }],
  });
}
