import type { EntityManager } from '@mikro-orm/core';
import { createProgress, emptyFileError, ImportStatus, rejectImport, RowChecker, RowErrorCode, type ImportReport, type ImportRowError } from '@housing-hub/import-kit';
import {
  checkAreaColumns,
  loadRegencyLookup,
  openImport,
  recordBatch,
  regencyOf,
  type ImportFile,
  type ImportOptions,
} from './import-batch.js';
import { runImportTransaction, type ImportTransaction, type StageColumn } from './import-transaction.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { ProposalStatus } from './proposal-status.enum.js';
import type { RowSource } from '@housing-hub/import-kit';

/** The columns of a `proposals` file (samples/README.md). */
export const PROPOSAL_COLUMNS = {
  required: ['scheme', 'fiscal_year', 'proposed_units', 'proposer'],
  /** One of the two per row: the Kemendagri code (`52.01`) or the BPS code (`5201`) of the kab/kota. */
  area: ['area_code', 'bps_code'],
  optional: ['reference', 'note'],
} as const;

/** A stable code of its own: a re-issue may not change a proposal that verification has already taken up. */
export const PROPOSAL_UNDER_REVIEW = 'PROPOSAL_UNDER_REVIEW';
/** Statuses a re-issue may still change. */
const EDITABLE = [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED];
const MAX_TEXT = 500;
const DATASET = 'proposals';
const SCHEMES = Object.values(FundingScheme);

/** import key, reference, kab/kota, province, scheme, fiscal year, units, proposer, note, file row. */
type ProposalRow = [string, string | null, string, string, string, number, number, string, string | null, number];

const STAGE: StageColumn[] = [
  { name: 'import_key', type: 'text' },
  { name: 'external_reference', type: 'text' },
  { name: 'regency_code', type: 'varchar(5)' },
  { name: 'province_code', type: 'varchar(2)' },
  { name: 'scheme', type: 'text' },
  { name: 'fiscal_year', type: 'smallint' },
  { name: 'proposed_units', type: 'integer' },
  { name: 'proposer', type: 'text' },
  { name: 'note', type: 'text' },
  { name: 'file_row', type: 'integer' },
];

/**
 * The key of an imported proposal, within its source: its `reference` when the file gives one (the
 * proposer's own number, e.g. the SIBARU id), else the kab/kota, scheme and fiscal year.
 */
const KEY_JOIN = `p.source_code = $1 and p.import_key = s.import_key`;
const CHANGED = `(p.regency_code, p.scheme, p.fiscal_year, p.proposed_units, p.proposer, p.note)
  is distinct from (s.regency_code, s.scheme, s.fiscal_year, s.proposed_units, s.proposer, s.note)`;

interface Rejected {
  rejected: ImportRowError[];
}

/** Bulk submission of proposals (usulan) from a file: checked whole, one transaction, idempotent. */
export class ProposalImportService {
  constructor(private readonly em: EntityManager) {}

  async importFile(file: ImportFile, options: ImportOptions): Promise<ImportReport> {
    const { report, source } = await openImport(this.em, DATASET, file, options);
    if (!source) return report;
    const { rows, errors, count } = await validateProposals(source);
    report.rows = count;
    if (errors.length > 0 || count === 0) {
      rejectImport(report, count === 0 && errors.length === 0 ? [emptyFileError()] : errors);
      return report;
    }
    options.areaGuard?.(rows.map((row) => row[2]));
    const sourceCode = report.sourceCode!;
    const outcome = await runImportTransaction(
      this.em,
      async (tx): Promise<Rejected | 'ALREADY_IMPORTED' | { inserted: number; replaced: number; unchanged: number }> => {
        const batchId = options.dryRun ? null : await recordBatch(tx, DATASET, report, file, options);
        if (!options.dryRun && batchId === null) return 'ALREADY_IMPORTED';
        await tx.stage('proposal_stage', STAGE, rows);
        return this.merge(tx, sourceCode, batchId, rows.length, options.importedBy ?? 'import', file.fileName);
      },
      { rollbackIf: (result) => Boolean(options.dryRun) || (typeof result === 'object' && result !== null && 'rejected' in result) },
    ).catch((error: Error) => {
      if (/import_batch_dataset_sha256_unique/.test(error.message)) return 'ALREADY_IMPORTED' as const;
      throw error;
    });
    if (outcome === 'ALREADY_IMPORTED') report.status = ImportStatus.UNCHANGED;
    else if ('rejected' in outcome) rejectImport(report, outcome.rejected);
    else Object.assign(report, outcome, { status: options.dryRun ? ImportStatus.VALID : ImportStatus.IMPORTED });
    return report;
  }

