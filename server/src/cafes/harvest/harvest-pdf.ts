import PDFDocument from 'pdfkit';
import type { Block } from './document-blocks';
import type { HarvestContent } from './harvest-content';
import { tallyLine } from './harvest-markdown';

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

/** The harvest as a real PDF file (A4, standard fonts, so it needs nothing installed). */
export function harvestPdf(content: HarvestContent): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `Oogst: ${content.cafe.title}` } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('Helvetica-Bold').fontSize(20).text(`Oogst: ${content.cafe.title}`);
  if (content.cafe.centralQuestion)
    pdf.moveDown(0.3).font('Helvetica-Oblique').fontSize(12).text(content.cafe.centralQuestion);
  pdf
    .moveDown(0.3)
    .font('Helvetica')
    .fontSize(10)
    .text(`${content.cafe.participants.length} deelnemers, ${content.cafe.rounds} rondes.`);

  pdf.moveDown().font('Helvetica-Bold').fontSize(15).text('Belangrijkste bevindingen').moveDown(0.3);
  writeBlocks(pdf, content.harvest);

  pdf.moveDown().font('Helvetica-Bold').fontSize(15).text('Tafels');
  for (const table of content.tables) {
    pdf
      .moveDown(0.6)
      .font('Helvetica-Bold')
      .fontSize(13)
      .text(`Tafel ${table.table + 1}: ${table.promptText}`);
    if (table.votes) {
      pdf.font('Helvetica').fontSize(10).text(tallyLine('Voor het gesprek', table.votes.before));
      pdf.text(tallyLine('Na het gesprek', table.votes.after)).moveDown(0.3);
    }
    if (table.tablecloth.length) writeBlocks(pdf, table.tablecloth);
    else pdf.font('Helvetica-Oblique').fontSize(11).text('(Leeg tafelkleed)');
  }
  pdf.end();
  return done;
}
