import {
  conversationDetailSchema,
  conversationListSchema,
  conversationSchema,
  replySchema,
  statementSchema,
  voteResponseSchema,
  type CreateConversationRequest,
  type ProposeReplyRequest,
  type ProposeStatementRequest,
  type ReportRequest,
  type UpdateConversationRequest,
  type VoteRequest,
} from '@leernetwerk/shared';
import { api } from '../../lib/api/apiClient';
import { conversationResultsSchema } from './resultsSchema';

export const conversationKeys = {
  list: ['conversations', 'list'] as const,
  detail: (id: string) => ['conversations', 'detail', id] as const,
  results: (id: string) => ['conversations', 'results', id] as const,
};

export type ModerationAction = 'publish' | 'hide';

/** Every request of statement discussions, in one place; answers are checked against the shared schemas. */
export const conversationsApi = {
  list: () => api.get('/conversations', conversationListSchema),
  create: (body: CreateConversationRequest, key: string) => api.create('/conversations', body, conversationSchema, key),
  detail: (id: string) => api.get(`/conversations/${id}`, conversationDetailSchema),
  update: (id: string, body: UpdateConversationRequest) =>
    api.send('PATCH', `/conversations/${id}`, body, conversationSchema),
  results: (id: string) => api.get(`/conversations/${id}/results`, conversationResultsSchema),
  propose: (id: string, body: ProposeStatementRequest, key: string) =>
    api.create(`/conversations/${id}/statements`, body, statementSchema, key),
  vote: (statementId: string, body: VoteRequest) =>
    api.send('PUT', `/statements/${statementId}/vote`, body, voteResponseSchema),
  reply: (statementId: string, body: ProposeReplyRequest, key: string) =>
    api.create(`/statements/${statementId}/replies`, body, replySchema, key),
  reportStatement: (statementId: string, body: ReportRequest) =>
    api.sendWithoutAnswer('POST', `/statements/${statementId}/report`, body),
  reportReply: (replyId: string, body: ReportRequest) =>
    api.sendWithoutAnswer('POST', `/replies/${replyId}/report`, body),
  moderateStatement: (statementId: string, action: ModerationAction) =>
    api.send('POST', `/statements/${statementId}/moderation`, { action }, statementSchema),
  moderateReply: (replyId: string, action: ModerationAction) =>
    api.send('POST', `/replies/${replyId}/moderation`, { action }, replySchema),
  exportCsv: (id: string) => api.getFile(`/conversations/${id}/export.csv`),
  summaryMarkdown: (id: string) => api.getFile(`/conversations/${id}/summary.md`),
};
