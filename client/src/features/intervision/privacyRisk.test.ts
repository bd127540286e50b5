import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../lib/api/ApiError';
import { privacyRiskFindings } from './privacyRisk';

describe('privacyRiskFindings', () => {
  it('reads the findings of a PRIVACY_RISK answer and ignores anything else', () => {
    const details = [{ path: 'body', kind: 'bsn', excerpt: '111222333' }, { kind: 'nonsense' }, null];
    expect(privacyRiskFindings(new ApiError('PRIVACY_RISK', 422, 'x', details))).toEqual([
      { path: 'body', kind: 'bsn', excerpt: '111222333' },
    ]);
    expect(privacyRiskFindings(new ApiError('FORBIDDEN', 403, 'x', details))).toEqual([]);
    expect(privacyRiskFindings(new Error('x'))).toEqual([]);
  });
});
