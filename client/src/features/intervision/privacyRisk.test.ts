import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../lib/api/ApiError';
import { privacyRiskFindings } from './privacyRisk';

const finding = (kind: string, severity: string, excerpt: string) => ({
  path: 'body',
  kind,
  severity,
  start: 0,
  end: excerpt.length,
  excerpt,
});

describe('privacyRiskFindings', () => {
  it('reads the client data of a PRIVACY_RISK answer and ignores anything else', () => {
    const details = {
      findings: [finding('bsn', 'block', '111222333'), finding('work-phone', 'confirm', '030-1234567')],
    };
    expect(privacyRiskFindings(new ApiError('PRIVACY_RISK', 422, 'x', details))).toEqual([
      { path: 'body', kind: 'bsn', excerpt: '111222333' },
    ]);
    expect(privacyRiskFindings(new ApiError('PRIVACY_CONFIRM_REQUIRED', 422, 'x', details))).toEqual([]);
    expect(privacyRiskFindings(new ApiError('FORBIDDEN', 403, 'x', details))).toEqual([]);
    expect(privacyRiskFindings(new Error('x'))).toEqual([]);
  });

  it('finds nothing in malformed details', () => {
    expect(privacyRiskFindings(new ApiError('PRIVACY_RISK', 422, 'x', [{ kind: 'nonsense' }, null]))).toEqual([]);
  });
});
