import type { EntityManager } from '@mikro-orm/core';
import { DatasetImportService, mergeByKey, RowErrorCode, stageColumns, streamCheckedRows } from '@housing-hub/import-kit';
import type {
  ImportRowError,
  ImportTransaction,
  MergeContext,
  RowChecker,
  RowRules,
  RowSource,
  TableRow,
} from '@housing-hub/import-kit';
import { FinancingSource } from './financing-source.enum.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { RealizationStatus } from './realization-status.enum.js';
import { UnitCategory } from './unit-category.enum.js';

/** Realization facts are for 2000-2100 (the table's check). */
export const REALIZATION_YEARS = { min: 2000, max: 2100 } as const;
const MAX_CHANNEL_LENGTH = 200;
const DATASET = 'realization';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SCHEMES = Object.values(FundingScheme);
const CATEGORIES = Object.values(UnitCategory);
const STATUSES = Object.values(RealizationStatus);
const FINANCING_SOURCES = Object.values(FinancingSource);

/**
 * One validated row, ready for the staging table: scheme, kab/kota, province, year, month, category,
 * channel, units, rupiah (digits), status, financing source, proposal id, file row.
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
  string | null,
  string | null,
  number,
];

const STAGE = stageColumns(`
  scheme text, regency_code varchar(5), province_code varchar(2), year smallint, month smallint,
  category text, channel text, units integer, amount_idr numeric(20, 0), status text,
  financing_source text, proposal_id uuid, file_row integer`);

/**
 * The natural key of an imported fact, within its source: scheme, kab/kota, year, month (none for a
 * yearly figure), category (BSPS PK/PB, or none), channel (bank, company, or none) and financing source
 * (none: the scheme's own). A re-issue of the same source replaces units, rupiah, status and proposal of
 * the keys it carries; the unique index `realization_import_key_unique` holds it.
 */
const KEY_JOIN = `o.year = s.year and o.scheme = s.scheme and o.regency_code = s.regency_code
  and coalesce(o.month, 0) = coalesce(s.month, 0) and coalesce(o.category, '') = coalesce(s.category, '')
  and coalesce(o.channel, '') = coalesce(s.channel, '') and coalesce(o.financing_source, '') = coalesce(s.financing_source, '')
  and o.source_code = $1 and o.batch_id is not null`;
const CHANGED = `(o.units, o.amount_idr, o.status, o.proposal_id) is distinct from (s.units, s.amount_idr, s.status, s.proposal_id)`;
/** The order of the unique key index (and of the aggregate indexes' leading columns): a sorted load appends. */
const KEY_ORDER = `s.year, s.scheme, s.regency_code, coalesce(s.month, 0), coalesce(s.category, ''), coalesce(s.channel, ''),
  coalesce(s.financing_source, '')`;

/** Loads realization facts from a file: every row is checked before anything is written. */
export class RealizationImportService extends DatasetImportService {
  constructor(em: EntityManager) {
    super(em, {
      schema: 'programs',
      name: DATASET,
      columns: STAGE,
      check: validateRealization,
      merge: mergeRealization,
      // Facts of a source come only through its batches: its first file is copied straight into the facts.
      fresh: {
        table: 'programs.realization',
        unstored: ['file_row'],
        sourceColumn: 'source_code',
        batchColumn: 'batch_id',
        accepts: async (tx, context) => !(await anyProposalNotFundable(tx, context.batchId!)),
      },
    });
  }
}

/**
 * In the import's transaction: a row naming a proposal of another kab/kota or scheme (or none) rejects
 * the file; else the previous values of changed facts go to the history, changed facts are updated, new
 * facts are inserted in key order.
 */
async function mergeRealization(tx: ImportTransaction, context: MergeContext) {
  const rejected = await proposalsNotFundable(tx);
  if (rejected.length > 0) return { rejected };
  return mergeByKey(tx, context, {
    matches: `realization_stage s join programs.realization o on ${KEY_JOIN}`,
    changed: CHANGED,
    // Facts of this source came only through earlier batches of it: without one, every row is new.
    onlyThroughBatches: true,
    // One join of the file with the stored facts: the changed facts' previous values go to the history and
    // their new ones in place (the CTEs see the facts as they were before the statement).
    replace: [
      `with changed as materialized (
         select o.id, s.units, s.amount_idr, s.status, s.proposal_id
         from realization_stage s join programs.realization o on ${KEY_JOIN} where ${CHANGED}
       ), kept as (
         insert into programs.realization_history (realization_id, scheme, regency_code, year, month, category, channel,
           units, amount_idr, status, financing_source, proposal_id, source_code, batch_id, superseded_by_batch_id)
         select o.id, o.scheme, o.regency_code, o.year, o.month, o.category, o.channel, o.units, o.amount_idr, o.status,
           o.financing_source, o.proposal_id, o.source_code, o.batch_id, $2
         from changed c join programs.realization o on o.id = c.id
       )
       update programs.realization o set units = c.units, amount_idr = c.amount_idr, status = c.status,
         proposal_id = c.proposal_id, batch_id = $2
       from changed c where o.id = c.id`,
    ],
    insert: (anyMatched) =>
      `insert into programs.realization (scheme, regency_code, province_code, year, month, category, channel, units, amount_idr,
         status, financing_source, proposal_id, source_code, batch_id)
       select s.scheme, s.regency_code, s.province_code, s.year, s.month, s.category, s.channel, s.units, s.amount_idr, s.status,
         s.financing_source, s.proposal_id, $1, $2
       from realization_stage s
       ${anyMatched ? `where not exists (select 1 from programs.realization o where ${KEY_JOIN})` : ''}
       order by ${KEY_ORDER}`,
  });
}

