import { describe, expect, it } from '@jest/globals';
import { keysetCount, keysetSelect, type KeysetQuery } from '../src/keyset-page.js';
import { SortDirection } from '../src/ordering.js';

const query: KeysetQuery = {
  with: { sql: 'n0 as (select area_code, value from need where year <= ?)', params: [2023] },
  from: 'regions.regency a left join n0 on n0.area_code = a.code',
  conditions: [{ sql: 'a.province_code = ?', params: ['52'] }],
  keys: [
    { expr: 'n0.value', alias: 's0', direction: SortDirection.DESC },
    { expr: 'a.code', alias: 's1', direction: SortDirection.ASC },
  ],
};

describe('keyset page queries', () => {
  it('selects the columns and sort values after a cursor, the parameters in placeholder order', () => {
    expect(keysetSelect(query, 'a.code', [500, '52.01'], 21)).toEqual({
      sql:
        'with n0 as (select area_code, value from need where year <= ?) select a.code, n0.value as s0, a.code as s1 ' +
        'from regions.regency a left join n0 on n0.area_code = a.code where a.province_code = ? and ' +
        '(((n0.value < ? or n0.value is null)) or (n0.value = ? and (a.code > ? or a.code is null))) ' +
        'order by n0.value desc nulls last, a.code asc nulls last limit ?',
      params: [2023, '52', 500, 500, '52.01', 21],
    });
  });

  it('counts over every page: the same rows, no cursor, no order', () => {
    expect(keysetCount(query)).toEqual({
      sql:
        'with n0 as (select area_code, value from need where year <= ?) select count(*)::int as count ' +
        'from regions.regency a left join n0 on n0.area_code = a.code where a.province_code = ?',
      params: [2023, '52'],
    });
  });

  it('leaves out the with and where clauses and the limit when there are none', () => {
    const plain: KeysetQuery = { from: 'programs.proposal p', conditions: [], keys: query.keys.slice(1) };
    expect(keysetSelect(plain, 'p.*', null, null)).toEqual({
      sql: 'select p.*, a.code as s1 from programs.proposal p order by a.code asc nulls last',
      params: [],
    });
  });
});
