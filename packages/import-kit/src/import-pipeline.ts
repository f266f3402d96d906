import type { EntityManager } from '@mikro-orm/core';
import { auditInsert, namedActor, type AuditActor } from '@housing-hub/database';
import { decodeImportFile } from './decode-import-file.js';
import type { ImportFileInput } from './import-file.input.js';
import {
  emptyFileError,
  fileTooLargeError,
  ImportStatus,
  openImportReport,
  rejectImport,
  unreadableFileError,
  type ImportReport,
  type ImportRowError,
} from './import-report.js';
import { importedBatch, recordPublishedSource, type ImportSource } from './import-source.js';
import { runImportTransaction, type ImportTransaction, type StageColumn, type StageValue } from './import-transaction.js';
import type { CheckedRowStream } from './dataset-rows.js';
import { readRows, type RowSource } from './row-source.js';
import { ImportBoundsError, type ImportBounds } from './import-bounds.js';
import { UnreadableTextError } from './text-decoding.js';
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
  /** Who imports: the verified caller of a mutation, or a name (`cli:<user>`); recorded on the batch and in the audit trail. */
  importedBy?: AuditActor | string;
  /** The operation the audit trail names (the mutation, e.g. `importNeed`); default `import <dataset>`. */
  operation?: string;
  /** Area-bound rights: called with every area the file writes, before anything is written (throws FORBIDDEN). */
  areaGuard?: (areaCodes: string[]) => void;
  /** What the file may hold; default `importBoundsFromEnv()`. */
  bounds?: ImportBounds;
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
  /** Checks the file's rows as they are read (`streamCheckedRows` with the dataset's rules). */
  check(source: RowSource): CheckedRowStream;
  merge(tx: ImportTransaction, context: MergeContext): Promise<ImportCounts | { rejected: ImportRowError[] }>;
  /** A source's first file may skip the staging table and the merge: see `FreshLoad`. */
  fresh?: FreshLoad;
}

/**
 * A source's first file needs no matching with stored rows when a source's rows come only through its
 * batches: every row is new. On PostgreSQL its checked rows then go straight into the dataset's table as they are
 * parsed (one COPY, as a bulk load would), tagged with the source and the batch: no staging table, no
 * merge. `accepts` then checks, in the transaction, what only the database knows (e.g. that a row's
 * proposal exists); when it says no, the import rolls back and reads the file again through the staging
 * table and `merge`, which name the rejected rows.
 */
