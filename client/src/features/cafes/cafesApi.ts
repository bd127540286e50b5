import {
  cafeSchema,
  cafeSummarySchema,
  type BroadcastRequest,
  type Cafe,
  type CafeSeen,
  type CreateCafeRequest,
  type HarvestFeedbackRequest,
  type TimerActionRequest,
} from '@leernetwerk/shared';
import { z } from 'zod';
import { api } from '../../lib/api/apiClient';

export const cafeKeys = {
  list: ['cafes', 'list'] as const,
  detail: (id: string) => ['cafes', 'detail', id] as const,
};

/** The facilitator's steps that move a café along; each answers with the whole café. */
export type CafeStep = 'lobby' | 'start' | 'next-round' | 'end' | 'close';

/** The harvest's steps for the facilitator. */
export type HarvestStep = 'review' | 'publish';

/** Every request of the world café, in one place; answers are checked against the shared schemas. */
export const cafesApi = {
  list: () => api.get('/cafes', z.array(cafeSummarySchema)),
  create: (body: CreateCafeRequest, key: string) => api.create('/cafes', body, cafeSchema, key),
  detail: (id: string) => api.get(`/cafes/${id}`, cafeSchema),
  step: (id: string, step: CafeStep, seen: CafeSeen) => api.send('POST', `/cafes/${id}/${step}`, { seen }, cafeSchema),
  timer: (id: string, body: TimerActionRequest) => api.send('POST', `/cafes/${id}/timer`, body, cafeSchema),
  move: (id: string, userId: string, table: number) =>
    api.send('POST', `/cafes/${id}/moves`, { userId, table }, cafeSchema),
  setInPlenary: (id: string, inPlenary: boolean) => api.send('POST', `/cafes/${id}/plenary`, { inPlenary }, cafeSchema),
  broadcast: (id: string, body: BroadcastRequest, idempotencyKey: string) =>
    api.createWithoutAnswer(`/cafes/${id}/broadcast`, idempotencyKey, body),
  /** A draft's setup; the server refuses it once the lobby is open (CAFE_SETUP_LOCKED). */
  updateSetup: (id: string, body: CreateCafeRequest) => api.send('PATCH', `/cafes/${id}`, body, cafeSchema),
  setHosts: (id: string, tables: { prompt: Cafe['tables'][number]['prompt']; hostId: string | null }[]) =>
    api.send('PATCH', `/cafes/${id}`, { tables }, cafeSchema),
  leave: (id: string) => api.send('POST', `/cafes/${id}/leave`, {}, cafeSchema),
  harvestStep: (id: string, step: HarvestStep) => api.send('POST', `/cafes/${id}/harvest/${step}`, {}, cafeSchema),
  feedback: (id: string, body: HarvestFeedbackRequest, key: string) =>
    api.create(`/cafes/${id}/harvest/feedback`, body, cafeSchema, key),
  exportMarkdown: (id: string) => api.getFile(`/cafes/${id}/harvest/export.md`),
  exportPdf: (id: string) => api.getFile(`/cafes/${id}/harvest/export.pdf`),
};
