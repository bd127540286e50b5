import type { StoredStatement } from '../statements.repository';
import type { StoredVote } from '../votes.repository';
import { VOTE_NL, VOTE_PHASE_NL } from '../../common/dutch-labels';
import { excelCsv } from '../../common/excel-csv';

const COLUMNS = ['Deelnemer', 'Stelling nr.', 'Stelling', 'Moment', 'Stem', 'Reden'];

/**
 * Every vote as one row, participants as `Deelnemer N` in order of first appearance and
 * statements numbered as listed: enough to redo the analysis elsewhere, not enough to see who
 * voted what. For a Dutch Excel: Dutch words, no ids.
 */
export function votesCsv(statements: readonly StoredStatement[], votes: readonly StoredVote[]): string {
  const listed = new Map(statements.map((s, index) => [s.id, { number: index + 1, text: s.text }]));
  const pseudonyms = new Map<string, string>();
  const pseudonymOf = (participantId: string): string => {
    let pseudonym = pseudonyms.get(participantId);
    if (!pseudonym) {
      pseudonym = `Deelnemer ${pseudonyms.size + 1}`;
      pseudonyms.set(participantId, pseudonym);
    }
    return pseudonym;
  };
  const rows = votes.flatMap((vote) => {
    const statement = listed.get(vote.statementId);
    if (!statement) return [];
    return [
      [
        pseudonymOf(vote.participantId),
        statement.number,
        statement.text,
        VOTE_PHASE_NL[vote.phase],
        VOTE_NL[vote.value],
        vote.reason ?? '',
      ],
    ];
  });
  return excelCsv(COLUMNS, rows);
}
