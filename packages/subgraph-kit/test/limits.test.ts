import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import {
  checkQueryLimits,
  DEFAULT_QUERY_LIMITS,
  limitsForRoles,
  queryLimitPolicyFromEnv,
  queryLimitsFromEnv,
  type QueryLimits,
} from '../src/limits.js';
import { Role } from '../src/caller.js';
import { abuseQueries } from '@housing-hub/testing';

const schemaDir = new URL('../../../schema/', import.meta.url);
const schema = buildSchema(readFileSync(new URL('api.graphql', schemaDir), 'utf8'));
const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS };
/** Tokens unbounded, so that the limit behind the token limit is the one that answers. */
const withoutTokenLimit: QueryLimits = { ...DEFAULT_QUERY_LIMITS, maxTokens: 10_000_000 };

describe('query limits', () => {
  it.each(readdirSync(new URL('operations/', schemaDir)))('lets the documented operation %s through', (file) => {
    const query = readFileSync(new URL(`operations/${file}`, schemaDir), 'utf8');
    // The documents' other required variables are not given here: only a limit's refusal counts.
    const limitRefusal = (refused: ReturnType<typeof checkQueryLimits>) =>
      refused?.code === 'BAD_USER_INPUT' ? undefined : refused;
    for (const [, operationName] of query.matchAll(/^(?:query|mutation) (\w+)/gm)) {
      expect(limitRefusal(checkQueryLimits(schema, { query, operationName }, limits))).toBeUndefined();
      // even at the largest page, far under the cost limit
      expect(
        limitRefusal(
          checkQueryLimits(schema, { query, operationName, variables: { first: 100 } }, { ...limits, maxCost: 15_000 }),
        ),
      ).toBeUndefined();
    }
  });

  it('lets the introspection query through (its depth is not counted)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    expect(checkQueryLimits(schema, { query: getIntrospectionQuery() }, limits)).toBeUndefined();
  });

  it.each([
    // (with the default limits first, then behind an unbounded token limit: root aliases meet the root-field limit)
    ['2,000 aliases', abuseQueries.aliases(2_000), 'TOO_MANY_TOKENS', 'TOO_MANY_ROOT_FIELDS'],
    ['10,000 aliases', abuseQueries.aliases(10_000), 'TOO_MANY_TOKENS', 'TOO_MANY_ROOT_FIELDS'],
    ['a fragment bomb', abuseQueries.fragmentBomb(), 'TOO_MANY_FIELDS', 'TOO_MANY_FIELDS'],
    ['300 heavy aliases', abuseQueries.heavyAliases(300), 'TOO_MANY_TOKENS', 'TOO_MANY_ROOT_FIELDS'],
    ['100,000 __typename aliases', abuseQueries.typenameAliases(100_000), 'TOO_MANY_TOKENS', 'TOO_MANY_ROOT_FIELDS'],
    ['depth 2,000', abuseQueries.deep(2_000), 'TOO_MANY_TOKENS', 'QUERY_TOO_DEEP'],
  ])('refuses %s with a code', (_name, query, code, codeBehindTokens) => {
    expect(checkQueryLimits(schema, { query }, limits)?.code).toBe(code);
    expect(checkQueryLimits(schema, { query }, withoutTokenLimit)?.code).toBe(codeBehindTokens);
  });

  it('refuses depth 7, 16 aliases, 11 root fields and too many directives, each with its own code and limit', () => {
    const deep = checkQueryLimits(schema, { query: abuseQueries.deep(7) }, limits);
    expect(deep?.code).toBe('QUERY_TOO_DEEP');
    expect(deep?.extensions.limit).toBe(6);
    expect(checkQueryLimits(schema, { query: abuseQueries.deep(6) }, limits)).toBeUndefined();
    expect(
      checkQueryLimits(
        schema,
        { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: programs { code }`).join(' ')} }` },
        { ...limits, maxRootFields: 100 },
      )?.code,
    ).toBe('TOO_MANY_ALIASES');
    expect(
      checkQueryLimits(schema, { query: `{ ${Array.from({ length: 11 }, () => 'programs { code }').join(' ')} }` }, limits)?.code,
    ).toBe('TOO_MANY_ROOT_FIELDS');
    expect(checkQueryLimits(schema, { query: `{ programs { code ${'@include(if: true) '.repeat(51)} } }` }, limits)?.code).toBe(
      'TOO_MANY_DIRECTIVES',
    );
  });

  it('prices list fields by their page size or known cardinality', () => {
    const costOf = (query: string, variables?: Record<string, unknown>) => {
      const refused = checkQueryLimits(schema, { query, variables }, { ...limits, maxCost: 1 });
      return Number(/cost is (\d+)/.exec(refused?.message ?? '')?.[1]);
    };
    // 1 (provinces) + 38 provinces x 1 field
    expect(costOf('{ provinces { code } }')).toBe(39);
    // 1 (regencies) + 1 (nodes) + 100 x 1
    expect(costOf('query($n: Int) { regencies(first: $n) { nodes { code } } }', { n: 100 })).toBe(102);
    expect(costOf('{ regencies(first: 5) { nodes { code } } }')).toBe(7);
    // first above the page maximum is priced at the maximum (the resolver refuses it anyway)
    expect(costOf('{ regencies(first: 100000) { nodes { code } } }')).toBe(102);
    // nested lists multiply: 38 provinces x 14 kab/kota on average
    expect(costOf('{ provinces { regencies { code } } }')).toBe(1 + 38 * (1 + 14));
    // a changes page holds `first` changes (default 100, at most 1,000): 1 (changes) + 1 (its list) + first x 2 fields
    expect(costOf('{ changes(first: 500) { changes { position key } } }')).toBe(2 + 500 * 2);
    expect(costOf('{ changes { changes { position key } } }')).toBe(2 + 100 * 2);
    expect(costOf('{ changes(first: 100000) { changes { position key } } }')).toBe(2 + 1_000 * 2);
  });

  it('refuses a query whose nested lists cost too much', () => {
    const query = '{ provinces { regencies { meetings { regencies { meetings { id } } } } } }';
    expect(checkQueryLimits(schema, { query }, limits)?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an operationName the document does not hold, and an unnamed choice among several', () => {
    const query = 'query A { programs { code } } query B { provinces { code } }';
    expect(checkQueryLimits(schema, { query, operationName: 'B' }, limits)).toBeUndefined();
    expect(checkQueryLimits(schema, { query, operationName: 'C' }, limits)?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(checkQueryLimits(schema, { query }, limits)?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('leaves a document that does not parse to Apollo', () => {
    expect(checkQueryLimits(schema, { query: '{ provinces { code ' }, limits)).toBeUndefined();
  });

  it('reads its limits from HUB_MAX_* variables and rejects nonsense', () => {
    expect(queryLimitsFromEnv({ HUB_MAX_DEPTH: '10', HUB_MAX_COST: '80000' })).toMatchObject({
      maxDepth: 10,
      maxCost: 80_000,
      maxAliases: 15,
    });
    expect(() => queryLimitsFromEnv({ HUB_MAX_TOKENS: 'lots' })).toThrow(/HUB_MAX_TOKENS/);
  });

  it('lets a DATA_STEWARD or ADMIN run heavier queries than PUBLIC, each limit configurable per role', () => {
    const policy = queryLimitPolicyFromEnv({ HUB_MAX_COST_DATA_STEWARD: '900000', HUB_MAX_DEPTH_PEMDA: '8' });
    const publicLimits = limitsForRoles(policy, [Role.PUBLIC]);
    const steward = limitsForRoles(policy, [Role.DATA_STEWARD]);
    expect(publicLimits).toEqual(DEFAULT_QUERY_LIMITS);
    expect(steward).toMatchObject({ maxDepth: 10, maxAliases: 50, maxTokens: 5_000, maxCost: 900_000 });
    expect(limitsForRoles(policy, [Role.ADMIN])).toMatchObject({ maxDepth: 10, maxCost: 500_000 });
    expect(limitsForRoles(policy, [Role.PEMDA])).toMatchObject({ maxDepth: 8, maxCost: DEFAULT_QUERY_LIMITS.maxCost });
    // several roles: the most generous of each limit
    expect(limitsForRoles(policy, [Role.PEMDA, Role.PARTNER])).toMatchObject({ maxDepth: 8 });
    // the body and answer sizes are not per role
    expect(steward.maxBodyBytes).toBe(DEFAULT_QUERY_LIMITS.maxBodyBytes);
    const seven = 'query { provinces { regencies { province { regencies { province { regencies { code } } } } } } }';
    expect(checkQueryLimits(schema, { query: seven }, publicLimits)?.code).toBe('QUERY_TOO_DEEP');
    expect(checkQueryLimits(schema, { query: seven }, steward)?.code).not.toBe('QUERY_TOO_DEEP');
    // a base raised past the heavy defaults raises them too
    expect(limitsForRoles(queryLimitPolicyFromEnv({ HUB_MAX_DEPTH: '12' }), [Role.ADMIN]).maxDepth).toBe(12);
    expect(() => queryLimitPolicyFromEnv({ HUB_MAX_COST_ADMIN: '-1' })).toThrow(/HUB_MAX_COST_ADMIN/);
  });

  it('collapses variable errors early: 1,000 bad enum values are one BAD_USER_INPUT error', () => {
    const query = 'query($schemes: [FundingScheme!]) { fundingSummary(year: 2025, schemes: $schemes) { units } }';
    const schemes = Array.from({ length: 1_000 }, (_, i) => `NOPE${i}`);
    const refused = checkQueryLimits(schema, { query, variables: { schemes } }, limits);
    expect(refused?.code).toBe('BAD_USER_INPUT');
    expect(refused?.message).toMatch(/NOPE0.*not all checked/);
    expect(refused?.extensions.moreErrors).toBe(2);
    // good values pass; a missing required variable is the client's mistake too
    expect(checkQueryLimits(schema, { query, variables: { schemes: ['BSPS', 'FLPP'] } }, limits)).toBeUndefined();
    const required = 'query($code: ID!) { regency(code: $code) { name } }';
    expect(checkQueryLimits(schema, { query: required }, limits)?.code).toBe('BAD_USER_INPUT');
    // a variable of a type the schema lacks is left to validation (GRAPHQL_VALIDATION_FAILED)
    expect(
      checkQueryLimits(schema, { query: 'query($x: Nope) { programs { code } }', variables: { x: 1 } }, limits),
    ).toBeUndefined();
  });

  it('answers a document it has already passed as a fresh check would: other limits and other variables are checked again', () => {
    const query =
      'query Deep($code: ID!) { regency(code: $code) { province { regencies { province { regencies { code } } } } } }';
    expect(checkQueryLimits(schema, { query, variables: { code: '52.01' } }, limits)).toBeUndefined();
    expect(checkQueryLimits(schema, { query, variables: { code: '52.01' } }, { ...limits, maxDepth: 4 })?.code).toBe(
      'QUERY_TOO_DEEP',
    );
    expect(checkQueryLimits(schema, { query, variables: { code: 'a\u0000b' } }, limits)?.code).toBe('INVALID_STRING');
    expect(checkQueryLimits(schema, { query, variables: {} }, limits)?.code).toBe('BAD_USER_INPUT');
  });
});
