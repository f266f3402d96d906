import { describe, expect, it } from '@jest/globals';
import { sheetRow } from '../src/export/xlsx-stream.js';

describe('xlsx cells', () => {
  const columns = [
    { name: 'year', kind: 'integer' as const },
    { name: 'value', kind: 'integer' as const },
    { name: 'amount_idr', kind: 'string' as const },
    { name: 'total_idr', kind: 'string' as const },
    { name: 'modeled', kind: 'boolean' as const },
    { name: 'bps_code', kind: 'string' as const },
    { name: 'source_url', kind: 'string' as const },
  ];

  it('writes integers and rupiah as numbers, and keeps every digit of one Excel cannot hold', () => {
    const line =
      '{"year":2024,"value":12345678901234567890,"amount_idr":"34640000000000","total_idr":"1234567890123456789","modeled":true,"bps_code":"5201","source_url":null}';
    expect(sheetRow(columns, line)).toEqual([
      2024,
      '12345678901234567890',
      34640000000000,
      '1234567890123456789',
      true,
      '5201',
      null,
    ]);
  });

  it('keeps 15 digits as a number (what Excel holds exactly)', () => {
    const line = '{"year":2025,"value":-999999999999999,"amount_idr":"999999999999999","modeled":false}';
    expect(sheetRow(columns, line).slice(0, 5)).toEqual([2025, -999999999999999, 999999999999999, null, false]);
  });
});
