import type { EntityManager } from '@mikro-orm/core';
import { sourcePrecedence } from '@housing-hub/import-kit';
import type { DataSource } from './data-source.entity.js';
import type { NeedIndicator } from './need-indicator.enum.js';

export interface DiscrepancyFilter {
  provinceCode?: string | null;
  year?: number | null;
  indicator?: NeedIndicator | null;
  /** Relative difference (max - min) / max above which two figures disagree; 0.1 = 10%. */
  threshold: number;
  /** Compare modeled figures too (by default only published ones: a model is no claim to resolve). */
  includeModeled?: boolean;
}

export interface SourcedValue {
  value: number;
  definition: string | null;
  source: DataSource;
}

export interface NeedDiscrepancyRow {
  areaCode: string;
  provinceCode: string;
  year: number;
  indicator: NeedIndicator;
  difference: number;
  relativeDifference: number;
  /** Every source's figure, the one `need` uses first (same precedence as `NeedService`). */
  figures: SourcedValue[];
}

export interface NeedVersion {
  value: number;
  definition: string | null;
  source: DataSource;
  current: boolean;
  /** When this value stopped being current (null for current values). */
  supersededAt: string | null;
}

interface DiscrepancyQueryRow {
  area_code: string;
  year: number;
  indicator: NeedIndicator;
  lo: number;
  hi: number;
  // json_agg arrives parsed from node-postgres and as text from PGlite
  figures: SourcedValue[] | string;
}

interface HistoryQueryRow {
  value: number;
  definition: string | null;
  source: DataSource | string;
  current: boolean;
  superseded_at: string | null;
}

const SOURCE_JSON = `json_build_object('code', s.code, 'name', s.name, 'publisher', s.publisher,
  'publishedOn', to_char(s.published_on, 'YYYY-MM-DD'), 'url', s.url, 'modeled', s.modeled)`;

/** Where sources disagree, and what each source said over time. */
export class NeedDiscrepancyService {
  constructor(private readonly em: EntityManager) {}

  /** Areas, years and indicators where two or more sources differ by more than the threshold, per province. */
  async discrepancies(filter: DiscrepancyFilter): Promise<NeedDiscrepancyRow[]> {
    const rows: DiscrepancyQueryRow[] = await this.em.getConnection().execute(
      `with figures as (
         select o.area_code, o.year, o.indicator, o.value, o.definition, s.modeled, s.published_on, s.code as source_code,
                ${SOURCE_JSON} as source
         from regions.need_observation o join regions.data_source s on s.code = o.source_code
         where (? or not s.modeled)
           and (?::text is null or left(o.area_code, 2) = ?::text)
           and (?::int is null or o.year = ?::int)
           and (?::text is null or o.indicator = ?::text)
       )
       select area_code, year, indicator, min(value) as lo, max(value) as hi,
              json_agg(json_build_object('value', value, 'definition', definition, 'source', source)
                       order by ${sourcePrecedence({ modeled: 'modeled', publishedOn: 'published_on', code: 'source_code' })}) as figures
       from figures
       group by area_code, year, indicator
       having count(*) > 1 and (max(value) - min(value))::float8 / greatest(max(value), 1) > ?
       order by left(area_code, 2), area_code, year, indicator`,
      [
        filter.includeModeled ?? false,
        filter.provinceCode ?? null,
        filter.provinceCode ?? null,
        filter.year ?? null,
        filter.year ?? null,
        filter.indicator ?? null,
        filter.indicator ?? null,
        filter.threshold,
      ],
      'all',
    );
    return rows.map((row) => ({
      areaCode: row.area_code,
      provinceCode: row.area_code.slice(0, 2),
      year: row.year,
      indicator: row.indicator,
      difference: row.hi - row.lo,
      relativeDifference: (row.hi - row.lo) / Math.max(row.hi, 1),
      figures: typeof row.figures === 'string' ? JSON.parse(row.figures) : row.figures,
    }));
  }

  /** Every value each source gave for an area, year and indicator: current ones first, then replaced ones, newest first. */
  async history(areaCode: string, year: number, indicator: NeedIndicator): Promise<NeedVersion[]> {
    const rows: HistoryQueryRow[] = await this.em.getConnection().execute(
      `select o.value, o.definition, ${SOURCE_JSON} as source, true as current, null::text as superseded_at, null::timestamptz as sort_at
       from regions.need_observation o join regions.data_source s on s.code = o.source_code
       where o.area_code = ? and o.year = ? and o.indicator = ?
       union all
       select h.value, h.definition, ${SOURCE_JSON}, false, to_char(h.superseded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), h.superseded_at
       from regions.need_observation_history h join regions.data_source s on s.code = h.source_code
       where h.area_code = ? and h.year = ? and h.indicator = ?
       order by current desc, sort_at desc nulls first`,
      [areaCode, year, indicator, areaCode, year, indicator],
      'all',
    );
    return rows.map((row) => ({
      value: row.value,
      definition: row.definition,
      source: typeof row.source === 'string' ? JSON.parse(row.source) : row.source,
      current: row.current,
      supersededAt: row.superseded_at,
    }));
  }
}
