import {
  emptyFileError,
  ImportStatus,
  openImportReport,
  rejectImport,
  RowErrorCode,
  unreadableFileError,
  type ImportReport,
  type ImportSource,
  type TableFormat,
  type TableRow,
} from '@housing-hub/import-kit';
import type { EntityManager } from '@mikro-orm/core';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import type { RowChecker } from '@housing-hub/import-kit';
import type { ImportTransaction } from './import-transaction.js';
import { importedRowCount, readRows, recordPublishedSource, type RowSource } from '@housing-hub/import-kit';

/** The datasets programs imports. */
export type ProgramsDataset = 'realization' | 'proposals';

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
  /** Told how long each phase took (read, validate, stage, merge...): the benchmark prints it. */
  onPhase?: (phase: string, ms: number) => void;
}

/** Times the phases of an import for `onPhase`. */
export function phaseTimer(onPhase?: (phase: string, ms: number) => void): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    onPhase?.(phase, now - last);
    last = now;
  };
}

/** The first steps every import shares: the source, the sha256, opening the file, "imported before?". */
export async function openImport(
  em: EntityManager,
  dataset: ProgramsDataset,
  file: ImportFile,
  options: ImportOptions,
): Promise<{ report: ImportReport; source: RowSource | null }> {
  const report = openImportReport(dataset, file.content, options.source);
  if (report.sourceCode === null) return { report, source: null };
  const { sha256 } = report;
  const importedRows = await importedRowCount((sql, params) => em.getConnection().execute(sql, params), 'programs', dataset, sha256);
  if (importedRows !== null) {
    report.rows = importedRows;
    report.status = ImportStatus.UNCHANGED;
    return { report, source: null };
  }
  let source: RowSource;
  try {
    source = await readRows(file.content, file.format);
  } catch (error) {
    rejectImport(report, [unreadableFileError(file.format, error)]);
    return { report, source: null };
  }
  if (source.columns.length === 0) {
    rejectImport(report, [emptyFileError()]);
    return { report, source: null };
  }
  return { report, source };
}

/**
 * Records the source (as a published `DataSource`) and the batch. Returns null when another import of
 * the same file committed first (the unique (dataset, sha256) decides).
 */
export async function recordBatch(
  tx: ImportTransaction,
  dataset: ProgramsDataset,
  report: ImportReport,
  file: ImportFile,
  options: ImportOptions,
): Promise<string | null> {
  const { source } = options;
  const recordSource = recordPublishedSource('programs', report.sourceCode!, source, (i) => `$${i}`);
  await tx.query(recordSource.sql, recordSource.params);
  const [batch] = await tx.query<{ id: string }>(
    `insert into programs.import_batch (dataset, sha256, file_name, source_code, row_count, imported_by)
     values ($1, $2, $3, $4, $5, $6) on conflict (dataset, sha256) do nothing returning id`,
    [dataset, report.sha256, file.fileName, report.sourceCode, report.rows, options.importedBy ?? null],
  );
  return batch ? String(batch.id) : null;
}

/** Kab/kota of the Kemendagri frame, and the BPS codes that translate to them. */
export interface RegencyLookup {
  codes: Set<string>;
  codeByBps: Map<string, string>;
}

let regencyLookup: Promise<RegencyLookup> | undefined;
export function loadRegencyLookup(): Promise<RegencyLookup> {
  regencyLookup ??= loadAreaFrame().then((frame) => ({
    codes: new Set(frame.regencies.map((r) => r.code)),
    codeByBps: new Map(frame.regencies.filter((r) => r.bpsCode).map((r) => [r.bpsCode!, r.code])),
  }));
  return regencyLookup;
}

const KEMENDAGRI_REGENCY = /^\d{2}\.\d{2}$/;
const BPS_REGENCY = /^\d{4}$/;

/** The kab/kota of a row: `area_code` (Kemendagri, `52.01`) or `bps_code` (`5201`, translated). */
export function regencyOf(row: TableRow, lookup: RegencyLookup, checker: RowChecker): string | undefined {
  const kemendagri = row.cells.area_code;
  const bps = row.cells.bps_code;
  if (kemendagri) {
    if (!KEMENDAGRI_REGENCY.test(kemendagri)) {
      return checker.fail(row.row, 'area_code', kemendagri, RowErrorCode.INVALID_AREA_CODE, 'area_code must be the Kemendagri code of a kab/kota, such as "52.01"');
    }
    if (!lookup.codes.has(kemendagri)) return checker.fail(row.row, 'area_code', kemendagri, RowErrorCode.UNKNOWN_AREA_CODE, `no kab/kota has the code ${kemendagri}`);
    return kemendagri;
  }
  if (bps) {
    if (!BPS_REGENCY.test(bps)) return checker.fail(row.row, 'bps_code', bps, RowErrorCode.INVALID_AREA_CODE, 'bps_code must be the BPS code of a kab/kota, such as "5201"');
    const code = lookup.codeByBps.get(bps);
    if (!code) return checker.fail(row.row, 'bps_code', bps, RowErrorCode.UNKNOWN_AREA_CODE, `no kab/kota has the BPS code ${bps}`);
    return code;
  }
  return checker.fail(row.row, 'area_code', '', RowErrorCode.MISSING_VALUE, 'each row needs an area_code or a bps_code');
}

/** The file must name its kab/kota one way or the other. */
export function checkAreaColumns(columns: string[], checker: RowChecker): boolean {
  if (columns.includes('area_code') || columns.includes('bps_code')) return true;
  checker.fail(1, 'area_code', null, RowErrorCode.MISSING_COLUMN, 'the file needs an area_code (Kemendagri) or a bps_code column');
  return false;
}
