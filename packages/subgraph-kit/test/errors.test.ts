import { describe, expect, it } from '@jest/globals';
import { formatClientError, HubError } from '../src/errors.js';

describe('formatting errors for clients', () => {
  it('passes a HubError through with its code and no stack trace', () => {
    const error = new HubError('INVALID_AREA_CODE', 'bad code', { value: 'x' });
    const formatted = formatClientError(
      { message: error.message, extensions: { ...error.extensions, stacktrace: ['at x'] } },
      error,
      () => {},
    );
    expect(formatted).toEqual({ message: 'bad code', extensions: { code: 'INVALID_AREA_CODE', value: 'x' } });
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and logs it', () => {
    const logged: unknown[] = [];
    const formatted = formatClientError(
      { message: 'relation "regions.x" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at db'] } },
      new Error('relation "regions.x" does not exist'),
      (_message, cause) => logged.push(cause),
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged).toHaveLength(1);
  });
});
