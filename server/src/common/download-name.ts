import { StreamableFile } from '@nestjs/common';
import { networkDay } from '@leernetwerk/shared';

const MAX_STEM = 80;

/** 'Café: "Samen" 2/3' → 'cafe-samen-2-3': what every browser and file system accepts. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '');
}

const RESERVED = new Set('\\/:*?"<>|');

/** Characters no file system (or header) takes: reserved ones and control characters become spaces. */
function withoutReservedCharacters(text: string): string {
  return Array.from(text, (c) => (RESERVED.has(c) || c.charCodeAt(0) < 32 ? ' ' : c)).join('');
}

/** A file name from what the file is about and its day in Amsterdam: 'Oogst - Samen verder 2026-03-03.pdf'. */
export function downloadName(parts: readonly string[], day: string | Date, extension: string): string {
  const stem = parts
    .map((part) => withoutReservedCharacters(part).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' - ');
  return `${stem} ${networkDay(day)}.${extension}`;
}

/**
 * The Content-Disposition of a download: an ASCII-only name for old clients, and the real name
 * (accents and all) in `filename*` for the rest (RFC 6266).
 */
export function attachmentDisposition(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1) : '';
  const ascii = `${asciiSlug(dot > 0 ? fileName.slice(0, dot) : fileName) || 'download'}${extension ? `.${asciiSlug(extension)}` : ''}`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A CSV file as a download with its name (controllers stay one line). */
export function csvDownload({ csv, fileName }: { csv: string; fileName: string }): StreamableFile {
  return new StreamableFile(Buffer.from(csv, 'utf8'), {
    type: 'text/csv; charset=utf-8',
    disposition: attachmentDisposition(fileName),
  });
}

/** A Markdown file as a download with its name. */
export function markdownDownload({ markdown, fileName }: { markdown: string; fileName: string }): StreamableFile {
  return new StreamableFile(Buffer.from(markdown, 'utf8'), {
    type: 'text/markdown; charset=utf-8',
    disposition: attachmentDisposition(fileName),
  });
}

/** A PDF file as a download with its name. */
export function pdfDownload({ pdf, fileName }: { pdf: Buffer; fileName: string }): StreamableFile {
  return new StreamableFile(pdf, { type: 'application/pdf', disposition: attachmentDisposition(fileName) });
}
