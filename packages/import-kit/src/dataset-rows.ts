import { areaReader, checkAreaColumns, type AreaScope, type RowArea } from './area-columns.js';
import type { CheckedRows } from './import-pipeline.js';
import { RowErrorCode } from './import-report.js';
import type { StageValue } from './import-transaction.js';
import { createProgress } from './progress.js';
import { RowChecker } from './row-checks.js';
import type { RowSource } from './row-source.js';
import type { TableRow } from './table-reader.js';

/**
 * The columns of a dataset's file besides its area: every file names its rows' areas by the Kemendagri
 * code (`area_code`: `52.01`) or the BPS code (`bps_code`: `5201`), one of the two per row.
 */
export interface DatasetColumns {
  required: readonly string[];
  optional: readonly string[];
}

/** A row read by a dataset's rules: its staged value and its key within the file. */
export interface ReadRow<T extends StageValue[]> {
  value: T;
  key: string;
  /** The column a DUPLICATE_KEY error names; default `area_code`. */
  keyColumn?: string;
}

/** What a dataset says about its rows; `checkRows` does the rest. */
export interface RowRules<T extends StageValue[]> {
  columns: DatasetColumns;
  /** Which areas a row may name. */
  areas: AreaScope;
  years?: { min: number; max: number };
  /** Completes the DUPLICATE_KEY message `same <keyName> as row N`; default `key`. */
  keyName?: string;
  /**
   * Reads one row's cells (`area` is undefined when its area was bad). Whatever it returns is dropped
   * when the row recorded an error on `checker`.
   */
  read(row: TableRow, checker: RowChecker, area: RowArea | undefined): ReadRow<T> | undefined;
}

/**
 * Checks every row of a file against a dataset's rules: the columns, each row's area, the dataset's
 * own cells, no key twice. Returns the rows ready for staging, or every error (sorted by row), and how
 * many rows there were.
 */
export async function checkRows<T extends StageValue[]>(
  table: RowSource,
  rules: RowRules<T>,
): Promise<CheckedRows & { rows: T[] }> {
  const checker = new RowChecker(rules.years?.min, rules.years?.max);
  const hasColumns = checker.requireColumns(table.columns, [...rules.columns.required]);
  if (!checkAreaColumns(table.columns, checker) || !hasColumns) {
    let count = 0;
    for await (const _row of table.rows()) count++;
    return { rows: [], errors: checker.errors, count };
  }
  const areaOf = await areaReader(rules.areas);
  const rows: T[] = [];
  const firstRowOfKey = new Map<string, number>();
  const progress = createProgress('validating', table.estimatedRows);
  let count = 0;
  for await (const row of table.rows()) {
    if ((count++ & 0xfff) === 0) progress.tick(count);
    const before = checker.errors.length;
    const read = rules.read(row, checker, areaOf(row, checker));
    if (!read || checker.errors.length > before) continue;
    const first = firstRowOfKey.get(read.key);
    if (first !== undefined) {
      const message = `same ${rules.keyName ?? 'key'} as row ${first}`;
      checker.fail(row.row, read.keyColumn ?? 'area_code', read.key, RowErrorCode.DUPLICATE_KEY, message);
      continue;
    }
    firstRowOfKey.set(read.key, row.row);
    // Once a row is bad the file is rejected: the good rows after it need not be kept.
    if (checker.errors.length === 0) rows.push(read.value);
  }
  progress.finish();
  if (checker.errors.length > 0) return { rows: [], errors: checker.errors.sort((a, b) => a.row - b.row), count };
  return { rows, errors: [], count };
}
