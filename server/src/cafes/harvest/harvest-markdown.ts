import { VOTE_PHASE_NL } from '../../common/dutch-labels';
import type { Block } from './document-blocks';
import type { HarvestContent } from './harvest-content';
import { cafeDateLine, HARVEST_SECTIONS, tableclothHeading, tallyLine } from './harvest-sections';

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

/** The harvest as Markdown, in the same order and with the same headings as the PDF. */
export function harvestMarkdown(content: HarvestContent): string {
  const lines = [`# Oogst: ${escapeMarkdown(content.cafe.title)}`, ''];
  if (content.cafe.centralQuestion) lines.push(`*${escapeMarkdown(content.cafe.centralQuestion)}*`, '');
  lines.push(cafeDateLine(content), '');
  lines.push(`${content.cafe.participants.length} deelnemers, ${content.cafe.rounds} rondes.`, '');
  lines.push(`## ${HARVEST_SECTIONS.organisations}`, '');
  if (content.organisations.length === 0) lines.push(HARVEST_SECTIONS.nobody);
  lines.push(...content.organisations.map((name) => `- ${escapeMarkdown(name)}`), '');
  if (content.statements.length > 0) {
    lines.push(`## ${HARVEST_SECTIONS.statements}`);
    for (const statement of content.statements) {
      lines.push('', `### ${escapeMarkdown(statement.text)}`, '');
      lines.push(`- ${tallyLine(VOTE_PHASE_NL.before, statement.before)}`);
      lines.push(`- ${tallyLine(VOTE_PHASE_NL.after, statement.after)}`);
    }
    lines.push('');
  }
  lines.push(`## ${HARVEST_SECTIONS.harvest}`);
  lines.push(...(content.harvest.length ? blockLines(content.harvest, 1) : ['', HARVEST_SECTIONS.nothingWritten]), '');
  lines.push(`## ${HARVEST_SECTIONS.tablecloths}`);
  for (const table of content.tables) {
    lines.push('', `### ${tableclothHeading(table.table)}`, '', `*${escapeMarkdown(table.promptText)}*`, '');
    lines.push(...(table.tablecloth.length ? blockLines(table.tablecloth, 3) : [HARVEST_SECTIONS.emptyTablecloth]));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
