import { inflateSync } from 'node:zlib';

/** pdfkit's standard fonts use WinAnsi (windows-1252): latin1 but for these bytes. */
const WIN_ANSI_EXTRA: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
};

function winAnsi(bytes: Buffer): string {
  return Array.from(bytes, (byte) => WIN_ANSI_EXTRA[byte] ?? String.fromCharCode(byte)).join('');
}

/**
 * The text lines of a PDF that pdfkit wrote (standard fonts, Flate-compressed content): every
 * text-showing operator (Tj/TJ) as one line, kerning dropped. Enough to check what a reader sees;
 * not a general PDF parser.
 */
export function pdfTextLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  const streamStart = /stream\r?\n/g;
  for (let match = streamStart.exec(raw); match; match = streamStart.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // Not a compressed content stream (a font or image): no text in it.
    }
    for (const shown of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexParts =
        shown[1] !== undefined ? [...shown[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1] ?? '') : [shown[2] ?? ''];
      lines.push(hexParts.map((hex) => winAnsi(Buffer.from(hex, 'hex'))).join(''));
    }
  }
  return lines;
}
