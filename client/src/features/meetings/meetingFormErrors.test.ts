import { describe, expect, it } from '@jest/globals';
import { createMeetingRequestSchema } from '@leernetwerk/shared';
import { MEETING_RANGES, meetingFieldOf, meetingFieldOfRequestPath } from './meetingFormErrors';

const meeting = (overrides: Record<string, unknown> = {}) => ({
  title: 'Netwerkdag',
  startsAt: '2026-12-08T13:00:00+01:00',
  durationMinutes: 60,
  agenda: [{ kind: 'plenary', title: 'Welkom', minutes: 15, linkId: null }],
  ...overrides,
});

const refusedFields = (input: Record<string, unknown>) =>
  (createMeetingRequestSchema.safeParse(input).error?.issues ?? []).map((issue) => meetingFieldOf(issue.path));

describe('meetingFieldOf', () => {
  it('names the wrong meeting fields and the agenda block field that needs work', () => {
    const fields = refusedFields(
      meeting({
        title: 'x',
        startsAt: 'morgen',
        agenda: [
          { kind: 'plenary', title: 'Welkom', minutes: 15, linkId: null },
          { kind: 'cafe', title: '', minutes: 30, linkId: null },
        ],
      }),
    );
    expect(fields.sort()).toEqual(['agenda.1.title', 'startsAt', 'title']);
  });

  it('reads the server paths the same way', () => {
    expect(meetingFieldOfRequestPath('agenda.0.title')).toBe('agenda.0.title');
    expect(meetingFieldOfRequestPath('title')).toBe('title');
  });
});

describe('MEETING_RANGES', () => {
  it('are the ranges the shared schema accepts, edges included', () => {
    const [minDuration, maxDuration] = MEETING_RANGES.durationMinutes;
    expect(refusedFields(meeting({ durationMinutes: minDuration }))).toEqual([]);
    expect(refusedFields(meeting({ durationMinutes: maxDuration }))).toEqual([]);
    expect(refusedFields(meeting({ durationMinutes: minDuration - 1 }))).toEqual(['durationMinutes']);
    expect(refusedFields(meeting({ durationMinutes: maxDuration + 1 }))).toEqual(['durationMinutes']);

    const [minBlock, maxBlock] = MEETING_RANGES.blockMinutes;
    const block = (minutes: number) => meeting({ agenda: [{ kind: 'free', title: 'Pauze', minutes, linkId: null }] });
    expect(refusedFields(block(minBlock))).toEqual([]);
    expect(refusedFields(block(maxBlock))).toEqual([]);
    expect(refusedFields(block(minBlock - 1))).toEqual(['agenda.0.minutes']);
    expect(refusedFields(block(maxBlock + 1))).toEqual(['agenda.0.minutes']);
  });
});
