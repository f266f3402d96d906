import type { EntityManager } from '@mikro-orm/core';
import { decodeImportFile } from './decode-import-file.js';
import type { ImportFileInput } from './import-file.input.js';
import {
  emptyFileError,
  ImportStatus,
  openImportReport,
  rejectImport,
  unreadableFileError,
  type ImportReport,
  type ImportRowError,
} from './import-report.js';
import { importedRowCount, recordPublishedSource, type ImportSource } from './import-source.js';
import { runImportTransaction, type ImportTransaction, type StageColumn, type StageValue } from './import-transaction.js';
import { readRows, type RowSource } from './row-source.js';
import type { TableFormat } from './table-reader.js';

/** A file to import, whoever brings it (GraphQL, the command line, a test): its name, bytes and format. */
export interface ImportFile {
  fileName: string;
  content: Uint8Array;
  format: TableFormat;
}

export interface ImportOptions {
  source: ImportSource;
  dryRun?: boolean;
  importedBy?: string;
  /** Area-bound rights: called with every area the file writes, before anything is written (throws FORBIDDEN). */
  areaGuard?: (areaCodes: string[]) => void;
  /** Told how long each phase took (open, read and validate, stage, merge, commit): the benchmark prints it. */
  onPhase?: (phase: string, ms: number) => void;
}

export interface ImportCounts {
  inserted: number;
  replaced: number;
  unchanged: number;
}

/** The rows of a file checked by a dataset's rules: ready for staging, or the errors; and how many rows there were. */
export interface CheckedRows {
  rows: StageValue[][];
  errors: ImportRowError[];
  count: number;
}

/** What a dataset's merge knows: its source, its batch (null: a dry run, count only), the file. */
export interface MergeContext {
  dataset: ImportDataset;
  sourceCode: string;
  batchId: string | null;
  rows: number;
  file: ImportFile;
  options: ImportOptions;
}

/**
 * What is particular to one dataset; the kit does the rest (reading, "imported before?", the batch,
 * staging, the one transaction, the report). `merge` runs in the transaction after the rows are staged
 * in `<name>_stage`; it returns the counts, or errors that reject the file (the transaction rolls back).
 */
export interface ImportDataset {
  /** The schema of the service that owns the dataset: its `import_batch` and `data_source`. */
  schema: string;
  name: string;
  /** The columns of the staging table, `<name>_stage`, that `check`'s rows fill and `merge` reads. */
  columns: StageColumn[];
  /** The staging column that holds a row's area, for `areaGuard`. */
  areaColumn?: string;
  check(source: RowSource): Promise<CheckedRows>;
  merge(tx: ImportTransaction, context: MergeContext): Promise<ImportCounts | { rejected: ImportRowError[] }>;
}

const ALREADY_IMPORTED = 'ALREADY_IMPORTED';

/** A dataset's import service: its rules are the dataset's, the pipeline the kit's. */
export class DatasetImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly dataset: ImportDataset,
  ) {}

  importFile(file: ImportFile, options: ImportOptions): Promise<ImportReport> {
    return runImport(this.em, this.dataset, file, options);
  }

  /** A file uploaded through a GraphQL import mutation: decoded, with its source and dry-run flag. */
  importUpload(upload: ImportFileInput, options: Omit<ImportOptions, 'source' | 'dryRun'>): Promise<ImportReport> {
    return this.importFile(decodeImportFile(upload), { ...options, source: upload.source, dryRun: upload.dryRun });
  }
}

