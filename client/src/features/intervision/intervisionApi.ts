import {
  notificationListSchema,
  postSchema,
  technologyOverviewSchema,
  threadSchema,
  threadSummarySchema,
  type CreatePostRequest,
  type CreateThreadRequest,
  type ThreadSearchQuery,
} from '@leernetwerk/shared';
import { z } from 'zod';
import { api } from '../../lib/api/apiClient';

const threadSummaryListSchema = z.array(threadSummarySchema);

export const intervisionKeys = {
  all: ['intervision'] as const,
  overview: (technologyId: string) => ['intervision', 'overview', technologyId] as const,
  threads: (technologyId: string) => ['intervision', 'threads', technologyId] as const,
  thread: (threadId: string) => ['intervision', 'thread', threadId] as const,
  search: (query: ThreadSearchQuery) => ['intervision', 'search', query] as const,
  ambassadorQuestions: ['intervision', 'ambassador-questions'] as const,
  counts: ['intervision', 'counts'] as const,
  notifications: ['notifications'] as const,
};

export type ModerationAction = 'publish' | 'hide';

function searchParams(query: ThreadSearchQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  return params.toString();
}

/** Every request of intervision, in one place; answers are checked against the shared schemas. */
export const intervisionApi = {
  overview: (technologyId: string) => api.get(`/technologies/${technologyId}/overview`, technologyOverviewSchema),
  followTechnology: (technologyId: string, following: boolean) =>
    api.sendWithoutAnswer('PUT', `/technologies/${technologyId}/follow`, { following }),
  threads: (technologyId: string) => api.get(`/technologies/${technologyId}/threads`, threadSummaryListSchema),
  createThread: (technologyId: string, body: CreateThreadRequest, key: string) =>
    api.create(`/technologies/${technologyId}/threads`, body, threadSchema, key),
  search: (query: ThreadSearchQuery) => api.get(`/threads/search?${searchParams(query)}`, threadSummaryListSchema),
  counts: () => api.get('/threads/counts', z.record(z.string(), z.number().int())),
  thread: (threadId: string) => api.get(`/threads/${threadId}`, threadSchema),
  addPost: (threadId: string, body: CreatePostRequest, key: string) =>
    api.create(`/threads/${threadId}/posts`, body, postSchema, key),
  threadHelpful: (threadId: string, helpful: boolean) =>
    api.send('PUT', `/threads/${threadId}/helpful`, { helpful }, threadSummarySchema),
  postHelpful: (postId: string, helpful: boolean) =>
    api.send('PUT', `/posts/${postId}/helpful`, { helpful }, postSchema),
  followThread: (threadId: string, following: boolean) =>
    api.sendWithoutAnswer('PUT', `/threads/${threadId}/follow`, { following }),
  reportThread: (threadId: string) => api.sendWithoutAnswer('POST', `/threads/${threadId}/report`, {}),
  reportPost: (postId: string) => api.sendWithoutAnswer('POST', `/posts/${postId}/report`, {}),
  promoteThread: (threadId: string) => api.sendWithoutAnswer('POST', `/threads/${threadId}/promote`),
  promotePost: (postId: string) => api.sendWithoutAnswer('POST', `/posts/${postId}/promote`),
  moderateThread: (threadId: string, action: ModerationAction) =>
    api.sendWithoutAnswer('POST', `/threads/${threadId}/moderation`, { action }),
  moderatePost: (postId: string, action: ModerationAction) =>
    api.sendWithoutAnswer('POST', `/posts/${postId}/moderation`, { action }),
  ambassadorQuestions: () => api.get('/me/ambassador-questions', threadSummaryListSchema),
  notifications: () => api.get('/notifications', notificationListSchema),
  markRead: (ids?: string[]) => api.sendWithoutAnswer('POST', '/notifications/read', ids ? { ids } : {}),
};
