import { ErrorCode } from '@leernetwerk/shared';
import { parseClaims } from './tokens.service';

const id = 'a'.repeat(24);
const valid = { sub: id, sid: 'b'.repeat(24), iat: 1, exp: 2 };

describe(parseClaims.name, () => {
  it('accepts a subject and session id with numeric times', () => {
    expect(parseClaims(valid)).toEqual(valid);
  });

  it.each([
    ['a numeric subject', { sub: 123 }],
    ['a query object as subject', { sub: { $ne: null } }],
    ['a subject that is not an id', { sub: 'admin' }],
    ['no session', { sid: undefined }],
    ['a text expiry', { exp: 'later' }],
  ])('refuses %s with INVALID_TOKEN', (_label, change) => {
    let thrown: unknown;
    try {
      parseClaims({ ...valid, ...change });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: ErrorCode.InvalidToken });
  });
});
