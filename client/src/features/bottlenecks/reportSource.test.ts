import { describe, expect, it } from '@jest/globals';
import { cafeReportLink, sourceFromParams } from './reportSource';

const cafeId = 'a'.repeat(24);
const meetingId = 'b'.repeat(24);

describe('report source', () => {
  it('reads a meeting or a café tablecloth from the address', () => {
    expect(sourceFromParams(new URLSearchParams(`meetingId=${meetingId}`))).toEqual({ kind: 'meeting', meetingId });
    const cafe = sourceFromParams(new URLSearchParams(`cafeId=${cafeId}&table=2&round=1&excerpt=Geen+wifi`));
    expect(cafe).toEqual({ kind: 'cafe', cafeId, table: 2, round: 1, excerpt: 'Geen wifi' });
  });

  it('makes an incomplete or malformed source a report on its own', () => {
    expect(sourceFromParams(new URLSearchParams(''))).toEqual({ kind: 'standalone' });
    expect(sourceFromParams(new URLSearchParams(`cafeId=${cafeId}&table=2&round=1`))).toEqual({ kind: 'standalone' });
    expect(sourceFromParams(new URLSearchParams(`cafeId=${cafeId}&table=&round=1&excerpt=x`))).toEqual({
      kind: 'standalone',
    });
    expect(sourceFromParams(new URLSearchParams('meetingId=nope'))).toEqual({ kind: 'standalone' });
  });

  it('builds a link that reads back as the same tablecloth source, the excerpt cut at 1000 characters', () => {
    const link = cafeReportLink(cafeId, 0, 3, ` ${'x'.repeat(1200)} `);
    const [path, query = ''] = link.split('?');
    expect(path).toBe('/knelpunten/nieuw');
    expect(sourceFromParams(new URLSearchParams(query))).toEqual({
      kind: 'cafe',
      cafeId,
      table: 0,
      round: 3,
      excerpt: 'x'.repeat(1000),
    });
  });
});
