import {
  bottleneckDashboardSchema,
  bottleneckSchema,
  bottleneckSummarySchema,
  meetingSummarySchema,
  type BottleneckFilter,
  type ChangeBottleneckStatusRequest,
  type MergeBottleneckRequest,
  type ReportBottleneckRequest,
  type SupportBottleneckRequest,
} from '@leernetwerk/shared';
import { z } from 'zod';
import { api } from '../../lib/api/apiClient';
import { filterQuery } from './bottleneckFilters';

const bottleneckListSchema = z.array(bottleneckSummarySchema);

export const bottleneckKeys = {
  all: ['bottlenecks'] as const,
  lists: ['bottlenecks', 'list'] as const,
  list: (filter: BottleneckFilter) => ['bottlenecks', 'list', filter] as const,
  detail: (id: string) => ['bottlenecks', 'detail', id] as const,
  dashboards: ['bottlenecks', 'dashboard'] as const,
  dashboard: (filter: BottleneckFilter) => ['bottlenecks', 'dashboard', filter] as const,
  sourceMeeting: (meetingId: string) => ['bottlenecks', 'source-meeting', meetingId] as const,
};

/** Every request of the bottleneck register, in one place; answers are checked against the shared schemas. */
export const bottlenecksApi = {
  list: (filter: BottleneckFilter) => api.get(`/bottlenecks${filterQuery(filter)}`, bottleneckListSchema),
  get: (id: string) => api.get(`/bottlenecks/${id}`, bottleneckSchema),
  report: (body: ReportBottleneckRequest, key: string) => api.create('/bottlenecks', body, bottleneckSchema, key),
  support: (id: string, body: SupportBottleneckRequest, key: string) =>
    api.create(`/bottlenecks/${id}/support`, body, bottleneckSchema, key),
  withdraw: (id: string) => api.send('DELETE', `/bottlenecks/${id}/support`, undefined, bottleneckSchema),
  changeStatus: (id: string, body: ChangeBottleneckStatusRequest) =>
    api.send('POST', `/bottlenecks/${id}/status`, body, bottleneckSchema),
  merge: (id: string, body: MergeBottleneckRequest) =>
    api.send('POST', `/bottlenecks/${id}/merge`, body, bottleneckSchema),
  dashboard: (filter: BottleneckFilter) =>
    api.get(`/bottlenecks/dashboard${filterQuery(filter)}`, bottleneckDashboardSchema),
  /** Only the title, to show where a report from a meeting comes from. */
  meetingTitle: (meetingId: string) => api.get(`/meetings/${meetingId}`, meetingSummarySchema.pick({ title: true })),
  exportCsv: (filter: BottleneckFilter) => api.getFile(`/bottlenecks/export.csv${filterQuery(filter)}`),
};
