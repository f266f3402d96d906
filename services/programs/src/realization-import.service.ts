import type { EntityManager } from '@mikro-orm/core';
import {
  areaReader,
  checkAreaColumns,
  createProgress,
  RowChecker,
  RowErrorCode,
  DatasetImportService,
  mergeByKey,
  stageColumns,
} from '@housing-hub/import-kit';
import type { CheckedRows, ImportTransaction, MergeContext, RowSource, TableRow } from '@housing-hub/import-kit';
import { FundingScheme } from './funding-scheme.enum.js';
import { RealizationStatus } from './realization-status.enum.js';
import { UnitCategory } from './unit-category.enum.js';

/** The columns of a `realization` file (samples/README.md). */
export const REALIZATION_COLUMNS = {
  required: ['scheme', 'year', 'units', 'amount_idr'],
  /** One of the two per row: the Kemendagri code (`52.01`) or the BPS code (`5201`) of the kab/kota. */
  area: ['area_code', 'bps_code'],
  optional: ['month', 'category', 'channel', 'status'],
} as const;

/** Realization facts are for 2000-2100 (the table's check). */
export const REALIZATION_YEARS = { min: 2000, max: 2100 } as const;
const MAX_CHANNEL_LENGTH = 200;
const DATASET = 'realization';

const SCHEMES = Object.values(FundingScheme);
const CATEGORIES = Object.values(UnitCategory);
const STATUSES = Object.values(RealizationStatus);

/**
 * One validated row, ready for the staging table: scheme, kab/kota, province, year, month, category,
 * channel, units, rupiah (digits), status, file row.
 */
type RealizationRow = [
  string,
  string,
  string,
  number,
  number | null,
  string | null,
  string | null,
  number,
  string,
  string,
  number,
];

const STAGE = stageColumns(`
  scheme text, regency_code varchar(5), province_code varchar(2), year smallint, month smallint,
  category text, channel text, units integer, amount_idr numeric(20, 0), status text,
  file_row integer`);

/**
 * The natural key of an imported fact, within its source: scheme, kab/kota, year, month (none for a
 * yearly figure), category (BSPS PK/PB, or none) and channel (bank, company, or none). A re-issue of the
 * same source replaces units, rupiah and status of the keys it carries; the unique index
 * `realization_import_key_unique` holds it.
 */
const KEY_JOIN = `o.year = s.year and o.scheme = s.scheme and o.regency_code = s.regency_code
  and coalesce(o.month, 0) = coalesce(s.month, 0) and coalesce(o.category, '') = coalesce(s.category, '')
  and coalesce(o.channel, '') = coalesce(s.channel, '') and o.source_code = $1 and o.batch_id is not null`;
const CHANGED = `(o.units, o.amount_idr, o.status) is distinct from (s.units, s.amount_idr, s.status)`;
/** The order of the unique key index (and of the aggregate indexes' leading columns): a sorted load appends. */
const KEY_ORDER = `s.year, s.scheme, s.regency_code, coalesce(s.month, 0), coalesce(s.category, ''), coalesce(s.channel, '')`;

/** Loads realization facts from a file: every row is checked before anything is written. */
export class RealizationImportService extends DatasetImportService {
  constructor(em: EntityManager) {
    super(em, { schema: 'programs', name: DATASET, columns: STAGE, check: validateRealization, merge: mergeRealization });
  }
}

/**
 * In the import's transaction: the previous values of changed facts go to the history, changed facts
 * are updated, new facts are inserted in key order.
 */
function mergeRealization(tx: ImportTransaction, context: MergeContext) {
  return mergeByKey(tx, context, {
    matches: `realization_stage s join programs.realization o on ${KEY_JOIN}`,
    changed: CHANGED,
    // Facts of this source came only through earlier batches of it: without one, every row is new.
    onlyThroughBatches: true,
    replace: [
      `insert into programs.realization_history (realization_id, scheme, regency_code, year, month, category, channel,
         units, amount_idr, status, source_code, batch_id, superseded_by_batch_id)
       select o.id, o.scheme, o.regency_code, o.year, o.month, o.category, o.channel, o.units, o.amount_idr, o.status,
         o.source_code, o.batch_id, $2
       from realization_stage s join programs.realization o on ${KEY_JOIN} where ${CHANGED}`,
      `update programs.realization o set units = s.units, amount_idr = s.amount_idr, status = s.status, batch_id = $2
       from realization_stage s where ${KEY_JOIN} and ${CHANGED}`,
    ],
    insert: (anyMatched) =>
      `insert into programs.realization (scheme, regency_code, province_code, year, month, category, channel, units, amount_idr,
         status, source_code, batch_id)
       select s.scheme, s.regency_code, s.province_code, s.year, s.month, s.category, s.channel, s.units, s.amount_idr, s.status, $1, $2
       from realization_stage s
       ${anyMatched ? `where not exists (select 1 from programs.realization o where ${KEY_JOIN})` : ''}
       order by ${KEY_ORDER}`,
  });
}

