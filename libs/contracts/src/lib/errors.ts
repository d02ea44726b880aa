/** Machine-readable error codes shared by the API and the client. Tests assert these, not wording. */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  BadRequest = 'bad_request',
  Unauthenticated = 'unauthenticated',
  InvalidCredentials = 'invalid_credentials',
  SessionExpired = 'session_expired',
  CsrfInvalid = 'csrf_invalid',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  RouteNotFound = 'route_not_found',
  Conflict = 'conflict',
  EmailTaken = 'email_taken',
  TokenInvalid = 'token_invalid',
  PasswordTooWeak = 'password_too_weak',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  TooManyRequests = 'too_many_requests',
  AccountLocked = 'account_locked',
  AccountDeactivated = 'account_deactivated',
  ServiceUnavailable = 'service_unavailable',
  Internal = 'internal_error',
  NotEnrolled = 'not_enrolled',
  AttemptsExhausted = 'attempts_exhausted',
  /** Narrowing or archiving a published course offered in every municipality is for admins. */
  CourseScopeAdminOnly = 'course_scope_admin_only',
  /** Publishing a course that could not be completed; `details` lists what is missing. */
  CourseIncomplete = 'course_incomplete',
  /** A vote, card or change sent to a poll or idea board a host has closed. */
  LiveClosed = 'live_closed',
  /** A second vote on the same poll. */
  AlreadyVoted = 'already_voted',
  /** A dot vote beyond the board's dots per participant. */
  DotsExhausted = 'dots_exhausted',
  /** A host locked the room's chat: only hosts may write until it is unlocked. */
  ChatLocked = 'chat_locked',
  /** A live session that is over (ended, or past its end) takes no registrations or guests. */
  SessionOver = 'session_over',
  SessionCancelled = 'session_cancelled',
  /** A guest's join link is already in the room on another connection: one person per link at a time. */
  JoinLinkInUse = 'join_link_in_use',
  /** Accepting would take the mentor past their capacity of active pairings. */
  MentorFull = 'mentor_full',
}

/** One field-level problem: `field` is a dotted path into the request (`body.email`, `query.limit`). */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** The one error body every 4xx and 5xx answers with. */
export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  error: string;
  message: string;
  details: FieldProblem[] | Record<string, unknown> | null;
}

/** A socket acknowledgement: success carries its own fields, failure the error shape. */
export type SocketAck<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; code: ErrorCode; message: string; details: FieldProblem[] | null };
