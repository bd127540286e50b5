import { generateInviteCode, normaliseInviteCode } from './invite-code';

describe(generateInviteCode.name, () => {
  it('makes codes without look-alike characters', () => {
    const codes = Array.from({ length: 200 }, generateInviteCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe(normaliseInviteCode.name, () => {
  it('accepts a code typed in lower case, with spaces or without the dash', () => {
    expect(normaliseInviteCode('k7pm-3qxd')).toBe('K7PM-3QXD');
    expect(normaliseInviteCode(' K7PM 3QXD ')).toBe('K7PM-3QXD');
    expect(normaliseInviteCode('k7pm3qxd')).toBe('K7PM-3QXD');
  });
});
