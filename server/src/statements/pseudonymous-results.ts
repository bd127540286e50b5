import { createHmac, randomBytes } from 'node:crypto';
import type { ConversationAnalysis } from '@leernetwerk/shared';

// Numbering by a keyed hash, not by user id: ids sort by account age, which would hint at who is who.
const ORDER_KEY = randomBytes(32);
const orderOf = (id: string): string => createHmac('sha256', ORDER_KEY).update(id).digest('hex');

/**
 * Results are read by everyone in the conversation, so they must not say who voted how: user ids
 * in the groups and the chart become `deelnemer-N`, numbered in an order that says nothing about
 * the people behind them.
 */
export function pseudonymousResults(analysis: ConversationAnalysis): ConversationAnalysis {
  const ids = [...new Set(analysis.projection.map((p) => p.participantId))]
    .map((id) => ({ id, order: orderOf(id) }))
    .sort((a, b) => (a.order < b.order ? -1 : 1))
    .map(({ id }) => id);
  const pseudonyms = new Map(ids.map((id, index) => [id, `deelnemer-${index + 1}`]));
  const pseudonymOf = (id: string): string => pseudonyms.get(id) ?? 'deelnemer-?';
  return {
    ...analysis,
    groups: analysis.groups?.map((group) => ({ ...group, members: group.members.map(pseudonymOf) })) ?? null,
    projection: analysis.projection.map((p) => ({ ...p, participantId: pseudonymOf(p.participantId) })),
  };
}
