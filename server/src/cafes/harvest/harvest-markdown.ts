import type { Tally } from '@leernetwerk/shared';
import type { Block } from './document-blocks';
import type { HarvestContent } from './harvest-content';

/** User text in Markdown: no HTML, no accidental headings, lists or emphasis. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

function blockLines(blocks: readonly Block[], headingOffset: number): string[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return `\n${'#'.repeat(Math.min(6, block.level + headingOffset))} ${escapeMarkdown(block.text)}\n`;
      case 'paragraph':
        return `\n${escapeMarkdown(block.text)}\n`;
      case 'item':
        return `${'  '.repeat(block.depth)}${block.ordered ? '1.' : '-'} ${escapeMarkdown(block.text)}`;
      case 'quote':
        return `\n> ${escapeMarkdown(block.text)}\n`;
    }
  });
}

export function tallyLine(label: string, tally: Tally): string {
  return `${label}: ${tally.agree} eens, ${tally.disagree} oneens, ${tally.pass} pas`;
}

/** The harvest as Markdown: the facilitator's findings first, then every table's tablecloth and votes. */
export function harvestMarkdown(content: HarvestContent): string {
  const lines = [`# Oogst: ${escapeMarkdown(content.cafe.title)}`, ''];
  if (content.cafe.centralQuestion) lines.push(`*${escapeMarkdown(content.cafe.centralQuestion)}*`, '');
  lines.push(`${content.cafe.participants.length} deelnemers, ${content.cafe.rounds} rondes.`, '');
  lines.push('## Belangrijkste bevindingen', ...blockLines(content.harvest, 2), '');
  lines.push('## Tafels');
  for (const table of content.tables) {
    lines.push('', `### Tafel ${table.table + 1}: ${escapeMarkdown(table.promptText)}`, '');
    if (table.votes) {
      lines.push(`- ${tallyLine('Voor het gesprek', table.votes.before)}`);
      lines.push(`- ${tallyLine('Na het gesprek', table.votes.after)}`, '');
    }
    lines.push(...(table.tablecloth.length ? blockLines(table.tablecloth, 3) : ['(Leeg tafelkleed)']));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
