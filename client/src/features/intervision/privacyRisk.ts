import { PRIVACY_KINDS, type PrivacyKind } from '@leernetwerk/shared';
import { isApiError } from '../../lib/api/ApiError';
import type { FieldFinding } from './usePrivacyFindings';

function isKind(value: unknown): value is PrivacyKind {
  return PRIVACY_KINDS.some((kind) => kind === value);
}

/** The findings of a PRIVACY_RISK answer; empty for any other error or malformed details. */
export function privacyRiskFindings(error: unknown): FieldFinding[] {
  if (!isApiError(error) || error.code !== 'PRIVACY_RISK' || !Array.isArray(error.details)) return [];
  return error.details.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { path, kind, excerpt } = item as Record<string, unknown>;
    return isKind(kind) && typeof excerpt === 'string' ? [{ path: String(path), kind, excerpt }] : [];
  });
}
