import type { CafeTableSetup } from '@leernetwerk/shared';

/** One table as the setup form holds it, before it becomes a prompt. */
export interface TableDraft {
  key: number;
  kind: 'statement' | 'question';
  statementId: string | null;
  text: string;
}

let nextKey = 0;

export function newTableDraft(): TableDraft {
  nextKey += 1;
  return { key: nextKey, kind: 'question', statementId: null, text: '' };
}

/** The table as the API takes it, or null when it has no usable prompt yet. */
export function toTableSetup(draft: TableDraft): CafeTableSetup | null {
  if (draft.kind === 'statement') {
    return draft.statementId ? { prompt: { kind: 'statement', statementId: draft.statementId }, hostId: null } : null;
  }
  const text = draft.text.trim();
  return text.length >= 2 ? { prompt: { kind: 'question', text }, hostId: null } : null;
}
