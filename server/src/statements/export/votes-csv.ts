import { stringify } from 'csv-stringify/sync';
import type { StoredStatement } from '../statements.repository';
import type { StoredVote } from '../votes.repository';

const VALUE_NL = { agree: 'eens', disagree: 'oneens', pass: 'pas' } as const;
const PHASE_NL = { before: 'voor', after: 'na' } as const;

/**
 * Every vote as one row, participants as `deelnemer-N` in order of first appearance: enough to
 * redo the analysis elsewhere, not enough to see who voted what. Cells starting with = + - @ are
 * escaped so a spreadsheet does not run user text as a formula.
 */
export function votesCsv(statements: readonly StoredStatement[], votes: readonly StoredVote[]): string {
  const textOf = new Map(statements.map((s) => [s.id, s.text]));
  const pseudonyms = new Map<string, string>();
  const pseudonymOf = (participantId: string): string => {
    let pseudonym = pseudonyms.get(participantId);
    if (!pseudonym) {
      pseudonym = `deelnemer-${pseudonyms.size + 1}`;
      pseudonyms.set(participantId, pseudonym);
    }
    return pseudonym;
  };
  const rows = votes
    .filter((vote) => textOf.has(vote.statementId))
    .map((vote) => [
      pseudonymOf(vote.participantId),
      vote.statementId,
      textOf.get(vote.statementId),
      PHASE_NL[vote.phase],
      VALUE_NL[vote.value],
      vote.reason ?? '',
    ]);
  return stringify(rows, {
    header: true,
    columns: ['deelnemer', 'stelling_id', 'stelling', 'fase', 'stem', 'reden'],
    escape_formulas: true,
    bom: true,
  });
}
