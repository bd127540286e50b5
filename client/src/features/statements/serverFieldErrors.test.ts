import { describe, expect, it } from '@jest/globals';
import type { PersonalDataFinding } from '@leernetwerk/shared';
import { ApiError, NETWORK_ERROR } from '../../lib/api/ApiError';
import { serverFieldErrors } from './serverFieldErrors';

const MESSAGES = { title: 'Vul een titel in.', description: 'De uitleg is te lang.' };
// The excerpts themselves stand in for the translated privacy message.
const excerpts = (findings: PersonalDataFinding[]) =>
  findings.length === 0 ? undefined : findings.map((finding) => finding.excerpt).join(', ');

function finding(path: string, excerpt: string, kind: PersonalDataFinding['kind']): PersonalDataFinding {
  const severity = kind === 'work-phone' || kind === 'work-email' ? 'confirm' : 'block';
  return { path, kind, severity, start: 0, end: excerpt.length, excerpt };
}

describe(serverFieldErrors.name, () => {
  it('puts each privacy finding at the field it was found in', () => {
    const refusal = new ApiError('PRIVACY_RISK', 422, 'refused', {
      findings: [finding('description', '06-12345678', 'mobile-phone'), finding('title', '12-03-1950', 'birth-date')],
    });
    expect(serverFieldErrors(refusal, MESSAGES, excerpts)).toEqual({
      title: '12-03-1950',
      description: '06-12345678',
    });
  });

  it('puts a work number to confirm at its field too', () => {
    const question = new ApiError('PRIVACY_CONFIRM_REQUIRED', 422, 'confirm', {
      findings: [finding('title', '030-2345678', 'work-phone')],
    });
    expect(serverFieldErrors(question, MESSAGES, excerpts)).toEqual({ title: '030-2345678' });
  });

  it("gives the form's own message for the first invalid field issue, nested paths included", () => {
    const invalid = new ApiError('VALIDATION_FAILED', 400, 'invalid', [
      { path: 'description.0', message: 'Too long' },
      { path: 'description', message: 'Too long again' },
      { path: 'moderation', message: 'Invalid option' },
    ]);
    expect(serverFieldErrors(invalid, MESSAGES, excerpts)).toEqual({ description: 'De uitleg is te lang.' });
  });

  it('places nothing for failures that are about no field the form shows', () => {
    expect(serverFieldErrors(new ApiError(NETWORK_ERROR, 0, 'offline'), MESSAGES, excerpts)).toEqual({});
    expect(serverFieldErrors(new ApiError('FORBIDDEN', 403, 'no'), MESSAGES, excerpts)).toEqual({});
    expect(serverFieldErrors(new Error('boom'), MESSAGES, excerpts)).toEqual({});
    const elsewhere = new ApiError('PRIVACY_RISK', 422, 'refused', {
      findings: [finding('source.excerpt', '06-12345678', 'mobile-phone')],
    });
    expect(serverFieldErrors(elsewhere, MESSAGES, excerpts)).toEqual({});
  });
});
