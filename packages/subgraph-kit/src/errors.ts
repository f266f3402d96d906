import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Every error code a client can see, in one place. Clients branch on `extensions.code`; these
 * strings are part of the public contract and never change meaning.
 */
export const ErrorCode = {
  /** A Kemendagri area code that is not of the form `52` (province) or `52.01` (kab/kota). */
  INVALID_AREA_CODE: 'INVALID_AREA_CODE',
  /** A well-formed area code that is not in the reference frame (writes only: reads return null). */
  UNKNOWN_AREA_CODE: 'UNKNOWN_AREA_CODE',
  YEAR_OUT_OF_RANGE: 'YEAR_OUT_OF_RANGE',
  INVALID_PAGE_SIZE: 'INVALID_PAGE_SIZE',
  INVALID_CURSOR: 'INVALID_CURSOR',
  INVALID_DATE_RANGE: 'INVALID_DATE_RANGE',
  NEGATIVE_NUMBER: 'NEGATIVE_NUMBER',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** The gateway could not reach the subgraph that owns part of the answer: the rest is still served. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** Query limits (HTTP 400), checked before the query is validated or planned; `extensions.limit` says the bound. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_ROOT_FIELDS: 'TOO_MANY_ROOT_FIELDS',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  /** Too many field selections once fragments are expanded (a fragment bomb). */
  TOO_MANY_FIELDS: 'TOO_MANY_FIELDS',
  /** The estimated cost (list sizes multiplied through the query) is over the limit. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** `operationName` names no operation of the document, or several operations and none named. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** An automatic persisted query whose sha256Hash is not the hash of the query sent with it. */
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** A string with a NUL character or an unpaired UTF-16 surrogate, in the query or its variables. */
  INVALID_STRING: 'INVALID_STRING',
  /** The database does not answer (down, restarting, connections exhausted): try again later. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** The database gave up on a statement that ran past its statement timeout. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** The answer would be larger than the response size limit: ask for less. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** A variable's value does not fit its type (Apollo's code, answered before Apollo by the limits). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The query ran past its request deadline (HTTP 504); nothing more is done for it. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  /** The caller spent its request budget (HTTP 429, with Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The HTTP request body is over its size limit (HTTP 413). */
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  /** A spreadsheet export (xlsx) would have more rows than a sheet holds (HTTP 413): filter it, or take CSV. */
  EXPORT_TOO_LARGE_FOR_SHEET: 'EXPORT_TOO_LARGE_FOR_SHEET',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error meant for the client: its message is safe to show and its code is stable. */
export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'HubError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/** A missing or invalid credential: UNAUTHENTICATED, answered with HTTP 401 (never treated as PUBLIC). */
export function unauthenticated(message: string): HubError {
  return new HubError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

// Codes that graphql-js and Apollo Server give to errors in the request itself; their messages are safe.
const SAFE_BUILTIN_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'DOWNSTREAM_SERVICE_ERROR',
  'SUBREQUEST_HTTP_ERROR',
  'SERVICE_UNAVAILABLE',
  ...Object.values(ErrorCode),
]);

// PostgreSQL SQLSTATE classes and driver errors that mean "no database now", not "a bug".
const DATABASE_DOWN_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const DATABASE_DOWN_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const DATABASE_DOWN_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed|Connection ended|PGlite is closed/i;

/** The database's own verdict on an error, found anywhere along its chain of causes. */
export function databaseFailureOf(
  error: unknown,
): typeof ErrorCode.DATABASE_UNAVAILABLE | typeof ErrorCode.QUERY_TIMEOUT | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (code === '57014') return ErrorCode.QUERY_TIMEOUT;
    if (typeof code === 'string' && (DATABASE_DOWN_SQLSTATES.has(code) || DATABASE_DOWN_ERRNOS.has(code)))
      return ErrorCode.DATABASE_UNAVAILABLE;
    if (typeof message === 'string' && DATABASE_DOWN_MESSAGES.test(message)) return ErrorCode.DATABASE_UNAVAILABLE;
    current =
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause ??
      (current as { previous?: unknown }).previous;
  }
  return undefined;
}

/**
 * Apollo `formatError`: known codes pass through; a database that is down or a statement that timed
 * out is named as such (one log line, no stack: it is an operational state, not a bug); anything
 * else is logged with its stack and reaches the client only as INTERNAL_SERVER_ERROR with a plain
 * message. Stack traces never leave the server.
 */
export function formatClientError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, error: unknown) => void = (message, cause) => console.error(message, cause),
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
  if (typeof code === 'string' && SAFE_BUILTIN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  if (code === ErrorCode.INTERNAL_SERVER_ERROR && formatted.message === 'Internal server error') {
    return { ...formatted, extensions };
  }
  const databaseFailure = databaseFailureOf(error);
  if (databaseFailure) {
    console.warn(`${databaseFailure}: ${(error as Error)?.message?.split('\n')[0] ?? 'database error'}`);
    return {
      message:
        databaseFailure === ErrorCode.QUERY_TIMEOUT
          ? 'The database gave up on this query: it took too long'
          : 'The database is unavailable; try again shortly',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: databaseFailure },
    };
  }
  log('Unexpected error while resolving a request', error);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
