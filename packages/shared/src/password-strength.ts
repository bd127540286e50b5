import { z } from 'zod';
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Why a password is refused: stable codes, translated by the client, sent by the server in `details.reason`. */
export const PasswordProblem = {
  TooShort: 'too-short',
  TooLong: 'too-long',
  /** On a list of passwords that many people use (`1234567890`, `password12`). */
  CommonPassword: 'common-password',
  /** A Dutch word, or a few, with little else (`wachtwoord`). */
  CommonWord: 'common-word',
  /** A first name or surname. */
  Name: 'name',
  /** The person's own name or email address. */
  PersonalInfo: 'personal-info',
  /** Keys next to each other (`qwertyuiop`). */
  KeyboardPattern: 'keyboard-pattern',
  /** The same character or chunk over and over (ten spaces). */
  Repetition: 'repetition',
  /** A run like `abcdefghij`. */
  Sequence: 'sequence',
  /** A date or a recent year carries most of it. */
  Date: 'date',
  /** None of the above stands out, but it is still quick to guess. */
  Guessable: 'guessable',
} as const;
export type PasswordProblem = (typeof PasswordProblem)[keyof typeof PasswordProblem];

export const passwordProblemSchema = z.enum(Object.values(PasswordProblem) as [PasswordProblem, ...PasswordProblem[]]);

/** `details` of a WEAK_PASSWORD error. */
export const weakPasswordDetailsSchema = z.object({ reason: passwordProblemSchema });
export type WeakPasswordDetails = z.infer<typeof weakPasswordDetailsSchema>;

/**
 * zxcvbn score a password needs: 3 means about 10^8 guesses or more, out of reach of online guessing
 * with our login limits; 2 and lower are found by a patient attacker or any offline one.
 */
const MIN_SCORE = 3;

/** Words a guesser of this platform's passwords would try first. */
const SITE_WORDS = ['leernetwerk', 'sociale technologie', 'socialetechnologie', 'demo'];

/** Checks passwords against common passwords, Dutch words and names, patterns and the person's own details. */
export interface PasswordChecker {
  /** The reason `password` is refused, or null when it is strong enough. */
  problemOf(password: string, personal?: { name?: string; email?: string }): PasswordProblem | null;
}

/** The person's name and email, and their parts, as zxcvbn "user inputs". */
function personalWords(personal: { name?: string; email?: string }): string[] {
  const words = new Set<string>();
  for (const value of [personal.name, personal.email]) {
    const text = value?.trim().toLowerCase();
    if (!text) continue;
    const [local = text] = text.split('@');
    words.add(text);
    words.add(local);
    words.add(local.replace(/[\s.\-_+]+/g, ''));
    for (const part of text.split(/[\s@.\-_+]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

function dictionaryProblem(dictionaryName: string): PasswordProblem {
  if (dictionaryName.includes('passwords')) return PasswordProblem.CommonPassword;
  if (dictionaryName === 'userInputs') return PasswordProblem.PersonalInfo;
  if (/names/i.test(dictionaryName)) return PasswordProblem.Name;
  return PasswordProblem.CommonWord;
}

/** Names the part of the password that makes it weak: the longest pattern zxcvbn found. */
function reasonOf(result: ZxcvbnResult): PasswordProblem {
  const longest = result.sequence.reduce<ZxcvbnResult['sequence'][number] | undefined>(
    (best, match) => (!best || match.token.length > best.token.length ? match : best),
    undefined,
  );
  switch (longest?.pattern ?? 'none') {
    case 'dictionary':
      return dictionaryProblem(String(longest?.dictionaryName));
    case 'spatial':
      return PasswordProblem.KeyboardPattern;
    case 'repeat':
      return PasswordProblem.Repetition;
    case 'sequence':
      return PasswordProblem.Sequence;
    case 'date':
    case 'regex':
      return PasswordProblem.Date;
    default:
      return PasswordProblem.Guessable;
  }
}

function checkerFrom(zxcvbn: ZxcvbnFactory): PasswordChecker {
  return {
    problemOf(password, personal = {}) {
      if (password.length < PASSWORD_MIN_LENGTH) return PasswordProblem.TooShort;
      if (password.length > PASSWORD_MAX_LENGTH) return PasswordProblem.TooLong;
      const result = zxcvbn.check(password, [...SITE_WORDS, ...personalWords(personal)]);
      return result.score >= MIN_SCORE ? null : reasonOf(result);
    },
  };
}

let loading: Promise<PasswordChecker> | undefined;

/**
 * The password checker, built once. Its dictionaries (common passwords, Dutch words and names, about
 * 800 kB) are imported on first use, so a browser only downloads them on the pages that check passwords.
 */
export function loadPasswordChecker(): Promise<PasswordChecker> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-nl-be'),
  ]).then(
    ([{ ZxcvbnFactory }, common, dutch]) =>
      checkerFrom(
        new ZxcvbnFactory({
          graphs: common.adjacencyGraphs,
          dictionary: { ...common.dictionary, ...dutch.dictionary },
        }),
      ),
    (error: unknown) => {
      // A failed download (offline browser) may be retried later.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
