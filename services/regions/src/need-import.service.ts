import type { EntityManager } from '@mikro-orm/core';
import {
  checkDuplicateKeys,
  createProgress,
  importedRowCount,
  recordPublishedSource,
  emptyFileError,
  ImportStatus,
  openImportReport,
  readTable,
  rejectImport,
  RowChecker,
  RowErrorCode,
  unreadableFileError,
  type ImportReport,
  type ImportSource,
  type TableFormat,
} from '@housing-hub/import-kit';
import { AreaLevel } from './need-observation.entity.js';
import { NeedIndicator } from './need-indicator.enum.js';

/** The columns of a `need` file (README: "Importing data"). */
export const NEED_COLUMNS = {
  required: ['year', 'indicator', 'value'],
  /** One of the two per row: the Kemendagri code (`52`, `52.01`) or the BPS code (`52`, `5201`). */
  area: ['area_code', 'bps_code'],
  optional: ['definition'],
} as const;

export interface NeedImportFile {
  fileName: string;
  content: Uint8Array;
  format: TableFormat;
}

export interface NeedImportOptions {
  source: ImportSource;
  dryRun?: boolean;
  importedBy?: string;
  /** Area-bound rights: called with every area the file writes, before anything is written (throws FORBIDDEN). */
  areaGuard?: (areaCodes: string[]) => void;
}

interface NeedRow {
  areaCode: string;
  areaLevel: AreaLevel;
  year: number;
  indicator: NeedIndicator;
  value: number;
  definition: string | null;
}

const INDICATORS = Object.values(NeedIndicator);
const DATASET = 'need';

/** Rules for loading need figures from a file: every row is checked before anything is written. */
export class NeedImportService {
  constructor(private readonly em: EntityManager) {}

  async importFile(file: NeedImportFile, options: NeedImportOptions): Promise<ImportReport> {
    const report = openImportReport(DATASET, file.content, options.source);
    if (report.sourceCode === null) return report;
    const { sha256, sourceCode } = report;

    const connection = this.em.getConnection();
    const importedRows = await importedRowCount((sql, params) => connection.execute(sql, params), 'regions', DATASET, sha256);
    if (importedRows !== null) {
      report.rows = importedRows;
      report.status = ImportStatus.UNCHANGED;
      return report;
    }

    let table: Awaited<ReturnType<typeof readTable>>;
    try {
      table = await readTable(file.content, file.format);
    } catch (error) {
      rejectImport(report, [unreadableFileError(file.format, error)]);
      return report;
    }
    report.rows = table.rows.length;
    // No header at all: the file is empty, not a file missing every column.
    if (table.columns.length === 0) {
      rejectImport(report, [emptyFileError()]);
      return report;
    }

    const { rows, errors } = await this.validate(table);
    if (errors.length > 0 || table.rows.length === 0) {
      rejectImport(report, errors.length > 0 ? errors : [emptyFileError()]);
      return report;
    }
    options.areaGuard?.(rows.map((row) => row.areaCode));
    if (options.dryRun) {
      Object.assign(report, await this.preview(rows, sourceCode), { status: ImportStatus.VALID });
      return report;
    }
    const counts = await this.write(rows, sha256, file.fileName, options, sourceCode);
    if (counts === 'ALREADY_IMPORTED') report.status = ImportStatus.UNCHANGED;
    else Object.assign(report, counts, { status: ImportStatus.IMPORTED });
    return report;
  }

