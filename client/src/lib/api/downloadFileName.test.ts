import { describe, expect, it } from '@jest/globals';
import { downloadFileName } from './downloadFileName';

describe('downloadFileName', () => {
  it('prefers the full UTF-8 name over the ASCII one', () => {
    expect(
      downloadFileName(
        `attachment; filename="oogst-cafe-2026-03-03.pdf"; filename*=UTF-8''Oogst%20Caf%C3%A9%202026-03-03.pdf`,
      ),
    ).toBe('Oogst Café 2026-03-03.pdf');
  });

  it('takes the plain name when there is no other, and null when there is none', () => {
    expect(downloadFileName('attachment; filename="knelpunten.csv"')).toBe('knelpunten.csv');
    expect(downloadFileName('attachment')).toBeNull();
    expect(downloadFileName(null)).toBeNull();
  });
});
