import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../lib/api/ApiError';
import { refusalOf } from './refusal';

describe(refusalOf.name, () => {
  it('reads the refusal of a refused status step', () => {
    expect(refusalOf(new ApiError('INVALID_TRANSITION', 409, 'no', { refusal: 'skips-a-step' }))).toBe('skips-a-step');
  });

  it('gives nothing for other errors or unknown refusals', () => {
    expect(refusalOf(new ApiError('CONFLICT', 409, 'no', { refusal: 'skips-a-step' }))).toBeNull();
    expect(refusalOf(new ApiError('INVALID_TRANSITION', 409, 'no', { refusal: 'bored' }))).toBeNull();
    expect(refusalOf(new Error('boom'))).toBeNull();
  });
});
