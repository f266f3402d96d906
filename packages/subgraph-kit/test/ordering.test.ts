import { describe, expect, it } from '@jest/globals';
import { keysetCondition, keysetValues, orderByClause, SortDirection, type SortKey } from '../src/ordering.js';

const keys: SortKey[] = [
  { expr: 'n.value', alias: 's0', direction: SortDirection.DESC },
  { expr: 'a.code', alias: 's1', direction: SortDirection.ASC },
];

describe('keyset ordering', () => {
  it('orders with missing values last in both directions', () => {
    expect(orderByClause(keys)).toBe('n.value desc nulls last, a.code asc nulls last');
  });

  it('continues after a value: smaller values (descending), every missing one, then equal values by code', () => {
    expect(keysetCondition(keys, [500, '52.01'])).toEqual({
      sql: '(((n.value < ? or n.value is null)) or (n.value = ? and (a.code > ? or a.code is null)))',
      params: [500, 500, '52.01'],
    });
  });

  it('continues after a missing value only among the missing ones', () => {
    expect(keysetCondition(keys, [null, '52.01'])).toEqual({
      sql: '((n.value is null and (a.code > ? or a.code is null)))',
      params: ['52.01'],
    });
  });

  it('refuses a cursor with the wrong number of sort values', () => {
    expect(() => keysetValues({ afterKey: '["52.01"]', size: 10 }, keys)).toThrow(/another ordering/);
    expect(() => keysetValues({ afterKey: 'not json', size: 10 }, keys)).toThrow(/another ordering/);
    expect(keysetValues({ afterKey: '[3,"52.01"]', size: 10 }, keys)).toEqual([3, '52.01']);
    expect(keysetValues({ afterKey: null, size: 10 }, keys)).toBeNull();
  });
});
