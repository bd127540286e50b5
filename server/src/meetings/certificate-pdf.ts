import PDFDocument from 'pdfkit';
import { formatNetworkTime, type Accreditation, type Meeting } from '@leernetwerk/shared';

const MARGIN = 64;

export interface CertificateContent {
  meeting: Meeting;
  attendeeName: string;
  organisationName: string;
}

/** "2 uur en 30 minuten" */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} uur`);
  if (rest > 0) parts.push(`${rest} minuten`);
  return parts.join(' en ');
}

/** The date in Dutch, in the Netherlands' time zone, as on the invitation. */
export function meetingDateText(iso: string): string {
  return formatNetworkTime(iso, 'nl-NL', 'dayTimeFull');
}

/** "SKJ, nummer 12345: 2,5 punten" */
export function accreditationText({ register, number, amount, unit }: Accreditation): string {
  const howMuch = `${String(amount).replace('.', ',')} ${unit === 'points' ? 'punten' : 'uur'}`;
  return `${register}, nummer ${number}: ${howMuch}`;
}

/** A certificate of attendance for accreditation: A4, standard fonts, so it needs nothing installed. */
export function certificatePdf({ meeting, attendeeName, organisationName }: CertificateContent): Promise<Buffer> {
  const title = `Bewijs van deelname: ${meeting.title}`;
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title, Subject: attendeeName } });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('Helvetica').fontSize(12).text('Leernetwerk Sociale Technologie', { align: 'center' });
  pdf.moveDown(1.5).font('Helvetica-Bold').fontSize(26).text('Bewijs van deelname', { align: 'center' });
  pdf.moveDown(1.5).font('Helvetica').fontSize(13).text('Hierbij verklaren wij dat', { align: 'center' });
  pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(20).text(attendeeName, { align: 'center' });
  if (organisationName) pdf.font('Helvetica').fontSize(13).text(organisationName, { align: 'center' });
  pdf.moveDown(0.6).font('Helvetica').fontSize(13).text('aanwezig was bij de bijeenkomst van het lerend netwerk', {
    align: 'center',
  });
  pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(16).text(meeting.title, { align: 'center' });

  pdf.moveDown(2).font('Helvetica').fontSize(12);
  pdf.text(`Datum: ${meetingDateText(meeting.startsAt)}`);
  pdf.text(`Duur: ${durationText(meeting.durationMinutes)}`);
  pdf.text(`Begeleider: ${meeting.facilitator.name}`);
  if (meeting.accreditation) pdf.text(`Accreditatie: ${accreditationText(meeting.accreditation)}`);
  if (meeting.agenda.length > 0) {
    pdf.moveDown().font('Helvetica-Bold').text('Programma');
    for (const block of meeting.agenda) pdf.font('Helvetica').text(`• ${block.title} (${block.minutes} min.)`);
  }
  pdf
    .moveDown(2)
    .font('Helvetica-Oblique')
    .fontSize(10)
    .text(`Afgegeven op ${formatNetworkTime(new Date(), 'nl-NL', 'day')}.`);
  pdf.end();
  return done;
}
