import { describe, expect, it } from '@jest/globals';
import { stageColumns } from '../src/import-transaction.js';

describe('stageColumns', () => {
  it('reads a staging table written as SQL, a type with a comma in it included', () => {
    expect(
      stageColumns(`
      year smallint, amount_idr numeric(20, 0),
      status text`),
    ).toEqual([
      { name: 'year', type: 'smallint' },
      { name: 'amount_idr', type: 'numeric(20, 0)' },
      { name: 'status', type: 'text' },
    ]);
  });

  it('refuses a column without a type', () => {
    expect(() => stageColumns('year smallint, status')).toThrow('not a staging column: " status"');
  });
});