/** Whether a fact of the batch names a proposal that does not exist or is of another kab/kota or scheme (the staged merge says which rows). */
async function anyProposalNotFundable(tx: ImportTransaction, batchId: string): Promise<boolean> {
  const [found] = await tx.query<{ any: boolean }>(
    `select exists (
       select 1 from programs.realization f left join programs.proposal p on p.id = f.proposal_id
       where f.batch_id = $1 and f.proposal_id is not null
         and (p.id is null or p.regency_code <> f.regency_code or p.scheme <> f.scheme)) as any`,
    [batchId],
  );
  return found!.any;
}

/** The rows whose proposal does not exist, or is of another kab/kota or scheme: a fact funds a proposal of its own area and scheme. */
async function proposalsNotFundable(tx: ImportTransaction): Promise<ImportRowError[]> {
  const rows = await tx.query<{ file_row: number; proposal_id: string; regency_code: string | null; scheme: string | null }>(
    `select s.file_row, s.proposal_id::text as proposal_id, p.regency_code, p.scheme
     from realization_stage s left join programs.proposal p on p.id = s.proposal_id
     where s.proposal_id is not null and (p.id is null or p.regency_code <> s.regency_code or p.scheme <> s.scheme)
     order by s.file_row`,
  );
  return rows.map((row) =>
    row.regency_code === null
      ? {
          row: row.file_row,
          column: 'proposal_id',
          value: row.proposal_id,
          code: RowErrorCode.UNKNOWN_PROPOSAL,
          message: 'no proposal has this id',
        }
      : {
          row: row.file_row,
          column: 'proposal_id',
          value: row.proposal_id,
          code: RowErrorCode.PROPOSAL_MISMATCH,
          message: `the proposal is a ${row.scheme} proposal of ${row.regency_code}: a fact funds a proposal of its own kab/kota and scheme`,
        },
  );
}

/** The columns of a `realization` file (samples/README.md) and the rules of a row; the kit checks the columns, the area and the keys. */
export const REALIZATION_ROWS: RowRules<RealizationRow> = {
  columns: {
    required: ['scheme', 'year', 'units', 'amount_idr'],
    optional: ['month', 'category', 'channel', 'status', 'financing_source', 'proposal_id'],
  },
  areas: 'REGENCY',
  years: REALIZATION_YEARS,
  keyName: 'scheme, kab/kota, year, month, category, channel and financing source',
  read(row, checker, area) {
    const regency = area?.code;
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
      const message = `channel must be at most ${MAX_CHANNEL_LENGTH} characters`;
      checker.fail(row.row, 'channel', channel.slice(0, 40), RowErrorCode.INVALID_VALUE, message);
    }
    const units = checker.count(row, 'units');
    const amount = rupiahDigits(row, checker);
    const status = row.cells.status
      ? checker.oneOf(row, 'status', STATUSES, RowErrorCode.INVALID_VALUE)
      : RealizationStatus.REALIZED;
    const financingSource =
      checker.oneOf(row, 'financing_source', FINANCING_SOURCES, RowErrorCode.UNKNOWN_FINANCING_SOURCE, false) ?? null;
    const proposalId = proposalIdOf(row, checker);
    const key = `${scheme}|${regency}|${year}|${month ?? ''}|${category ?? ''}|${channel ?? ''}|${financingSource ?? ''}`;
    return {
      key,
      value: [
        scheme!,
        regency!,
        regency?.slice(0, 2) ?? '',
        year!,
        month ?? null,
        category,
        channel,
        units!,
        amount!,
        status!,
        financingSource,
        proposalId ?? null,
        row.row,
      ],
    };
  },
};

/** Checks the rows as they are read (the good ones in batches until a bad one), then every error (sorted by row) and how many rows there were. */
export const validateRealization = (table: RowSource) => streamCheckedRows(table, REALIZATION_ROWS);

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

/** A proposal id is a UUID (lower-cased, as the proposals store it); whether it exists is asked in the merge. */
function proposalIdOf(row: TableRow, checker: RowChecker): string | null | undefined {
  const value = row.cells.proposal_id;
  if (!value) return null;
  if (!UUID.test(value)) {
    return checker.fail(
      row.row,
      'proposal_id',
      value,
      RowErrorCode.UNKNOWN_PROPOSAL,
      'proposal_id must be the id of a proposal (a UUID)',
    );
  }
  return value.toLowerCase();
}
