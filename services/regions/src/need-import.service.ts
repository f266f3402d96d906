import type { EntityManager } from '@mikro-orm/core';
import { DatasetImportService, mergeByKey, RowErrorCode, stageColumns, streamCheckedRows } from '@housing-hub/import-kit';
import type { ImportTransaction, MergeContext, RowRules } from '@housing-hub/import-kit';
import type { AreaLevel } from './need-observation.entity.js';
import { NeedIndicator } from './need-indicator.enum.js';

const INDICATORS = Object.values(NeedIndicator);

/** area code, area level, year, indicator, value, definition. */
type NeedRow = [string, AreaLevel, number, NeedIndicator, number, string | null];

const STAGE = stageColumns(`
  area_code text, area_level text, year int, indicator text, value int, definition text`);

/** A figure's key within its source: area, year, indicator. A re-issue replaces the values of the keys it carries. */
const KEY_JOIN = `o.area_code = s.area_code and o.year = s.year and o.indicator = s.indicator and o.source_code = $1`;
const CHANGED = `(o.value <> s.value or o.definition is distinct from s.definition)`;

/** Rules for loading need figures from a file: every row is checked before anything is written. */
export class NeedImportService extends DatasetImportService {
  constructor(em: EntityManager) {
    super(em, {
      schema: 'regions',
      name: 'need',
      columns: STAGE,
      areaColumn: 'area_code',
      check: (table) => streamCheckedRows(table, NEED_ROWS),
      merge: mergeNeed,
    });
  }
}

/**
 * The columns of a `need` file (README: "Importing data") and the rules of a row, whose area is a
 * province or a kab/kota; the kit checks the columns, the area and the keys.
 */
export const NEED_ROWS: RowRules<NeedRow> = {
  columns: { required: ['year', 'indicator', 'value'], optional: ['definition'] },
  areas: 'PROVINCE_OR_REGENCY',
  read(row, checker, area) {
    const year = checker.year(row);
    const indicator = checker.oneOf(row, 'indicator', INDICATORS, RowErrorCode.UNKNOWN_INDICATOR);
    const value = checker.count(row, 'value');
    const definition = row.cells.definition || null;
    if (!area || year === undefined || !indicator || value === undefined) return undefined;
    return {
      key: `${area.code}/${year}/${indicator}`,
      value: [area.code, area.level as AreaLevel, year, indicator, value, definition],
    };
  },
};

/**
 * In the import's transaction: the previous values of changed figures go to the history, changed
 * figures are updated, new ones inserted.
 */
function mergeNeed(tx: ImportTransaction, context: MergeContext) {
  return mergeByKey(tx, context, {
    matches: `need_stage s join regions.need_observation o on ${KEY_JOIN}`,
    changed: CHANGED,
    replace: [
      `insert into regions.need_observation_history
         (observation_id, area_code, year, indicator, value, definition, source_code, batch_id, superseded_by_batch_id)
       select o.id, o.area_code, o.year, o.indicator, o.value, o.definition, o.source_code, o.batch_id, $2
       from need_stage s join regions.need_observation o on ${KEY_JOIN} where ${CHANGED}`,
      `update regions.need_observation o set value = s.value, definition = s.definition, batch_id = $2
       from need_stage s where ${KEY_JOIN} and ${CHANGED}`,
    ],
    insert: () =>
      `insert into regions.need_observation (area_code, area_level, year, indicator, value, definition, source_code, batch_id)
       select s.area_code, s.area_level, s.year, s.indicator, s.value, s.definition, $1, $2
       from need_stage s where not exists (select 1 from regions.need_observation o where ${KEY_JOIN})`,
  });
}