/** Imports one file of a dataset: every row checked before anything is written, then one transaction. */
export async function runImport(
  em: EntityManager,
  dataset: ImportDataset,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportReport> {
  const phase = phaseTimer(options.onPhase);
  const report = openImportReport(dataset.name, file.content, options.source);
  if (report.sourceCode === null) return report;
  const sourceCode = report.sourceCode;
  const importedRows = await importedRowCount(
    (sql, params) => em.getConnection().execute(sql, params),
    dataset.schema,
    dataset.name,
    report.sha256,
  );
  if (importedRows !== null) {
    Object.assign(report, { rows: importedRows, status: ImportStatus.UNCHANGED });
    return report;
  }
  let source: RowSource;
  try {
    source = await readRows(file.content, file.format);
  } catch (error) {
    rejectImport(report, [unreadableFileError(file.format, error)]);
    return report;
  }
  // No header at all: the file is empty, not a file missing every column.
  if (source.columns.length === 0) {
    rejectImport(report, [emptyFileError()]);
    return report;
  }
  phase('open');
  const { rows, errors, count } = await dataset.check(source);
  phase('read and validate');
  report.rows = count;
  if (errors.length > 0 || count === 0) {
    rejectImport(report, errors.length > 0 ? errors : [emptyFileError()]);
    return report;
  }
  if (dataset.areaColumn && options.areaGuard) {
    const at = dataset.columns.findIndex((column) => column.name === dataset.areaColumn);
    options.areaGuard(rows.map((row) => String(row[at])));
  }
  const outcome = await runImportTransaction(
    em,
    async (tx) => {
      const batchId = options.dryRun ? null : await recordBatch(tx, dataset, report.sha256, sourceCode, count, file, options);
      if (!options.dryRun && batchId === null) return ALREADY_IMPORTED;
      await tx.stage(stageTable(dataset), dataset.columns, rows);
      rows.length = 0; // the staging table has them now
      phase('stage');
      const merged = await dataset.merge(tx, { dataset, sourceCode, batchId, rows: count, file, options });
      phase('merge');
      return merged;
    },
    // A dry run, a file the merge rejected, or a file another import recorded first: nothing is kept.
    { rollbackIf: (result) => Boolean(options.dryRun) || result === ALREADY_IMPORTED || 'rejected' in result },
  );
  phase('commit');
  if (outcome === ALREADY_IMPORTED) report.status = ImportStatus.UNCHANGED;
  else if ('rejected' in outcome) rejectImport(report, outcome.rejected);
  else Object.assign(report, outcome, { status: options.dryRun ? ImportStatus.VALID : ImportStatus.IMPORTED });
  return report;
}

/**
 * Records the source (published) and the batch. Returns null when another import of the same file
 * committed first: two imports of one file at once are told apart here and only here, by the unique
 * (dataset, sha256) — the second waits for the first's commit, then inserts nothing.
 */
async function recordBatch(
  tx: ImportTransaction,
  dataset: ImportDataset,
  sha256: string,
  sourceCode: string,
  rows: number,
  file: ImportFile,
  options: ImportOptions,
): Promise<string | null> {
  const recordSource = recordPublishedSource(dataset.schema, sourceCode, options.source, (i) => `$${i}`);
  await tx.query(recordSource.sql, recordSource.params);
  const [batch] = await tx.query<{ id: string }>(
    `insert into ${dataset.schema}.import_batch (dataset, sha256, file_name, source_code, row_count, imported_by)
     values ($1, $2, $3, $4, $5, $6) on conflict (dataset, sha256) do nothing returning id`,
    [dataset.name, sha256, file.fileName, sourceCode, rows, options.importedBy ?? null],
  );
  return batch ? String(batch.id) : null;
}

/** The temporary table a dataset's rows are staged in (dropped at the end of the transaction). */
const stageTable = (dataset: ImportDataset) => `${dataset.name}_stage`;

/** Times the phases of an import for `onPhase`. */
function phaseTimer(onPhase?: (phase: string, ms: number) => void): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    onPhase?.(phase, now - last);
    last = now;
  };
}

/**
 * The merge every dataset does, given its SQL: staged rows `s` matched to stored rows `o` by their key
 * within the source (`$1`); the changed ones replaced (`replace`: keep the previous values as history,
 * then update), the new ones inserted (`insert`), all tagged with the batch (`$2`). A dry run only counts.
 */
export interface KeyedMerge {
  /** `<stage> s join <table> o on <key within source $1>`. */
  matches: string;
  /** True when a matched stored row differs from its staged row. */
  changed: string;
  /** Statements run in order when some stored rows change. */
  replace: string[];
  /** The insert of the new rows; `anyMatched` false: every staged row is new (no `not exists` needed). */
  insert(anyMatched: boolean): string;
  /** Parameters of `insert` after `$1` (source) and `$2` (batch). */
  insertParams?: unknown[];
  /** Stored rows of a source come only through its batches: without an earlier batch, every row is new. */
  onlyThroughBatches?: boolean;
}

export async function mergeByKey(tx: ImportTransaction, context: MergeContext, merge: KeyedMerge): Promise<ImportCounts> {
  const { dataset, sourceCode, batchId, rows: total } = context;
  let matched = 0;
  let replaced = 0;
  const [earlier] = merge.onlyThroughBatches
    ? await tx.query<{ present: boolean }>(
        `select exists (select 1 from ${dataset.schema}.import_batch
           where dataset = $1 and source_code = $2 and id is distinct from $3::bigint) as present`,
        [dataset.name, sourceCode, batchId],
      )
    : [{ present: true }];
  if (earlier!.present) {
    await tx.query(`analyze ${stageTable(dataset)}`);
    const [counts] = await tx.query<{ matched: number; replaced: number }>(
      `select count(*)::int as matched, count(*) filter (where ${merge.changed})::int as replaced from ${merge.matches}`,
      [sourceCode],
    );
    ({ matched, replaced } = counts!);
  }
  const counts = { inserted: total - matched, replaced, unchanged: matched - replaced };
  if (batchId === null) return counts;
  if (replaced > 0) for (const sql of merge.replace) await tx.query(sql, [sourceCode, batchId]);
  if (matched < total) await tx.query(merge.insert(matched > 0), [sourceCode, batchId, ...(merge.insertParams ?? [])]);
  return counts;
}
