import { requestFingerprint } from './request-fingerprint';

describe(requestFingerprint.name, () => {
  it('is the same for the same data sent with its fields in another order', () => {
    expect(requestFingerprint('post', '/api/things', { a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      requestFingerprint('POST', '/api/things', { b: { d: 'x', c: [1, 2] }, a: 1 }),
    );
  });

  it('differs when the body, the path or the method differs', () => {
    const first = requestFingerprint('POST', '/api/things', { text: 'Bel de gemeente' });
    expect(requestFingerprint('POST', '/api/things', { text: 'Bel de wijkteams' })).not.toBe(first);
    expect(requestFingerprint('POST', '/api/other', { text: 'Bel de gemeente' })).not.toBe(first);
    expect(requestFingerprint('PUT', '/api/things', { text: 'Bel de gemeente' })).not.toBe(first);
    expect(requestFingerprint('POST', '/api/things', { list: [1, 2] })).not.toBe(
      requestFingerprint('POST', '/api/things', { list: [2, 1] }),
    );
  });
});
