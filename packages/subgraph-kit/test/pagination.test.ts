import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageRequest, toConnection } from '../src/pagination.js';
import { HubError } from '../src/errors.js';

describe('Relay pagination', () => {
  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor('53.71'))).toBe('53.71');
  });

  it('refuses a cursor it did not issue with INVALID_CURSOR', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(HubError);
    try {
      decodeCursor('bm9wZQ');
    } catch (error) {
      expect((error as HubError).extensions.code).toBe('INVALID_CURSOR');
    }
  });

  it('defaults to 20 and refuses more than the maximum page size', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ afterKey: null, size: 20 });
    expect(() => pageRequest(MAX_PAGE_SIZE + 1, null)).toThrow(/first must be between 1 and 100/);
    expect(() => pageRequest(0, null)).toThrow(HubError);
  });

  it('reports a next page when the query found one row more than asked', () => {
    const page = pageRequest(2, null);
    const connection = toConnection(['a', 'b', 'c'], page, 3, (row) => row);
    expect(connection.nodes).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(connection.pageInfo.endCursor!)).toBe('b');
  });
});
