import { bottleneckSchema, contentHistorySchema, postSchema, threadSchema } from '@leernetwerk/shared';
import { api } from '../../lib/api/apiClient';

/** The writer's "this is my own work contact detail", sent along with an edit when ticked. */
type Confirmation = { confirmPersonalData?: boolean };

/** Something a person wrote and owns: a reply, a thread's opening post, or a bottleneck report. */
export type OwnedItem = { kind: 'post' | 'thread' | 'bottleneck'; id: string };

const pathOf = ({ kind, id }: OwnedItem): string =>
  kind === 'post' ? `/posts/${id}` : kind === 'thread' ? `/threads/${id}` : `/bottlenecks/${id}`;

/** The requests of owning what you wrote, in one place; answers are checked against the shared schemas. */
export const ownershipApi = {
  editPost: (id: string, change: { body: string } & Confirmation, revision: number) =>
    api.send('PATCH', `/posts/${id}`, { ...change, revision }, postSchema),
  editThread: (id: string, change: { title?: string; body?: string } & Confirmation, revision: number) =>
    api.send('PATCH', `/threads/${id}`, { ...change, revision }, threadSchema),
  editBottleneck: (id: string, change: { title?: string; description?: string } & Confirmation, revision: number) =>
    api.send('PATCH', `/bottlenecks/${id}`, { ...change, revision }, bottleneckSchema),
  delete: (item: OwnedItem) => api.sendWithoutAnswer('DELETE', pathOf(item)),
  removePersonalData: (item: OwnedItem, text: string, reason: string) =>
    api.sendWithoutAnswer(
      'POST',
      `${pathOf(item)}/personal-data-removal`,
      item.kind === 'bottleneck' ? { description: text, reason } : { body: text, reason },
    ),
  history: (item: OwnedItem) => api.get(`${pathOf(item)}/history`, contentHistorySchema),
};
