import { attachmentDisposition, downloadName } from './download-name';

describe('downloadName', () => {
  it('names a file by its title and its day in Amsterdam', () => {
    // 23:30 UTC on 2 March is 3 March in Amsterdam.
    expect(downloadName(['Oogst', 'Café: "Samen" verder?'], '2026-03-02T23:30:00Z', 'pdf')).toBe(
      'Oogst - Café Samen verder 2026-03-03.pdf',
    );
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII name and the real name in filename*', () => {
    expect(attachmentDisposition('Oogst - Café Samen verder 2026-03-03.pdf')).toBe(
      `attachment; filename="oogst-cafe-samen-verder-2026-03-03.pdf"; filename*=UTF-8''Oogst%20-%20Caf%C3%A9%20Samen%20verder%202026-03-03.pdf`,
    );
  });

  it('never lets a quote or line break into the header', () => {
    const header = attachmentDisposition('a"b\r\nSet-Cookie: x.csv');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"')).toHaveLength(3);
  });
});
