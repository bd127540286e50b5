import { z } from 'zod';

/** Stable error codes returned in `{ error: { code } }` over HTTP and in socket errors. */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  InvalidJson: 'INVALID_JSON',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  Unauthenticated: 'UNAUTHENTICATED',
  TokenExpired: 'TOKEN_EXPIRED',
  InvalidToken: 'INVALID_TOKEN',
  InvalidCredentials: 'INVALID_CREDENTIALS',
  InvalidInviteCode: 'INVALID_INVITE_CODE',
  EmailTaken: 'EMAIL_TAKEN',
  /** The account was blocked by a coordinator or admin. */
  AccountDisabled: 'ACCOUNT_DISABLED',
  /** The password is too easy to guess; `details.reason` is a `PasswordProblem`. */
  WeakPassword: 'WEAK_PASSWORD',
  /**
   * Too many wrong passwords for this account lately, from any address: the password is not checked
   * until `details.retryAfterSeconds` (also the `Retry-After` header) have passed.
   */
  TooManyFailedLogins: 'TOO_MANY_FAILED_LOGINS',
  /** The login session of this token has ended: logged out, or its refresh token was used twice. */
  SessionEnded: 'SESSION_ENDED',
  /** The body is not valid data for its `Content-Encoding` (e.g. "gzip" that is not gzip). */
  InvalidBodyEncoding: 'INVALID_BODY_ENCODING',
  /** A `Content-Encoding` the server does not decode (it reads gzip, deflate and br). */
  UnsupportedEncoding: 'UNSUPPORTED_ENCODING',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  /**
   * The text changed since the writer opened it (another tab, or a coordinator removed personal
   * data): nothing was saved; `details.revision` is the current revision.
   */
  StaleRevision: 'STALE_REVISION',
  ConversationClosed: 'CONVERSATION_CLOSED',
  /** The café is not in a state that allows this (e.g. advancing a closed café). */
  CafeWrongState: 'CAFE_WRONG_STATE',
  /** The café changed since the facilitator looked (a double click, another facilitator): nothing was done again. */
  CafeChanged: 'CAFE_CHANGED',
  /** The café is no longer a draft: its setup (title, tables, rounds, times) stays as it was opened. */
  CafeSetupLocked: 'CAFE_SETUP_LOCKED',
  /**
   * A text others will read seems to identify a client (BSN, name with birth date, address, 06
   * number, private e-mail); nothing is stored. `details.findings` lists what and where.
   */
  PrivacyRisk: 'PRIVACY_RISK',
  /**
   * A text others will read has what looks like the writer's own work number or work e-mail; it is
   * stored when sent again with `confirmPersonalData: true`. `details.findings` lists what.
   */
  PrivacyConfirmRequired: 'PRIVACY_CONFIRM_REQUIRED',
  /** A bottleneck status change that skips a step, or goes back without a reason; `details.refusal` says which. */
  InvalidTransition: 'INVALID_TRANSITION',
  /** Your organisation already has this bottleneck on record ("bij ons ook" is once per organisation). */
  AlreadySupported: 'ALREADY_SUPPORTED',
  /** The meeting is not open for this (e.g. checking in before it started). */
  MeetingWrongState: 'MEETING_WRONG_STATE',
  /** Only people who attended a meeting get its certificate. */
  NotAttended: 'NOT_ATTENDED',
  /** An `Idempotency-Key` sent again with a different request (other body or endpoint): nothing was done. */
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  /** Certificates are issued once the meeting is closed (attendance and minutes are final then). */
  CertificateNotYet: 'CERTIFICATE_NOT_YET',
  RateLimited: 'RATE_LIMITED',
  ProtocolVersionMismatch: 'PROTOCOL_VERSION_MISMATCH',
  MalformedFrame: 'MALFORMED_FRAME',
  /**
   * A socket packet the namespace does not serve (unknown namespace or event, too many arguments,
   * too deep); the connection is closed.
   */
  FrameRefused: 'FRAME_REFUSED',
  UpdateTooLarge: 'UPDATE_TOO_LARGE',
  DocumentTooLarge: 'DOCUMENT_TOO_LARGE',
  ReadOnly: 'READ_ONLY',
  NotJoined: 'NOT_JOINED',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** The media server (voice and video) cannot be reached: the café goes on, text only. */
  MediaUnavailable: 'MEDIA_UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const errorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]);

/** `details` of a VALIDATION_FAILED error: one entry per invalid field. */
export const validationDetailsSchema = z.array(z.object({ path: z.string(), message: z.string() }));
export type ValidationDetails = z.infer<typeof validationDetailsSchema>;

/** The one error shape of the HTTP API. */
export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
