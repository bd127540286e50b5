import type { RangeValue } from '../../ui/RangeInput';
import { LINKED_BLOCK_KINDS, type AgendaBlock, type AgendaBlockInput, type AgendaBlockKind } from '@leernetwerk/shared';

/** One block while it is being edited; `key` keeps React's identity when blocks move. */
export interface AgendaDraft {
  key: number;
  kind: AgendaBlockKind;
  title: string;
  /** As typed: text that is no number (yet) is kept, and refused with the range on save. */
  minutes: RangeValue;
  linkId: string | null;
}

let nextKey = 1;

export function newAgendaDraft(block?: Pick<AgendaBlock, 'kind' | 'title' | 'minutes' | 'linkId'>): AgendaDraft {
  return { key: nextKey++, kind: 'plenary', title: '', minutes: 30, linkId: null, ...block };
}

export function isLinkedKind(kind: AgendaBlockKind): boolean {
  return LINKED_BLOCK_KINDS.includes(kind);
}

/** A new kind drops the link: a café id means nothing to a statement round. */
export function withKind(draft: AgendaDraft, kind: AgendaBlockKind): AgendaDraft {
  return { ...draft, kind, linkId: kind === draft.kind ? draft.linkId : null };
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the edges. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  next.splice(target, 0, ...next.splice(index, 1));
  return next;
}

/** The minutes of the blocks that hold a number; one still being typed counts as nothing. */
export function agendaTotal(blocks: readonly { minutes: RangeValue }[]): number {
  return blocks.reduce((sum, block) => sum + (typeof block.minutes === 'number' ? block.minutes : 0), 0);
}

export function toAgendaInput(draft: AgendaDraft): AgendaBlockInput {
  return {
    kind: draft.kind,
    title: draft.title,
    minutes: typeof draft.minutes === 'number' ? draft.minutes : Number.NaN,
    linkId: isLinkedKind(draft.kind) ? draft.linkId : null,
  };
}
