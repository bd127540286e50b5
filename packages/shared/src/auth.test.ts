import { loginRequestSchema, registerRequestSchema } from './auth';

const valid = { name: ' Noor ', email: ' Noor@Example.NL ', password: 'lang-genoeg-1', inviteCode: 'K7PM-3QXD' };

describe('registerRequestSchema', () => {
  it('normalises the name and email', () => {
    expect(registerRequestSchema.parse(valid)).toMatchObject({ name: 'Noor', email: 'noor@example.nl' });
  });

  it.each([
    ['an invalid email', { email: 'noor' }],
    ['a password under 10 characters', { password: 'kort' }],
    ['an empty name', { name: '   ' }],
    ['a missing invite code', { inviteCode: undefined }],
  ])('refuses %s', (_label, change) => {
    expect(registerRequestSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});

describe('loginRequestSchema', () => {
  it('refuses query operators where strings belong', () => {
    expect(loginRequestSchema.safeParse({ email: { $gt: '' }, password: 'x' }).success).toBe(false);
    expect(loginRequestSchema.safeParse({ email: 'a@b.nl', password: { $ne: null } }).success).toBe(false);
  });
});
