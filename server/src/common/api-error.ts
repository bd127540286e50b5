import { ErrorCode } from '@leernetwerk/shared';

/** A refusal with a stable code; the exception filter turns it into the API's error shape. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static notFound(what: string): ApiError {
    return new ApiError(ErrorCode.NotFound, `${what} not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): ApiError {
    return new ApiError(ErrorCode.Forbidden, message);
  }
}

/** HTTP status per error code, in one exhaustive place. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.ValidationFailed:
    case ErrorCode.InvalidJson:
    case ErrorCode.InvalidInviteCode:
    case ErrorCode.WeakPassword:
    case ErrorCode.InvalidBodyEncoding:
    case ErrorCode.ProtocolVersionMismatch:
    case ErrorCode.MalformedFrame:
    case ErrorCode.FrameRefused:
    case ErrorCode.NotJoined:
      return 400;
    case ErrorCode.Unauthenticated:
    case ErrorCode.TokenExpired:
    case ErrorCode.InvalidToken:
    case ErrorCode.InvalidCredentials:
    case ErrorCode.SessionEnded:
      return 401;
    case ErrorCode.Forbidden:
    case ErrorCode.AccountDisabled:
    case ErrorCode.ReadOnly:
    case ErrorCode.NotAttended:
      return 403;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.EmailTaken:
    case ErrorCode.Conflict:
    case ErrorCode.StaleRevision:
    case ErrorCode.ConversationClosed:
    case ErrorCode.CafeWrongState:
    case ErrorCode.CafeChanged:
    case ErrorCode.CafeSetupLocked:
    case ErrorCode.InvalidTransition:
    case ErrorCode.AlreadySupported:
    case ErrorCode.MeetingWrongState:
    case ErrorCode.CertificateNotYet:
      return 409;
    case ErrorCode.PrivacyRisk:
    case ErrorCode.PrivacyConfirmRequired:
    case ErrorCode.IdempotencyKeyReused:
      return 422;
    case ErrorCode.PayloadTooLarge:
    case ErrorCode.UpdateTooLarge:
    case ErrorCode.DocumentTooLarge:
      return 413;
    case ErrorCode.UnsupportedEncoding:
      return 415;
    case ErrorCode.RateLimited:
    case ErrorCode.TooManyFailedLogins:
      return 429;
    case ErrorCode.DatabaseUnavailable:
    case ErrorCode.MediaUnavailable:
      return 503;
    case ErrorCode.Internal:
      return 500;
  }
}
