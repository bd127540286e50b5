import type { TFunction } from 'i18next';
import { pathParts } from '../../lib/forms/pathParts';

/**
 * The number fields and their ranges, as createMeetingRequestSchema checks them
 * (meetingFormErrors.test.ts keeps the two the same).
 */
export const MEETING_RANGES = {
  durationMinutes: [15, 720],
  blockMinutes: [5, 480],
} as const;

/**
 * The form field a problem is about, as the field's `name`: a meeting field (`title`) or one field
 * of an agenda block (`agenda.2.title`), so the message lands under that block's own input.
 */
export function meetingFieldOf(path: readonly PropertyKey[]): string {
  const [field, block, blockField] = path;
  if (field === 'agenda' && typeof block === 'number' && typeof blockField === 'string') {
    return `agenda.${block}.${blockField}`;
  }
  return String(field);
}

/** The same for the server's paths, which come as text. */
export const meetingFieldOfRequestPath = (path: string): string => meetingFieldOf(pathParts(path));

/** What to do about a refused field, in words; numbers get their range. */
export function meetingFieldMessage(t: TFunction, field: string): string {
  const [name = '', , blockField] = field.split('.');
  const range = (limits: readonly [number, number]) => t('validation.numberRange', { min: limits[0], max: limits[1] });
  if (name === 'agenda' && blockField === 'title') return t('meetings.agenda.titleRequired');
  if (name === 'agenda' && blockField === 'minutes') return range(MEETING_RANGES.blockMinutes);
  switch (name) {
    case 'title':
      return t('meetings.form.titleInvalid');
    case 'description':
      return t('meetings.form.descriptionInvalid');
    case 'startsAt':
      return t('meetings.form.startsAtInvalid');
    case 'durationMinutes':
      return range(MEETING_RANGES.durationMinutes);
    default:
      return t('validation.generic');
  }
}
