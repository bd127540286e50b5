import PDFDocument from 'pdfkit';
import type { Block } from './document-blocks';
import type { HarvestContent } from './harvest-content';
import { VOTE_PHASE_NL } from '../../common/dutch-labels';
import { cafeDateLine, HARVEST_SECTIONS, tableclothHeading, tallyLine } from './harvest-sections';

const MARGIN = 56;

function writeBlocks(pdf: PDFKit.PDFDocument, blocks: readonly Block[]): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        pdf
          .moveDown(0.4)
          .font('Helvetica-Bold')
          .fontSize(Math.max(11, 16 - block.level))
          .text(block.text);
        break;
      case 'paragraph':
        pdf.font('Helvetica').fontSize(11).text(block.text).moveDown(0.3);
        break;
      case 'item':
        pdf
          .font('Helvetica')
          .fontSize(11)
          .text(`${block.ordered ? '–' : '•'} ${block.text}`, { indent: 12 + block.depth * 14 });
        break;
      case 'quote':
        pdf.font('Helvetica-Oblique').fontSize(11).text(block.text, { indent: 14 }).moveDown(0.3);
        break;
    }
  }
}

function sectionHeading(pdf: PDFKit.PDFDocument, text: string): void {
  pdf.moveDown().font('Helvetica-Bold').fontSize(15).text(text).moveDown(0.3);
}

/**
 * The harvest as a real PDF file (A4, standard fonts, so it needs nothing installed): when and who,
 * the votes before and after per statement, the facilitator's harvest, then every tablecloth.
 */
export function harvestPdf(content: HarvestContent): Promise<Buffer> {
  const title = `Oogst: ${content.cafe.title}`;
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('Helvetica-Bold').fontSize(20).text(title);
  if (content.cafe.centralQuestion)
    pdf.moveDown(0.3).font('Helvetica-Oblique').fontSize(12).text(content.cafe.centralQuestion);
  pdf.moveDown(0.3).font('Helvetica').fontSize(11).text(cafeDateLine(content));
  pdf.text(`${content.cafe.participants.length} deelnemers, ${content.cafe.rounds} rondes.`);

  sectionHeading(pdf, HARVEST_SECTIONS.organisations);
  if (content.organisations.length === 0) pdf.font('Helvetica-Oblique').fontSize(11).text(HARVEST_SECTIONS.nobody);
  for (const name of content.organisations) pdf.font('Helvetica').fontSize(11).text(`• ${name}`, { indent: 12 });

  if (content.statements.length > 0) {
    sectionHeading(pdf, HARVEST_SECTIONS.statements);
    for (const statement of content.statements) {
      pdf.moveDown(0.3).font('Helvetica-Bold').fontSize(12).text(statement.text);
      pdf.font('Helvetica').fontSize(11).text(tallyLine(VOTE_PHASE_NL.before, statement.before), { indent: 12 });
      pdf.text(tallyLine(VOTE_PHASE_NL.after, statement.after), { indent: 12 });
    }
  }

  sectionHeading(pdf, HARVEST_SECTIONS.harvest);
  if (content.harvest.length) writeBlocks(pdf, content.harvest);
  else pdf.font('Helvetica-Oblique').fontSize(11).text(HARVEST_SECTIONS.nothingWritten);

  sectionHeading(pdf, HARVEST_SECTIONS.tablecloths);
  for (const table of content.tables) {
    pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(13).text(tableclothHeading(table.table));
    pdf.font('Helvetica-Oblique').fontSize(11).text(table.promptText).moveDown(0.3);
    if (table.tablecloth.length) writeBlocks(pdf, table.tablecloth);
    else pdf.font('Helvetica-Oblique').fontSize(11).text(HARVEST_SECTIONS.emptyTablecloth);
  }
  pdf.end();
  return done;
}
