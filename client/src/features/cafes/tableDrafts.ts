import type { CafeTable, CafeTableSetup } from '@leernetwerk/shared';

/** One table as the setup form holds it, before it becomes a prompt. */
export interface TableDraft {
  key: number;
  kind: 'statement' | 'question';
  statementId: string | null;
  text: string;
  /** Kept as it was when an existing café is edited; the form itself does not choose hosts. */
  hostId: string | null;
}

let nextKey = 0;

export function newTableDraft(): TableDraft {
  nextKey += 1;
  return { key: nextKey, kind: 'question', statementId: null, text: '', hostId: null };
}

/** An existing café's table, to edit. */
export function tableDraftOf(table: CafeTable): TableDraft {
  nextKey += 1;
  return table.prompt.kind === 'statement'
    ? { key: nextKey, kind: 'statement', statementId: table.prompt.statementId, text: '', hostId: table.hostId }
    : { key: nextKey, kind: 'question', statementId: null, text: table.prompt.text, hostId: table.hostId };
}

/** The table as the API takes it, or null when it has no usable prompt yet. */
export function toTableSetup(draft: TableDraft): CafeTableSetup | null {
  if (draft.kind === 'statement') {
    return draft.statementId
      ? { prompt: { kind: 'statement', statementId: draft.statementId }, hostId: draft.hostId }
      : null;
  }
  const text = draft.text.trim();
  return text.length >= 2 ? { prompt: { kind: 'question', text }, hostId: draft.hostId } : null;
}