export interface FreshLoad {
  /** The dataset's table, schema-qualified; the staged columns (minus `unstored`) are its columns. */
  table: string;
  /** Staged columns the table does not have (e.g. the row's number in the file). */
  unstored: string[];
  sourceColumn: string;
  batchColumn: string;
  accepts(tx: ImportTransaction, context: MergeContext): Promise<boolean>;
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

/**
 * Imports one file of a dataset in one transaction: the rows are written as they are checked, and
 * nothing is kept unless every row is good (a bad row rolls the transaction back).
 */
export async function runImport(
  em: EntityManager,
  dataset: ImportDataset,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportReport> {
  const phase = phaseTimer(options.onPhase);
  // The worker decodes the file and reads its header while this thread hashes it and asks whether it came before.
  const opening = readRows(file.content, file.format, options.bounds).then(
    (source) => ({ source }),
    (error: unknown) => ({ error }),
  );
  const report = openImportReport(dataset.name, file.content, options.source);
  const closeOpened = (opened: Awaited<typeof opening>) => 'source' in opened && opened.source.close?.();
  let earlier: Awaited<ReturnType<typeof importedBatch>> = null;
  try {
    if (report.sourceCode !== null)
      earlier = await importedBatch(
        (sql, params) => em.getConnection().execute(sql, params),
        dataset.schema,
        dataset.name,
        report.sha256,
      );
  } catch (error) {
    void opening.then(closeOpened);
    throw error;
  }
  const opened = await opening;
  if (report.sourceCode === null || earlier !== null) {
    closeOpened(opened);
    if (earlier !== null) Object.assign(report, earlier, { status: ImportStatus.UNCHANGED });
    return report;
  }
  if ('error' in opened) {
    rejectImport(report, [readFailure(file.format, opened.error)]);
    return report;
  }
  let source = opened.source;
  // No header at all: the file is empty, not a file missing every column.
  if (source.columns.length === 0) {
    source.close?.();
    rejectImport(report, [emptyFileError()]);
    return report;
  }
  phase('open');
  let outcome = await importRows(em, dataset, file, options, report, source, phase, true);
  if (outcome === RESTAGE) {
    source = await readRows(file.content, file.format, options.bounds);
    outcome = await importRows(em, dataset, file, options, report, source, phase, false);
  }
  if (outcome === RESTAGE) throw new Error('a staged import cannot ask to be staged');
  return outcome;
}

/** A first file's rows loaded straight into the table were not accepted: read it again through the staging table. */
const RESTAGE = 'RESTAGE';

/** The rows of an opened file, checked and written in one transaction; RESTAGE when a fresh load must be redone staged. */
async function importRows(
  em: EntityManager,
  dataset: ImportDataset,
  file: ImportFile,
  options: ImportOptions,
  report: ImportReport,
  source: RowSource,
  phase: (phase: string) => void,
  mayLoadFresh: boolean,
): Promise<ImportReport | typeof RESTAGE> {
  const sourceCode = report.sourceCode!;
  let recordedBatchId: string | null = null;
  let outcome: ImportCounts | { rejected: ImportRowError[] } | typeof ALREADY_IMPORTED | typeof RESTAGE;
  let count = 0;
  try {
    outcome = await runImportTransaction(
      em,
      async (tx) => {
        // The batch first: a second import of the same file waits here for the first one's commit.
        const batchId = options.dryRun ? null : await recordBatch(tx, dataset, report.sha256, sourceCode, file, options);
        if (!options.dryRun && batchId === null) return ALREADY_IMPORTED;
        recordedBatchId = batchId;
        // On PGlite rows go in as JSON chunks, one statement each, each firing the table's statement
        // triggers (rollup, change log): one INSERT from the staging table fires them once.
        const fresh =
          mayLoadFresh &&
          tx.kind === 'postgresql' &&
          batchId !== null &&
          dataset.fresh &&
          !(await hasEarlierBatch(tx, dataset, sourceCode, batchId))
            ? dataset.fresh
            : null;
        // The rows go to the database as they are parsed and checked (the parse runs in a worker thread):
        // the reading hides behind the database's work. A bad row stops the writing; the checking goes on
        // to the end so that the report lists every error, and the transaction rolls back.
        const checked = dataset.check(source);
        const rows = guardedRows(checked.batches, dataset, options);
        if (fresh) await loadFresh(tx, dataset, fresh, rows, sourceCode, batchId!);
        else await tx.stage(stageTable(dataset), dataset.columns, rows);
        const { errors } = checked.outcome;
        count = checked.outcome.count;
        phase(fresh ? 'read, validate and load' : 'read, validate and stage');
        if (errors.length > 0 || count === 0) return { rejected: errors.length > 0 ? errors : [emptyFileError()] };
        if (batchId !== null)
          await tx.query(`update ${dataset.schema}.import_batch set row_count = $1 where id = $2`, [count, batchId]);
        const context = { dataset, sourceCode, batchId, rows: count, file, options };
        let merged: ImportCounts | { rejected: ImportRowError[] };
        if (fresh) {
          if (!(await fresh.accepts(tx, context))) return RESTAGE;
          merged = { inserted: count, replaced: 0, unchanged: 0 };
        } else merged = await dataset.merge(tx, context);
        phase('merge');
        if (batchId !== null && !('rejected' in merged)) {
          await auditBatch(tx, dataset, options, {
            batchId,
            fileName: file.fileName,
            sha256: report.sha256,
            sourceCode,
            rows: count,
            ...merged,
          });
        }
        return merged;
      },
      // A dry run, a file with bad rows or that the merge rejected, a file another import recorded first,
      // or a first file to read again staged: nothing is kept.
      {
        rollbackIf: (result) =>
          Boolean(options.dryRun) || result === ALREADY_IMPORTED || result === RESTAGE || 'rejected' in result,
      },
    );
  } catch (error) {
    // The parsing worker failed halfway (a bound, bad text, out of memory): the transaction rolled back.
    if (!(error instanceof ImportBoundsError || error instanceof UnreadableTextError)) throw error;
    rejectImport(report, [readFailure(file.format, error)]);
    return report;
  } finally {
    source.close?.();
  }
  if (outcome === RESTAGE) return RESTAGE;
  phase('commit');
  report.rows = count;
  if (outcome === ALREADY_IMPORTED) report.status = ImportStatus.UNCHANGED;
  else if ('rejected' in outcome) rejectImport(report, outcome.rejected);
  else {
    Object.assign(report, outcome, { status: options.dryRun ? ImportStatus.VALID : ImportStatus.IMPORTED });
    if (!options.dryRun) Object.assign(report, { batchId: recordedBatchId, importedBy: importerOf(options)?.id ?? null });
  }
  return report;
}

/** Whether the source has a batch of this dataset before this one: without one, none of its rows is stored. */
async function hasEarlierBatch(tx: ImportTransaction, dataset: ImportDataset, sourceCode: string, batchId: string | null) {
  const [earlier] = await tx.query<{ present: boolean }>(
    `select exists (select 1 from ${dataset.schema}.import_batch
       where dataset = $1 and source_code = $2 and id is distinct from $3::bigint) as present`,
    [dataset.name, sourceCode, batchId],
  );
  return earlier!.present;
}

/** A fresh source's rows straight into the dataset's table, with the source and the batch. */
async function loadFresh(
  tx: ImportTransaction,
  dataset: ImportDataset,
  fresh: FreshLoad,
  rows: AsyncIterable<StageValue[][]>,
  sourceCode: string,
  batchId: string,
): Promise<void> {
  const kept = dataset.columns.flatMap((column, at) => (fresh.unstored.includes(column.name) ? [] : [at]));
  const columns = [
    ...kept.map((at) => dataset.columns[at]!),
    { name: fresh.sourceColumn, type: 'text' },
    { name: fresh.batchColumn, type: 'bigint' },
  ];
  async function* stored(): AsyncGenerator<StageValue[][]> {
    for await (const batch of rows) yield batch.map((row) => [...kept.map((at) => row[at]!), sourceCode, batchId]);
  }
  await tx.load(fresh.table, columns, stored());
}

/** The checked rows in batches, each batch's areas shown to `areaGuard` before its rows go to the database. */
async function* guardedRows(
  batches: AsyncIterable<StageValue[][]>,
  dataset: ImportDataset,
  options: ImportOptions,
): AsyncGenerator<StageValue[][]> {
  const at = dataset.areaColumn && options.areaGuard ? dataset.columns.findIndex((c) => c.name === dataset.areaColumn) : -1;
  for await (const batch of batches) {
    if (at >= 0) options.areaGuard!(batch.map((row) => String(row[at])));
    yield batch;
  }
}

const readFailure = (format: string, error: unknown) =>
  error instanceof ImportBoundsError ? fileTooLargeError(error) : unreadableFileError(format, error);

/**
 * Records the source (published) and the batch (its row count is set once the rows are read). Returns null when another import of the same file
 * committed first: two imports of one file at once are told apart here and only here, by the unique
 * (dataset, sha256) — the second waits for the first's commit, then inserts nothing.
 */
async function recordBatch(
  tx: ImportTransaction,
  dataset: ImportDataset,
  sha256: string,
  sourceCode: string,
  file: ImportFile,
  options: ImportOptions,
): Promise<string | null> {
  const recordSource = recordPublishedSource(dataset.schema, sourceCode, options.source, (i) => `$${i}`);
  await tx.query(recordSource.sql, recordSource.params);
  const [batch] = await tx.query<{ id: string }>(
    `insert into ${dataset.schema}.import_batch (dataset, sha256, file_name, source_code, row_count, imported_by)
     values ($1, $2, $3, $4, $5, $6) on conflict (dataset, sha256) do nothing returning id`,
    [dataset.name, sha256, file.fileName, sourceCode, 0, importerOf(options)?.id ?? null],
  );
  return batch ? String(batch.id) : null;
}

/** Who imports, as the audit trail and the batch record it. */
export const importerOf = (options: ImportOptions): AuditActor | null =>
  options.importedBy == null
    ? null
    : typeof options.importedBy === 'string'
      ? namedActor(options.importedBy)
      : options.importedBy;

/** The batch in the audit trail, in the import's transaction: who imported which file, and what it changed. */
async function auditBatch(
  tx: ImportTransaction,
  dataset: ImportDataset,
  options: ImportOptions,
  batch: { batchId: string; fileName: string; sha256: string; sourceCode: string; rows: number } & ImportCounts,
): Promise<void> {
  const actor = importerOf(options) ?? namedActor('unknown');
  const { sql, params } = auditInsert(
    dataset.schema,
    actor,
    [
      {
        operation: options.operation ?? `import ${dataset.name}`,
        entity: 'ImportBatch',
        entityId: batch.batchId,
        before: null,
        after: { dataset: dataset.name, ...batch },
      },
    ],
    '$1',
  );
  await tx.query(sql, params);
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
  const earlier = merge.onlyThroughBatches ? await hasEarlierBatch(tx, dataset, sourceCode, batchId) : true;
  if (earlier) {
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
