import type { TFunction } from 'i18next';
import { isApiError, type ClientErrorCode } from './ApiError';

/** The translated, friendly message for any error a request can end with. */
export function errorMessage(t: TFunction, error: unknown): string {
  return t(errorKey(isApiError(error) ? error.code : 'INTERNAL'));
}

/** The translated message for an error code that arrived another way, e.g. over a socket. */
export function errorCodeMessage(t: TFunction, code: ClientErrorCode): string {
  return t(errorKey(code));
}

function errorKey(code: ClientErrorCode) {
  switch (code) {
    case 'VALIDATION_FAILED':
      return 'errors.VALIDATION_FAILED';
    case 'INVALID_JSON':
      return 'errors.INVALID_JSON';
    case 'PAYLOAD_TOO_LARGE':
      return 'errors.PAYLOAD_TOO_LARGE';
    case 'UNAUTHENTICATED':
      return 'errors.UNAUTHENTICATED';
    case 'TOKEN_EXPIRED':
      return 'errors.TOKEN_EXPIRED';
    case 'INVALID_TOKEN':
      return 'errors.INVALID_TOKEN';
    case 'INVALID_CREDENTIALS':
      return 'errors.INVALID_CREDENTIALS';
    case 'INVALID_INVITE_CODE':
      return 'errors.INVALID_INVITE_CODE';
    case 'EMAIL_TAKEN':
      return 'errors.EMAIL_TAKEN';
    case 'WEAK_PASSWORD':
      return 'errors.WEAK_PASSWORD';
    case 'TOO_MANY_FAILED_LOGINS':
      return 'errors.TOO_MANY_FAILED_LOGINS';
    case 'SESSION_ENDED':
      return 'errors.SESSION_ENDED';
    case 'INVALID_BODY_ENCODING':
      return 'errors.INVALID_BODY_ENCODING';
    case 'UNSUPPORTED_ENCODING':
      return 'errors.UNSUPPORTED_ENCODING';
    case 'FORBIDDEN':
      return 'errors.FORBIDDEN';
    case 'NOT_FOUND':
      return 'errors.NOT_FOUND';
    case 'CONFLICT':
      return 'errors.CONFLICT';
    case 'STALE_REVISION':
      return 'errors.STALE_REVISION';
    case 'CONVERSATION_CLOSED':
      return 'errors.CONVERSATION_CLOSED';
    case 'CAFE_WRONG_STATE':
      return 'errors.CAFE_WRONG_STATE';
    case 'PRIVACY_RISK':
      return 'errors.PRIVACY_RISK';
    case 'PRIVACY_CONFIRM_REQUIRED':
      return 'errors.PRIVACY_CONFIRM_REQUIRED';
    case 'INVALID_TRANSITION':
      return 'errors.INVALID_TRANSITION';
    case 'ALREADY_SUPPORTED':
      return 'errors.ALREADY_SUPPORTED';
    case 'MEETING_WRONG_STATE':
      return 'errors.MEETING_WRONG_STATE';
    case 'NOT_ATTENDED':
      return 'errors.NOT_ATTENDED';
    case 'IDEMPOTENCY_KEY_REUSED':
      return 'errors.IDEMPOTENCY_KEY_REUSED';
    case 'CERTIFICATE_NOT_YET':
      return 'errors.CERTIFICATE_NOT_YET';
    case 'RATE_LIMITED':
      return 'errors.RATE_LIMITED';
    case 'PROTOCOL_VERSION_MISMATCH':
      return 'errors.PROTOCOL_VERSION_MISMATCH';
    case 'MALFORMED_FRAME':
      return 'errors.MALFORMED_FRAME';
    case 'UPDATE_TOO_LARGE':
      return 'errors.UPDATE_TOO_LARGE';
    case 'DOCUMENT_TOO_LARGE':
      return 'errors.DOCUMENT_TOO_LARGE';
    case 'READ_ONLY':
      return 'errors.READ_ONLY';
    case 'FRAME_REFUSED':
      return 'errors.FRAME_REFUSED';
    case 'ACCOUNT_DISABLED':
      return 'errors.ACCOUNT_DISABLED';
    case 'NOT_JOINED':
      return 'errors.NOT_JOINED';
    case 'DATABASE_UNAVAILABLE':
      return 'errors.DATABASE_UNAVAILABLE';
    case 'CAFE_CHANGED':
      return 'errors.CAFE_CHANGED';
    case 'CAFE_SETUP_LOCKED':
      return 'errors.CAFE_SETUP_LOCKED';
    case 'MEDIA_UNAVAILABLE':
      return 'errors.MEDIA_UNAVAILABLE';
    case 'INTERNAL':
      return 'errors.INTERNAL';
    case 'NETWORK':
      return 'errors.NETWORK';
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}
