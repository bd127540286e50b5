import { loadPasswordChecker, PasswordProblem } from './password-strength';

describe(loadPasswordChecker.name, () => {
  it.each([
    ['1234567890', PasswordProblem.CommonPassword],
    ['wachtwoord', PasswordProblem.CommonWord],
    ['password12', PasswordProblem.CommonPassword],
    ['          ', PasswordProblem.Repetition],
    ['qwertyuiop', PasswordProblem.CommonPassword],
    ['abcdefghijkl', PasswordProblem.Sequence],
    ['kort', PasswordProblem.TooShort],
    ['x'.repeat(201), PasswordProblem.TooLong],
  ])('refuses %j because of %s', async (password, reason) => {
    const checker = await loadPasswordChecker();
    expect(checker.problemOf(password)).toBe(reason);
  });

  it('refuses a password made of the person’s own name or email address', async () => {
    const checker = await loadPasswordChecker();
    const personal = { name: 'Noor de Vries', email: 'noor.devries@surplus.nl' };
    expect(checker.problemOf('noordevries1', personal)).toBe(PasswordProblem.PersonalInfo);
    expect(checker.problemOf('noordevries1')).toBeNull();
  });

  it('accepts a sentence of a few words', async () => {
    const checker = await loadPasswordChecker();
    for (const password of ['fiets-appel-regen-7', 'veilig-wachtwoord-1', 'ik drink graag thee']) {
      expect([password, checker.problemOf(password)]).toEqual([password, null]);
    }
  });
});