  private async validate(table: { columns: string[]; rows: { row: number; cells: Record<string, string> }[] }) {
    const checker = new RowChecker();
    const rows: { row: number; value: NeedRow }[] = [];
    if (!checker.requireColumns(table.columns, [...NEED_COLUMNS.required])) return { rows: [], errors: checker.errors };
    if (!NEED_COLUMNS.area.some((column) => table.columns.includes(column))) {
      checker.fail(1, 'area_code', null, RowErrorCode.MISSING_COLUMN, 'the file needs an area_code (Kemendagri) or a bps_code column');
      return { rows: [], errors: checker.errors };
    }
    const frame = await this.frame();
    const progress = createProgress('validating', table.rows.length);
    table.rows.forEach((row, index) => {
      progress.tick(index);
      const area = this.area(row, frame, checker);
      const year = checker.year(row);
      const indicator = checker.oneOf(row, 'indicator', INDICATORS, RowErrorCode.UNKNOWN_INDICATOR);
      const value = checker.count(row, 'value');
      const definition = row.cells.definition?.trim() || null;
      if (area && year !== undefined && indicator && value !== undefined) {
        rows.push({ row: row.row, value: { ...area, year, indicator, value, definition } });
      }
    });
    progress.finish();
    checkDuplicateKeys(rows, (r) => `${r.areaCode}/${r.year}/${r.indicator}`, checker, 'area_code');
    checker.errors.sort((a, b) => a.row - b.row);
    return { rows: rows.map((r) => r.value), errors: checker.errors };
  }

  private area(row: { row: number; cells: Record<string, string> }, frame: AreaLookup, checker: RowChecker) {
    const kemendagri = row.cells.area_code?.trim();
    const bps = row.cells.bps_code?.trim();
    if (kemendagri) {
      if (!/^\d{2}(\.\d{2})?$/.test(kemendagri)) {
        return checker.fail(row.row, 'area_code', kemendagri, RowErrorCode.INVALID_AREA_CODE, 'area_code must be a Kemendagri code such as "52" or "52.01"');
      }
      const level = frame.levelByCode.get(kemendagri);
      if (!level) return checker.fail(row.row, 'area_code', kemendagri, RowErrorCode.UNKNOWN_AREA_CODE, `no province or kab/kota has the code ${kemendagri}`);
      return { areaCode: kemendagri, areaLevel: level };
    }
    if (bps) {
      if (!/^\d{2}(\d{2})?$/.test(bps)) {
        return checker.fail(row.row, 'bps_code', bps, RowErrorCode.INVALID_AREA_CODE, 'bps_code must be a BPS code such as "52" or "5201"');
      }
      const code = frame.codeByBps.get(bps);
      if (!code) return checker.fail(row.row, 'bps_code', bps, RowErrorCode.UNKNOWN_AREA_CODE, `no province or kab/kota has the BPS code ${bps}`);
      return { areaCode: code, areaLevel: frame.levelByCode.get(code)! };
    }
    return checker.fail(row.row, 'area_code', '', RowErrorCode.MISSING_VALUE, 'each row needs an area_code or a bps_code');
  }

  private async frame(): Promise<AreaLookup> {
    const connection = this.em.getConnection();
    const [provinces, regencies] = await Promise.all([
      connection.execute<{ code: string; bps_code: string | null }[]>('select code, bps_code from regions.province'),
      connection.execute<{ code: string; bps_code: string | null }[]>('select code, bps_code from regions.regency'),
    ]);
    const levelByCode = new Map<string, AreaLevel>();
    const codeByBps = new Map<string, string>();
    for (const p of provinces) {
      levelByCode.set(p.code, AreaLevel.PROVINCE);
      if (p.bps_code) codeByBps.set(p.bps_code, p.code);
    }
    for (const r of regencies) {
      levelByCode.set(r.code, AreaLevel.REGENCY);
      if (r.bps_code) codeByBps.set(r.bps_code, r.code);
    }
    return { levelByCode, codeByBps };
  }

  /** What an import would do, without writing. */
  private async preview(rows: NeedRow[], sourceCode: string) {
    const [counts] = await this.em.getConnection().execute<{ inserted: number; replaced: number }[]>(
      `with staged as (${STAGED_ROWS})
       select count(*) filter (where o.id is null)::int as inserted,
              count(*) filter (where o.id is not null and (o.value <> s.value or o.definition is distinct from s.definition))::int as replaced
       from staged s left join regions.need_observation o
         on o.area_code = s.area_code and o.year = s.year and o.indicator = s.indicator and o.source_code = ?`,
      [JSON.stringify(rows.map(toStaged)), sourceCode],
    );
    return { inserted: counts!.inserted, replaced: counts!.replaced, unchanged: rows.length - counts!.inserted - counts!.replaced };
  }

