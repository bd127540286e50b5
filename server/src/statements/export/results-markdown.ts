import {
  formatNetworkTime,
  type Conversation,
  type ConversationResults,
  type GroupsWithheldReason,
  type Tally,
} from '@leernetwerk/shared';
import type { StoredStatement } from '../statements.repository';

const WITHHELD_NL: Record<GroupsWithheldReason, string> = {
  'too-few-statements': 'er zijn nog te weinig stellingen',
  'too-few-voters': 'er hebben nog te weinig mensen gestemd (minstens 7 nodig, met elk minstens 5 stemmen)',
  'too-few-votes': 'er zijn nog te weinig stemmen per deelnemer',
  'groups-too-small': 'een groep zou kleiner zijn dan 3 mensen',
  'no-differences': 'de stemmen verschillen te weinig om groepen te zien',
};

/** User text inside a Markdown table cell or list item: no table breaks, no headings, no HTML. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\|*_`<>#[\]]/g, (c) => `\\${c}`);
}

const percent = (part: number, total: number): string => (total === 0 ? '–' : `${Math.round((100 * part) / total)}%`);

function tallyRow(text: string, tally: Tally): string {
  return `| ${cell(text)} | ${tally.agree} | ${tally.disagree} | ${tally.pass} | ${percent(tally.agree, tally.total)} |`;
}

/** A summary a facilitator can paste into a report: tallies, groups, common ground, division, shift. */
export function resultsMarkdown(
  conversation: Conversation,
  statements: readonly StoredStatement[],
  results: ConversationResults,
): string {
  const textOf = new Map(statements.map((s) => [s.id, s.text]));
  const text = (id: string): string => textOf.get(id) ?? id;
  const lines: string[] = [`# ${cell(conversation.title)}`, ''];
  if (conversation.description) lines.push(cell(conversation.description), '');
  lines.push(
    `Samenvatting van ${formatNetworkTime(results.computedAt, 'nl-NL', 'dayTime')}.`,
    `${results.voterCount} mensen stemden.`,
    '',
    '## Stemmen per stelling',
    '',
    '| Stelling | Eens | Oneens | Pas | Eens (%) |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const tally of results.tallies) lines.push(tallyRow(text(tally.statementId), tally));

  lines.push('', '## Meningsgroepen', '');
  if (results.groups) {
    for (const group of results.groups) {
      lines.push(`### Groep ${group.id + 1} (${group.members.length} mensen)`, '');
      for (const rep of group.representative) {
        const verb = rep.direction === 'agree' ? 'eens' : 'oneens';
        lines.push(`- ${Math.round(rep.groupDirectionRatio * 100)}% ${verb}: ${cell(text(rep.statementId))}`);
      }
      lines.push('');
    }
  } else {
    lines.push(`Nog geen groepen: ${WITHHELD_NL[results.groupsWithheldReason ?? 'too-few-voters']}.`, '');
  }

  lines.push('## Gemeenschappelijke grond', '');
  if (results.commonGround.length === 0) lines.push('Geen stelling waar iedereen het over eens is.');
  for (const item of results.commonGround) lines.push(`- ${cell(text(item.statementId))}`);

  lines.push('', '## Verdeeldheid', '');
  if (results.divisive.length === 0) lines.push('Geen stelling die de groepen verdeelt.');
  for (const item of results.divisive) lines.push(`- ${cell(text(item.statementId))}`);

  if (results.shift.length > 0) {
    lines.push('', '## Verschuiving (voor en na het gesprek)', '', '| Stelling | Eens voor | Eens na | Veranderd |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const shift of results.shift) {
      const before = percent(shift.before.agree, shift.before.total);
      const after = percent(shift.after.agree, shift.after.total);
      lines.push(`| ${cell(text(shift.statementId))} | ${before} | ${after} | ${shift.changedVotes} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
