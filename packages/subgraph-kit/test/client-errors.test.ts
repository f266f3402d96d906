import { describe, expect, it } from '@jest/globals';
import { collapseErrors } from '../src/collapse-errors.js';
import { databaseFailureOf, formatClientError } from '../src/errors.js';

describe('collapsing repeated errors', () => {
  it('keeps one error per kind, at most five, and counts what it left out', () => {
    const errors = Array.from({ length: 50 }, (_, i) => ({
      message: `Variable "$schemes" got invalid value "NOPE${i}" at "schemes[${i}]"; Value "NOPE${i}" does not exist in "FundingScheme" enum.`,
      extensions: { code: 'BAD_USER_INPUT' },
    }));
    const collapsed = collapseErrors(errors);
    expect(collapsed).toHaveLength(1);
    expect(collapsed[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', repeated: 49 });
    const varied = Array.from({ length: 9 }, (_, i) => ({
      message: `problem ${'abcdefghi'[i]}`,
      extensions: { code: `CODE_${i}` },
    }));
    const kept = collapseErrors(varied);
    expect(kept).toHaveLength(5);
    expect(kept[4]!.extensions?.moreErrors).toBe(4);
  });

  it('keeps the same refusal at two paths apart, and at one field across list items as one', () => {
    const refusal = (path: (string | number)[]) => ({
      message: 'Your role may not use Proposal.deskReviews',
      path,
      extensions: { code: 'FORBIDDEN' },
    });
    const twoAliases = collapseErrors([
      refusal(['proposals', 'nodes', 'deskReviews']),
      refusal(['proposals', 'nodes', 'reviews']),
    ]);
    expect(twoAliases.map((error) => error.path)).toEqual([
      ['proposals', 'nodes', 'deskReviews'],
      ['proposals', 'nodes', 'reviews'],
    ]);
    const perItem = collapseErrors(Array.from({ length: 20 }, (_, i) => refusal(['proposals', 'nodes', i, 'deskReviews'])));
    expect(perItem).toHaveLength(1);
    expect(perItem[0]!.extensions?.repeated).toBe(19);
  });
});

describe('a database that is down is not an internal error', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'terminated by the administrator',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    ['connection lost', new Error('Connection terminated unexpectedly')],
    [
      'wrapped by the ORM',
      Object.assign(new Error('driver failed'), { previous: Object.assign(new Error('x'), { code: '08006' }) }),
    ],
  ])('%s is DATABASE_UNAVAILABLE, without the driver message', (_name, cause) => {
    const logged: unknown[] = [];
    const formatted = formatClientError({ message: cause.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, cause, (m) =>
      logged.push(m),
    );
    expect(formatted.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
    expect(formatted.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    expect(logged).toHaveLength(0);
  });

  it('a statement timeout is QUERY_TIMEOUT; a plain bug stays internal', () => {
    expect(databaseFailureOf(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(
      'QUERY_TIMEOUT',
    );
    expect(databaseFailureOf(new TypeError('x is undefined'))).toBeUndefined();
  });
});
