import type { z } from 'zod';

/** The form fields a validation problem can point at. */
export type MeetingField = 'title' | 'description' | 'startsAt' | 'durationMinutes' | 'agenda';

const FIELDS: readonly MeetingField[] = ['title', 'description', 'startsAt', 'durationMinutes', 'agenda'];

/** Which fields have a problem, and for the agenda which blocks (0-based). */
export interface MeetingFormProblems {
  fields: Set<MeetingField>;
  blocks: Set<number>;
}

export function meetingFormProblems(issues: readonly z.core.$ZodIssue[]): MeetingFormProblems {
  const fields = new Set<MeetingField>();
  const blocks = new Set<number>();
  for (const { path } of issues) {
    const field = FIELDS.find((name) => name === path[0]);
    if (!field) continue;
    fields.add(field);
    if (field === 'agenda' && typeof path[1] === 'number') blocks.add(path[1]);
  }
  return { fields, blocks };
}
