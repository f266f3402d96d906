import { areaReader, checkAreaColumns, type AreaScope, type RowArea } from './area-columns.js';
import type { CheckedRows } from './import-pipeline.js';
import { RowErrorCode, type ImportRowError } from './import-report.js';
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

/** What checking a whole file found: every error (sorted by row) and how many rows there were. */
export interface RowCheckOutcome {
  errors: ImportRowError[];
  count: number;
}

/**
 * A file's rows checked as they are read: `batches` yields the good rows, a few thousand at a time,
 * while no row has failed yet, so that a caller can stream them into the database while the rest of
 * the file is still parsed and checked; after a bad row it yields nothing more but checks on to the
 * end. Once `batches` is read to the end, `outcome` holds every error and the row count; with any
 * error, the rows yielded before are to be thrown away (the import rolls back).
 */
export interface CheckedRowStream<T extends StageValue[] = StageValue[]> {
  batches: AsyncIterable<T[]>;
  readonly outcome: RowCheckOutcome;
}

const BATCH_ROWS = 2_000;

/**
 * Checks every row of a file against a dataset's rules as it is read: the columns, each row's area,
 * the dataset's own cells, no key twice. See `CheckedRowStream`.
 */
export function streamCheckedRows<T extends StageValue[]>(table: RowSource, rules: RowRules<T>): CheckedRowStream<T> {
  const checker = new RowChecker(rules.years?.min, rules.years?.max);
  let outcome: RowCheckOutcome | undefined;
  async function* batches(): AsyncGenerator<T[]> {
    const hasColumns = checker.requireColumns(table.columns, [...rules.columns.required]);
    if (!checkAreaColumns(table.columns, checker) || !hasColumns) {
      let count = 0;
      for await (const _row of table.rows()) count++;
      outcome = { errors: checker.errors, count };
      return;
    }
    const areaOf = await areaReader(rules.areas);
    const firstRowOfKey = new Map<string, number>();
    const progress = createProgress('validating', table.estimatedRows);
    let batch: T[] = [];
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
      // Once a row is bad the file is rejected: the good rows after it need not be passed on.
      if (checker.errors.length > 0) continue;
      batch.push(read.value);
      if (batch.length === BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    progress.finish();
    if (batch.length > 0 && checker.errors.length === 0) yield batch;
    outcome = { errors: checker.errors.sort((a, b) => a.row - b.row), count };
  }
  return {
    batches: batches(),
    get outcome() {
      if (!outcome) throw new Error('the rows were not all read yet');
      return outcome;
    },
  };
}

/**
 * Checks every row of a file against a dataset's rules (`streamCheckedRows`), keeping them: returns the
 * rows ready for staging, or every error (sorted by row), and how many rows there were.
 */
export async function checkRows<T extends StageValue[]>(
  table: RowSource,
  rules: RowRules<T>,
): Promise<CheckedRows & { rows: T[] }> {
  const checked = streamCheckedRows(table, rules);
  const rows: T[] = [];
  for await (const batch of checked.batches) for (const row of batch) rows.push(row);
  const { errors, count } = checked.outcome;
  return { rows: errors.length > 0 ? [] : rows, errors, count };
}