  /** One transaction: the source, the batch, the history of replaced values, the updates, the inserts. */
  private async write(rows: NeedRow[], sha256: string, fileName: string, options: NeedImportOptions, sourceCode: string) {
    try {
      return await this.em.transactional(async (tx) => {
        const connection = tx.getConnection();
        const ctx = tx.getTransactionContext();
        const run = <T>(sql: string, params: unknown[]) => connection.execute<T>(sql, params, 'all', ctx);
        const { source } = options;
        // Published now, even if this source was seeded as modeled: one upsert for every service.
        const recordSource = recordPublishedSource('regions', sourceCode, source, () => '?');
        await run(recordSource.sql, recordSource.params);
        const [batch] = await run<{ id: string }[]>(
          `insert into regions.import_batch (dataset, sha256, file_name, source_code, row_count, imported_by)
           values (?, ?, ?, ?, ?, ?) on conflict (dataset, sha256) do nothing returning id`,
          [DATASET, sha256, fileName, sourceCode, rows.length, options.importedBy ?? null],
        );
        if (!batch) return 'ALREADY_IMPORTED' as const;
        const staged = JSON.stringify(rows.map(toStaged));
        const keyJoin = `o.area_code = s.area_code and o.year = s.year and o.indicator = s.indicator and o.source_code = ?`;
        await run(
          `with staged as (${STAGED_ROWS})
           insert into regions.need_observation_history
             (observation_id, area_code, year, indicator, value, definition, source_code, batch_id, superseded_by_batch_id)
           select o.id, o.area_code, o.year, o.indicator, o.value, o.definition, o.source_code, o.batch_id, ?
           from staged s join regions.need_observation o on ${keyJoin}
           where o.value <> s.value or o.definition is distinct from s.definition`,
          [staged, batch.id, sourceCode],
        );
        const [replaced] = await run<{ n: number }[]>(
          `with staged as (${STAGED_ROWS}), changed as (
             update regions.need_observation o set value = s.value, definition = s.definition, batch_id = ?
             from staged s where ${keyJoin} and (o.value <> s.value or o.definition is distinct from s.definition)
             returning 1)
           select count(*)::int as n from changed`,
          [staged, batch.id, sourceCode],
        );
        const [inserted] = await run<{ n: number }[]>(
          `with staged as (${STAGED_ROWS}), added as (
             insert into regions.need_observation (area_code, area_level, year, indicator, value, definition, source_code, batch_id)
             select s.area_code, s.area_level, s.year, s.indicator, s.value, s.definition, ?, ?
             from staged s
             where not exists (select 1 from regions.need_observation o where ${keyJoin})
             returning 1)
           select count(*)::int as n from added`,
          [staged, sourceCode, batch.id, sourceCode],
        );
        return { inserted: inserted!.n, replaced: replaced!.n, unchanged: rows.length - inserted!.n - replaced!.n };
      });
    } catch (error) {
      // Two imports of the same file at once: the loser finds the winner's batch.
      if (/import_batch_dataset_sha256_unique/.test((error as Error).message)) return 'ALREADY_IMPORTED' as const;
      throw error;
    }
  }
}

interface AreaLookup {
  levelByCode: Map<string, AreaLevel>;
  codeByBps: Map<string, string>;
}

const STAGED_ROWS = `select * from json_to_recordset(?::json)
  as s(area_code text, area_level text, year int, indicator text, value int, definition text)`;

const toStaged = (row: NeedRow) => ({
  area_code: row.areaCode,
  area_level: row.areaLevel,
  year: row.year,
  indicator: row.indicator,
  value: row.value,
  definition: row.definition,
});
