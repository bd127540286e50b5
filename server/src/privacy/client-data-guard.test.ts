import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { requireNoClientData } from './client-data-guard';

function refusal(fields: Record<string, string>, confirmed: boolean): ApiError {
  try {
    requireNoClientData(fields, confirmed);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(requireNoClientData.name, () => {
  it('refuses client data with PRIVACY_RISK, naming the field, kind and position', () => {
    const error = refusal(
      { description: 'Jan de Vries, geboren 12-03-1987, Dorpsstraat 12 Utrecht, 06-12345678' },
      false,
    );
    expect(error.code).toBe(ErrorCode.PrivacyRisk);
    expect(error.details).toEqual({
      findings: [
        expect.objectContaining({
          path: 'description',
          kind: 'name-with-birthdate',
          severity: 'block',
          start: 0,
          end: 32,
        }),
        expect.objectContaining({ path: 'description', kind: 'address', excerpt: 'Dorpsstraat 12' }),
        expect.objectContaining({ path: 'description', kind: 'mobile-phone', excerpt: '06-12345678' }),
      ],
    });
  });

  it('refuses client data even when the writer confirms', () => {
    expect(refusal({ note: 'Bel me op 030-1234567, haar BSN is 111222333' }, true).code).toBe(ErrorCode.PrivacyRisk);
  });

  it('asks to confirm a work number, and lets it through once confirmed', () => {
    const error = refusal({ title: 'Ok', note: 'Bel me op 030-1234567' }, false);
    expect(error.code).toBe(ErrorCode.PrivacyConfirmRequired);
    expect(error.details).toEqual({
      findings: [{ path: 'note', kind: 'work-phone', severity: 'confirm', start: 10, end: 21, excerpt: '030-1234567' }],
    });
    expect(() => requireNoClientData({ note: 'Bel me op 030-1234567' }, true)).not.toThrow();
  });

  it('lets ordinary text through', () => {
    expect(() =>
      requireNoClientData({ title: 'Wachtlijst jeugdhulp', description: 'Sinds 2024 te lang' }, false),
    ).not.toThrow();
  });
});
