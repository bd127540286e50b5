import { randomInt } from 'node:crypto';

// No 0/O or 1/I/L: codes are read aloud and typed over in meetings.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random invite code such as `K7PM-3QXD` (about 40 bits). */
export function generateInviteCode(): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** Accepts codes typed in lower case or without the dash. */
export function normaliseInviteCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}
