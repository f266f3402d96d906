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

/**
 * Apollo `formatError`: known codes pass through; anything else (a bug, a database error) is
 * logged with its stack and reaches the client only as INTERNAL_SERVER_ERROR with a plain message.
 * Stack traces never leave the server.
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
  log('Unexpected error while resolving a request', error);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
