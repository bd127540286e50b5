/** What kind of client identifier a passage looks like; the UI words its warning per kind. */
export const PRIVACY_KINDS = [
  'bsn',
  'name-with-birthdate',
  'birth-date',
  'address',
  'postcode',
  'mobile-phone',
  'private-email',
  'work-phone',
  'work-email',
] as const;

export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

/**
 * What a finding means for saving: `block` is client data and is never stored; `confirm` is most
 * likely the writer's own work number or work address, stored once the writer says so.
 */
export type PrivacySeverity = 'block' | 'confirm';

/** The kinds a writer may confirm as their own work contact details. */
export const CONFIRMABLE_PRIVACY_KINDS: readonly PrivacyKind[] = ['work-phone', 'work-email'];

export function privacySeverity(kind: PrivacyKind): PrivacySeverity {
  return CONFIRMABLE_PRIVACY_KINDS.includes(kind) ? 'confirm' : 'block';
}

/** A passage of a post that may identify a client; `start`/`end` are string offsets (end exclusive). */
export interface PrivacyFinding {
  kind: PrivacyKind;
  start: number;
  end: number;
  /** `text.slice(start, end)`, so a warning can quote what it is about. */
  excerpt: string;
}

export interface PrivacyCheckOptions {
  /**
   * The day the text is checked; a date near a name only counts as a birth date when it lies more
   * than a year before it. Defaults to now; pass it to get the same answer every time (tests).
   */
  today?: Date;
}

export function finding(text: string, kind: PrivacyKind, start: number, end: number): PrivacyFinding {
  return { kind, start, end, excerpt: text.slice(start, end) };
}