/** Checks every row; returns the rows ready for staging, or the errors (sorted by row), and how many rows there were. */
export async function validateRealization(table: RowSource): Promise<CheckedRows & { rows: RealizationRow[] }> {
  const checker = new RowChecker(REALIZATION_YEARS.min, REALIZATION_YEARS.max);
  const hasColumns = checker.requireColumns(table.columns, [...REALIZATION_COLUMNS.required]);
  if (!checkAreaColumns(table.columns, checker) || !hasColumns) {
    return { rows: [], errors: checker.errors, count: 0 };
  }
  const areaOf = await areaReader('REGENCY');
  const rows: RealizationRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  const progress = createProgress('validating', table.estimatedRows);
  let count = 0;
  for await (const row of table.rows()) {
    if ((count++ & 0xfff) === 0) progress.tick(count);
    const before = checker.errors.length;
    const regency = areaOf(row, checker)?.code;
    const scheme = checker.oneOf(row, 'scheme', SCHEMES, RowErrorCode.UNKNOWN_SCHEME);
    const year = checker.year(row);
    const month = monthOf(row, checker);
    let category = checker.oneOf(row, 'category', CATEGORIES, RowErrorCode.UNKNOWN_CATEGORY, false) ?? null;
    if (category && scheme && scheme !== FundingScheme.BSPS) {
      category =
        checker.fail(
          row.row,
          'category',
          row.cells.category!,
          RowErrorCode.UNKNOWN_CATEGORY,
          'category (PK/PB) is for BSPS only',
        ) ?? null;
    }
    const channel = row.cells.channel || null;
    if (channel && channel.length > MAX_CHANNEL_LENGTH) {
      checker.fail(
        row.row,
        'channel',
        channel.slice(0, 40),
        RowErrorCode.INVALID_VALUE,
        `channel must be at most ${MAX_CHANNEL_LENGTH} characters`,
      );
    }
    const units = checker.count(row, 'units');
    const amount = rupiahDigits(row, checker);
    const status = row.cells.status
      ? checker.oneOf(row, 'status', STATUSES, RowErrorCode.INVALID_VALUE)
      : RealizationStatus.REALIZED;
    if (checker.errors.length > before) continue;
    const key = `${scheme}|${regency}|${year}|${month ?? ''}|${category ?? ''}|${channel ?? ''}`;
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      checker.fail(
        row.row,
        'area_code',
        key,
        RowErrorCode.DUPLICATE_KEY,
        `same scheme, kab/kota, year, month, category and channel as row ${first}`,
      );
      continue;
    }
    firstRowOfKey.set(key, row.row);
    // Once a row is bad the file is rejected: the good rows after it need not be kept.
    if (checker.errors.length === 0)
      rows.push([
        scheme!,
        regency!,
        regency!.slice(0, 2),
        year!,
        month ?? null,
        category,
        channel,
        units!,
        amount!,
        status!,
        row.row,
      ]);
  }
  progress.finish();
  if (checker.errors.length > 0) return { rows: [], errors: checker.errors.sort((a, b) => a.row - b.row), count };
  return { rows, errors: [], count };
}

/** Whole rupiah as digits (the kit's check), kept as the string: numeric(20, 0) takes it as it is. */
function rupiahDigits(row: TableRow, checker: RowChecker): string | undefined {
  const value = row.cells.amount_idr ?? '';
  if (/^\d{1,18}$/.test(value)) return value.length > 1 && value.startsWith('0') ? BigInt(value).toString() : value;
  return checker.rupiah(row, 'amount_idr') === undefined ? undefined : value;
}

function monthOf(row: TableRow, checker: RowChecker): number | null | undefined {
  const value = row.cells.month;
  if (!value) return null;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 12) {
    return checker.fail(
      row.row,
      'month',
      value,
      RowErrorCode.INVALID_VALUE,
      'month must be a number from 1 to 12 (or empty for a yearly figure)',
    );
  }
  return Number(value);
}
