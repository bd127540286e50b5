import type { ConversationDetail } from '@leernetwerk/shared';

/** Colour-blind-safe palette (Okabe–Ito), dark enough for 3:1 against white. */
export const GROUP_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#56B4E9'] as const;

export function groupColour(groupId: number | null): string {
  return groupId === null ? '#6b6b6b' : (GROUP_COLOURS[groupId % GROUP_COLOURS.length] ?? '#6b6b6b');
}

/** Groups are named A, B, C… in the order the analysis numbers them. */
export function groupLetter(groupId: number): string {
  return String.fromCharCode(65 + (groupId % 26));
}

export function percent(ratio: number): number {
  return Math.round(ratio * 100);
}

/** Looks up statement texts by id; results only carry ids. */
export function statementTexts(detail: ConversationDetail): (statementId: string) => string {
  const texts = new Map(detail.statements.map((statement) => [statement.id, statement.text]));
  return (statementId) => texts.get(statementId) ?? '—';
}
