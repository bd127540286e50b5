import {
  accountExportSchema,
  authResponseSchema,
  bottleneckDashboardSchema,
  bottleneckSchema,
  bottleneckSummarySchema,
  cafeSchema,
  cafeSummarySchema,
  conversationDetailSchema,
  conversationListSchema,
  conversationSchema,
  healthResponseSchema,
  inviteCodeResponseSchema,
  loginRequestSchema,
  meetingActionSchema,
  meetingPersonSchema,
  meetingSchema,
  meetingSummarySchema,
  notificationListSchema,
  organisationListSchema,
  organisationSchema,
  postSchema,
  replySchema,
  statementSchema,
  technologyListSchema,
  technologyOverviewSchema,
  technologySchema,
  threadSchema,
  threadSummarySchema,
  userListSchema,
  userSchema,
  voteResponseSchema,
} from '@leernetwerk/shared';
import { z } from 'zod';

/*
 * What the controllers' metadata cannot tell: the TypeScript return type of a handler is gone at run
 * time. Keyed by operation as in the document ('POST /cafes/{id}/start', without the global prefix).
 * A route missing here is still documented, with a JSON body of unstated shape; the e2e test fails on
 * a key that names no route.
 */

/** The JSON body of each route's success response. */
export const successBodies: Readonly<Record<string, z.ZodType>> = {
  'GET /health': healthResponseSchema,

  'POST /auth/register': authResponseSchema,
  'POST /auth/login': authResponseSchema,
  'POST /auth/refresh': authResponseSchema,
  'GET /auth/me': userSchema,
  'PATCH /me': userSchema,
  'GET /me/export': accountExportSchema,

  'GET /users': userListSchema,
  'PUT /users/{id}/roles': userSchema,
  'PUT /users/{id}/ambassadorships': userSchema,
  'GET /organisations': organisationListSchema,
  'POST /organisations': organisationSchema,
  'GET /organisations/{id}': organisationSchema,
  'PATCH /organisations/{id}': organisationSchema,
  'GET /organisations/{id}/invite-code': inviteCodeResponseSchema,
  'POST /organisations/{id}/invite-code/rotate': inviteCodeResponseSchema,
  'GET /technologies': technologyListSchema,
  'POST /technologies': technologySchema,
  'GET /technologies/{id}': technologySchema,
  'PATCH /technologies/{id}': technologySchema,

  'GET /conversations': conversationListSchema,
  'POST /conversations': conversationSchema,
  'GET /conversations/{id}': conversationDetailSchema,
  'PATCH /conversations/{id}': conversationSchema,
  'POST /conversations/{id}/statements': statementSchema,
  'PUT /statements/{id}/vote': voteResponseSchema,
  'POST /statements/{id}/replies': replySchema,
  'POST /statements/{id}/moderation': statementSchema,
  'POST /replies/{id}/moderation': replySchema,

  'GET /cafes': z.array(cafeSummarySchema),
  'POST /cafes': cafeSchema,
  'GET /cafes/{id}': cafeSchema,
  'PATCH /cafes/{id}': cafeSchema,
  'POST /cafes/{id}/lobby': cafeSchema,
  'POST /cafes/{id}/start': cafeSchema,
  'POST /cafes/{id}/next-round': cafeSchema,
  'POST /cafes/{id}/end': cafeSchema,
  'POST /cafes/{id}/close': cafeSchema,
  'POST /cafes/{id}/timer': cafeSchema,
  'POST /cafes/{id}/moves': cafeSchema,
  'POST /cafes/{id}/leave': cafeSchema,
  'POST /cafes/{id}/harvest/review': cafeSchema,
  'POST /cafes/{id}/harvest/feedback': cafeSchema,
  'POST /cafes/{id}/harvest/publish': cafeSchema,

  'GET /technologies/{id}/threads': z.array(threadSummarySchema),
  'POST /technologies/{id}/threads': threadSchema,
  'GET /technologies/{id}/overview': technologyOverviewSchema,
  'GET /threads/search': z.array(threadSummarySchema),
  'GET /threads/counts': z.record(z.string(), z.number().int()),
  'GET /threads/{id}': threadSchema,
  'POST /threads/{id}/posts': postSchema,
  'PUT /threads/{id}/helpful': threadSummarySchema,
  'PUT /posts/{id}/helpful': postSchema,
  'POST /threads/{id}/moderation': threadSummarySchema,
  'POST /posts/{id}/moderation': postSchema,
  'GET /me/ambassador-questions': z.array(threadSummarySchema),
  'GET /notifications': notificationListSchema,

  'GET /meetings': z.array(meetingSummarySchema),
  'POST /meetings': meetingSchema,
  'GET /meetings/{id}': meetingSchema,
  'PATCH /meetings/{id}': meetingSchema,
  'PUT /meetings/{id}/state': meetingSchema,
  'POST /meetings/{id}/check-in': meetingSchema,
  'GET /meetings/{id}/people': z.array(meetingPersonSchema),
  'PUT /meetings/{id}/attendance/{userId}': meetingSchema,
  'POST /meetings/{id}/actions': meetingActionSchema,
  'PATCH /actions/{id}': meetingActionSchema,
  'GET /me/actions': z.array(meetingActionSchema),

  'GET /bottlenecks': z.array(bottleneckSummarySchema),
  'POST /bottlenecks': bottleneckSchema,
  'GET /bottlenecks/dashboard': bottleneckDashboardSchema,
  'GET /bottlenecks/{id}': bottleneckSchema,
  'POST /bottlenecks/{id}/support': bottleneckSchema,
  'DELETE /bottlenecks/{id}/support': bottleneckSchema,
  'POST /bottlenecks/{id}/status': bottleneckSchema,
  'POST /bottlenecks/{id}/merge': bottleneckSchema,
};

/** Request bodies read by something other than a ZodPipe. */
export const requestBodies: Readonly<Record<string, z.ZodType>> = {
  // passport-local reads the login form before the handler runs.
  'POST /auth/login': loginRequestSchema,
};
