import type { EntityManager } from '@mikro-orm/core';
import {
  areaReader,
  checkAreaColumns,
  checkDuplicateKeys,
  createProgress,
  RowChecker,
  RowErrorCode,
  runImport,
  type CheckedRows,
  type ImportDataset,
  type ImportFile,
  type ImportOptions,
  type ImportReport,
  type ImportTransaction,
  type MergeContext,
  type RowSource,
  type StageColumn,
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

const INDICATORS = Object.values(NeedIndicator);

/** area code, area level, year, indicator, value, definition. */
type NeedRow = [string, AreaLevel, number, NeedIndicator, number, string | null];

const STAGE: StageColumn[] = [
  { name: 'area_code', type: 'text' },
  { name: 'area_level', type: 'text' },
  { name: 'year', type: 'int' },
  { name: 'indicator', type: 'text' },
  { name: 'value', type: 'int' },
  { name: 'definition', type: 'text' },
];

/** A figure's key within its source: area, year, indicator. A re-issue replaces the values of the keys it carries. */
const KEY_JOIN = `o.area_code = s.area_code and o.year = s.year and o.indicator = s.indicator and o.source_code = $1`;
const CHANGED = `(o.value <> s.value or o.definition is distinct from s.definition)`;

/** What is particular to need figures; the kit's pipeline does the rest. */
export const needImport: ImportDataset = {
  schema: 'regions',
  name: 'need',
  stage: { table: 'need_stage', columns: STAGE },
  check: checkNeedRows,
  merge: mergeNeed,
};

/** Rules for loading need figures from a file: every row is checked before anything is written. */
export class NeedImportService {
  constructor(private readonly em: EntityManager) {}

  importFile(file: ImportFile, options: ImportOptions): Promise<ImportReport> {
    return runImport(this.em, needImport, file, options);
  }
}

/** Checks every row; returns the rows ready for staging, or the errors, and how many rows there were. */
async function checkNeedRows(table: RowSource): Promise<CheckedRows & { rows: NeedRow[] }> {
  const checker = new RowChecker();
  if (!checker.requireColumns(table.columns, [...NEED_COLUMNS.required]) || !checkAreaColumns(table.columns, checker)) {
    let count = 0;
    for await (const _row of table.rows()) count++;
    return { rows: [], errors: checker.errors, count };
  }
  const areaOf = await areaReader('PROVINCE_OR_REGENCY');
  const rows: { row: number; value: NeedRow }[] = [];
  const progress = createProgress('validating', table.estimatedRows);
  let count = 0;
  for await (const row of table.rows()) {
    progress.tick(count++);
    const area = areaOf(row, checker);
    const year = checker.year(row);
    const indicator = checker.oneOf(row, 'indicator', INDICATORS, RowErrorCode.UNKNOWN_INDICATOR);
    const value = checker.count(row, 'value');
    const definition = row.cells.definition || null;
    if (area && year !== undefined && indicator && value !== undefined) {
      rows.push({ row: row.row, value: [area.code, area.level as AreaLevel, year, indicator, value, definition] });
    }
  }
  progress.finish();
  checkDuplicateKeys(rows, ([code, , year, indicator]) => `${code}/${year}/${indicator}`, checker, 'area_code');
  checker.errors.sort((a, b) => a.row - b.row);
  return { rows: checker.errors.length > 0 ? [] : rows.map((r) => r.value), errors: checker.errors, count };
}

/**
 * Set-based, in the import's transaction: the previous values of changed figures go to the history,
 * changed figures are updated, new ones inserted. `batchId` null: a dry run (counts only).
 */
async function mergeNeed(tx: ImportTransaction, { sourceCode, batchId, rows: total }: MergeContext) {
  const [counts] = await tx.query<{ matched: number; replaced: number }>(
    `select count(*)::int as matched, count(*) filter (where ${CHANGED})::int as replaced
     from need_stage s join regions.need_observation o on ${KEY_JOIN}`,
    [sourceCode],
  );
  const { matched, replaced } = counts!;
  const result = { inserted: total - matched, replaced, unchanged: matched - replaced };
  if (batchId === null) return result;
  if (replaced > 0) {
    await tx.query(
      `insert into regions.need_observation_history
         (observation_id, area_code, year, indicator, value, definition, source_code, batch_id, superseded_by_batch_id)
       select o.id, o.area_code, o.year, o.indicator, o.value, o.definition, o.source_code, o.batch_id, $2
       from need_stage s join regions.need_observation o on ${KEY_JOIN} where ${CHANGED}`,
      [sourceCode, batchId],
    );
    await tx.query(
      `update regions.need_observation o set value = s.value, definition = s.definition, batch_id = $2
       from need_stage s where ${KEY_JOIN} and ${CHANGED}`,
      [sourceCode, batchId],
    );
  }
  if (matched < total) {
    await tx.query(
      `insert into regions.need_observation (area_code, area_level, year, indicator, value, definition, source_code, batch_id)
       select s.area_code, s.area_level, s.year, s.indicator, s.value, s.definition, $1, $2
       from need_stage s where not exists (select 1 from regions.need_observation o where ${KEY_JOIN})`,
      [sourceCode, batchId],
    );
  }
  return result;
}
