import { loadAreaCodes, type AreaCodes } from '@housing-hub/reference-frame';
import { RowErrorCode } from './import-report.js';
import type { RowChecker } from './row-checks.js';
import type { TableRow } from './table-reader.js';

/** Which areas a dataset's rows may name: kab/kota only (programs), or provinces too (need). */
export type AreaScope = 'REGENCY' | 'PROVINCE_OR_REGENCY';

export interface RowArea {
  code: string;
  level: 'PROVINCE' | 'REGENCY';
}

const RULES = {
  REGENCY: {
    kemendagri: /^\d{2}\.\d{2}$/,
    bps: /^\d{4}$/,
    areas: 'kab/kota',
    kemendagriHint: 'area_code must be the Kemendagri code of a kab/kota, such as "52.01"',
    bpsHint: 'bps_code must be the BPS code of a kab/kota, such as "5201"',
  },
  PROVINCE_OR_REGENCY: {
    kemendagri: /^\d{2}(\.\d{2})?$/,
    bps: /^\d{2}(\d{2})?$/,
    areas: 'province or kab/kota',
    kemendagriHint: 'area_code must be a Kemendagri code such as "52" or "52.01"',
    bpsHint: 'bps_code must be a BPS code such as "52" or "5201"',
  },
} as const;

/** The file must name its areas one way or the other: an `area_code` (Kemendagri) or a `bps_code` column. */
export function checkAreaColumns(columns: string[], checker: RowChecker): boolean {
  if (columns.includes('area_code') || columns.includes('bps_code')) return true;
  checker.fail(
    1,
    'area_code',
    null,
    RowErrorCode.MISSING_COLUMN,
    'the file needs an area_code (Kemendagri) or a bps_code column',
  );
  return false;
}

/**
 * Reads the areas of a file's rows against the one frame (`loadAreaCodes`): a row names its area by
 * `area_code` (Kemendagri, `52.01`) or `bps_code` (`5201`, translated to Kemendagri).
 */
export async function areaReader(scope: AreaScope): Promise<(row: TableRow, checker: RowChecker) => RowArea | undefined> {
  const codes = await loadAreaCodes();
  const rule = RULES[scope];
  return (row, checker) => {
    const kemendagri = row.cells.area_code;
    const bps = row.cells.bps_code;
    if (kemendagri) {
      if (!rule.kemendagri.test(kemendagri))
        return checker.fail(row.row, 'area_code', kemendagri, RowErrorCode.INVALID_AREA_CODE, rule.kemendagriHint);
      const level = levelOf(kemendagri, codes, scope);
      if (!level)
        return checker.fail(
          row.row,
          'area_code',
          kemendagri,
          RowErrorCode.UNKNOWN_AREA_CODE,
          `no ${rule.areas} has the code ${kemendagri}`,
        );
      return { code: kemendagri, level };
    }
    if (bps) {
      if (!rule.bps.test(bps)) return checker.fail(row.row, 'bps_code', bps, RowErrorCode.INVALID_AREA_CODE, rule.bpsHint);
      const code = bps.length === 4 ? codes.regencyByBpsCode.get(bps) : codes.provinceByBpsCode.get(bps);
      const level = code ? levelOf(code, codes, scope) : undefined;
      if (!code || !level)
        return checker.fail(row.row, 'bps_code', bps, RowErrorCode.UNKNOWN_AREA_CODE, `no ${rule.areas} has the BPS code ${bps}`);
      return { code, level };
    }
    return checker.fail(row.row, 'area_code', '', RowErrorCode.MISSING_VALUE, 'each row needs an area_code or a bps_code');
  };
}

function levelOf(code: string, codes: AreaCodes, scope: AreaScope): RowArea['level'] | undefined {
  if (codes.regencies.has(code)) return 'REGENCY';
  if (scope === 'PROVINCE_OR_REGENCY' && codes.provinces.has(code)) return 'PROVINCE';
  return undefined;
}