  private async merge(tx: ImportTransaction, sourceCode: string, batchId: string | null, total: number, actor: string, fileName: string) {
    const locked = await tx.query<{ file_row: number; import_key: string; status: string }>(
      `select s.file_row, s.import_key, p.status from proposal_stage s join programs.proposal p on ${KEY_JOIN}
       where ${CHANGED} and p.status not in (${EDITABLE.map((status) => `'${status}'`).join(', ')}) order by s.file_row`,
      [sourceCode],
    );
    if (locked.length > 0) {
      return {
        rejected: locked.map((row) => ({
          row: row.file_row,
          column: 'proposed_units',
          value: row.import_key,
          code: PROPOSAL_UNDER_REVIEW,
          message: `the proposal of this key is ${row.status}: a re-issue can only change a DRAFT or SUBMITTED proposal`,
        })),
      };
    }
    const [counts] = await tx.query<{ matched: number; replaced: number }>(
      `select count(*)::int as matched, count(*) filter (where ${CHANGED})::int as replaced
       from proposal_stage s join programs.proposal p on ${KEY_JOIN}`,
      [sourceCode],
    );
    const { matched, replaced } = counts!;
    const result = { inserted: total - matched, replaced, unchanged: matched - replaced };
    if (batchId === null) return result;
    if (replaced > 0) {
      await tx.query(
        `insert into programs.proposal_history (proposal_id, regency_code, scheme, fiscal_year, proposed_units, proposer, note,
           source_code, batch_id, superseded_by_batch_id)
         select p.id, p.regency_code, p.scheme, p.fiscal_year, p.proposed_units, p.proposer, p.note, p.source_code, p.batch_id, $2
         from proposal_stage s join programs.proposal p on ${KEY_JOIN} where ${CHANGED}`,
        [sourceCode, batchId],
      );
      await tx.query(
        `update programs.proposal p set regency_code = s.regency_code, province_code = s.province_code, scheme = s.scheme,
           fiscal_year = s.fiscal_year, proposed_units = s.proposed_units, proposer = s.proposer, note = s.note,
           external_reference = s.external_reference, batch_id = $2, updated_at = now()
         from proposal_stage s where ${KEY_JOIN} and ${CHANGED}`,
        [sourceCode, batchId],
      );
    }
    if (matched < total) {
      await tx.query(
        `with added as (
           insert into programs.proposal (id, regency_code, province_code, scheme, fiscal_year, proposed_units, status, proposer, note,
             created_at, updated_at, source_code, external_reference, import_key, batch_id)
           select gen_random_uuid(), s.regency_code, s.province_code, s.scheme, s.fiscal_year, s.proposed_units, '${ProposalStatus.SUBMITTED}',
             s.proposer, s.note, now(), now(), $1, s.external_reference, s.import_key, $2
           from proposal_stage s where not exists (select 1 from programs.proposal p where ${KEY_JOIN})
           order by s.file_row
           returning id)
         insert into programs.proposal_event (proposal_id, from_status, to_status, note, actor, at)
         select id, null, '${ProposalStatus.SUBMITTED}', $3, $4, now() from added`,
        [sourceCode, batchId, `imported from ${fileName}`, actor],
      );
    }
    return result;
  }
}

/** Checks every row; returns the rows ready for staging, or the errors (sorted by row). */
export async function validateProposals(table: RowSource): Promise<{ rows: ProposalRow[]; errors: ImportRowError[]; count: number }> {
  const checker = new RowChecker(2000, 2100);
  const hasColumns = checker.requireColumns(table.columns, [...PROPOSAL_COLUMNS.required]);
  if (!checkAreaColumns(table.columns, checker) || !hasColumns) return { rows: [], errors: checker.errors, count: 0 };
  const lookup = await loadRegencyLookup();
  const rows: ProposalRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  const progress = createProgress('validating', table.estimatedRows);
  let count = 0;
  for await (const row of table.rows()) {
    progress.tick(count++);
    const before = checker.errors.length;
    const regency = regencyOf(row, lookup, checker);
    const scheme = checker.oneOf(row, 'scheme', SCHEMES, RowErrorCode.UNKNOWN_SCHEME);
    const fiscalYear = checker.year(row, 'fiscal_year');
    const units = checker.count(row, 'proposed_units');
    if (units === 0) checker.fail(row.row, 'proposed_units', '0', RowErrorCode.INVALID_VALUE, 'proposed_units must be at least 1');
    const proposer = checker.text(row, 'proposer');
    const reference = row.cells.reference || null;
    const note = row.cells.note || null;
    for (const [column, value] of [['proposer', proposer], ['reference', reference], ['note', note]] as const) {
      if (value && value.length > MAX_TEXT) checker.fail(row.row, column, value.slice(0, 40), RowErrorCode.INVALID_VALUE, `${column} must be at most ${MAX_TEXT} characters`);
    }
    if (checker.errors.length > before) continue;
    const key = reference ? `ref:${reference}` : `area:${regency}|${scheme}|${fiscalYear}`;
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      checker.fail(row.row, reference ? 'reference' : 'area_code', key, RowErrorCode.DUPLICATE_KEY, `same key as row ${first}`);
      continue;
    }
    firstRowOfKey.set(key, row.row);
    rows.push([key, reference, regency!, regency!.slice(0, 2), scheme!, fiscalYear!, units!, proposer!, note, row.row]);
  }
  progress.finish();
  if (checker.errors.length > 0) return { rows: [], errors: checker.errors.sort((a, b) => a.row - b.row), count };
  return { rows, errors: [], count };
}
