import { describe, expect, it } from '@jest/globals';
import { createMeetingRequestSchema } from '@leernetwerk/shared';
import { meetingFormProblems } from './meetingFormErrors';

describe('meetingFormProblems', () => {
  it('names the wrong fields and the agenda blocks that need work', () => {
    const parsed = createMeetingRequestSchema.safeParse({
      title: 'x',
      startsAt: 'morgen',
      durationMinutes: 60,
      agenda: [
        { kind: 'plenary', title: 'Welkom', minutes: 15, linkId: null },
        { kind: 'cafe', title: '', minutes: 30, linkId: null },
      ],
    });
    expect(parsed.success).toBe(false);
    const problems = meetingFormProblems(parsed.error?.issues ?? []);
    expect([...problems.fields].sort()).toEqual(['agenda', 'startsAt', 'title']);
    expect([...problems.blocks]).toEqual([1]);
  });
});
