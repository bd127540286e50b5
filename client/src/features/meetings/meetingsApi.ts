import {
  bottleneckSummarySchema,
  meetingActionSchema,
  meetingPersonSchema,
  meetingSchema,
  meetingSummarySchema,
  type CreateActionRequest,
  type CreateMeetingRequest,
  type MeetingState,
  type UpdateActionRequest,
  type UpdateMeetingRequest,
} from '@leernetwerk/shared';
import { z } from 'zod';
import { api } from '../../lib/api/apiClient';

export const meetingKeys = {
  list: ['meetings', 'list'] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  myActions: ['meetings', 'my-actions'] as const,
  bottlenecks: (meetingId: string) => ['meetings', 'bottlenecks', meetingId] as const,
  people: (meetingId: string) => ['meetings', 'people', meetingId] as const,
  /** The whole register, to link an action to one of its bottlenecks. */
  bottleneckOptions: ['meetings', 'bottleneck-options'] as const,
};

/** Every request of meetings and their actions, in one place; answers are checked against the shared schemas. */
export const meetingsApi = {
  list: () => api.get('/meetings', z.array(meetingSummarySchema)),
  create: (body: CreateMeetingRequest, key: string) => api.create('/meetings', body, meetingSchema, key),
  detail: (id: string) => api.get(`/meetings/${id}`, meetingSchema),
  update: (id: string, body: UpdateMeetingRequest) => api.send('PATCH', `/meetings/${id}`, body, meetingSchema),
  setState: (id: string, state: MeetingState) => api.send('PUT', `/meetings/${id}/state`, { state }, meetingSchema),
  checkIn: (id: string) => api.send('POST', `/meetings/${id}/check-in`, {}, meetingSchema),
  people: (id: string) => api.get(`/meetings/${id}/people`, z.array(meetingPersonSchema)),
  setAttendance: (id: string, userId: string, present: boolean) =>
    api.send('PUT', `/meetings/${id}/attendance/${userId}`, { present }, meetingSchema),
  certificate: (id: string, userId?: string) =>
    api.getFile(`/meetings/${id}/certificate.pdf${userId ? `?userId=${encodeURIComponent(userId)}` : ''}`),
  addAction: (id: string, body: CreateActionRequest, key: string) =>
    api.create(`/meetings/${id}/actions`, body, meetingActionSchema, key),
  updateAction: (actionId: string, body: UpdateActionRequest) =>
    api.send('PATCH', `/actions/${actionId}`, body, meetingActionSchema),
  deleteAction: (actionId: string) => api.sendWithoutAnswer('DELETE', `/actions/${actionId}`),
  myActions: () => api.get('/me/actions', z.array(meetingActionSchema)),
  bottlenecks: (meetingId?: string) =>
    api.get(
      meetingId ? `/bottlenecks?meetingId=${encodeURIComponent(meetingId)}` : '/bottlenecks',
      z.array(bottleneckSummarySchema),
    ),
};
