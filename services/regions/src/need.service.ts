import type { EntityManager } from '@mikro-orm/core';
import { winningSourceRows } from '@housing-hub/import-kit';
import { DATA_SOURCE_COLUMNS, dataSourceOf, type DataSourceRow } from '@housing-hub/subgraph-kit';
import type { DataSource } from './data-source.entity.js';
import type { HousingNeed, NeedFigure } from './housing-need.type.js';
import { NeedIndicator } from './need-indicator.enum.js';

/** A need request: an area and the year asked for (`null`: the latest there is). */
export interface NeedKey {
  code: string;
  year: number | null;
}

export const needKeyId = (key: NeedKey) => `${key.code}@${key.year ?? 'latest'}`;

const LATEST = 9999;

interface NeedRow extends DataSourceRow {
  area_code: string;
  req_year: number;
  year: number;
  indicator: NeedIndicator;
  value: number | string;
  definition: string | null;
}

// Of the observations of an indicator in a partition, the one served: the latest year, then the source
// that wins (published before modeled, the newest publication, the code).
const latestWinning = (query: { select: string; from: string; partitionBy: readonly string[]; where?: string }) =>
  winningSourceRows({ ...query, sourceCode: 'o.source_code', sourceTable: 'regions.data_source', rankFirstBy: ['o.year desc'] });

const REQUESTS = `select * from json_to_recordset(?::json) as r(area_code text, req_year int)`;

// The observations of each requested area up to its year, one index lookup per request: lateral and
// kept apart (offset 0), since the planner guesses 100 rows for a JSON list and would rather scan the
// whole table and hash it (on PGlite a 2-request read went from 5.7 to 2.8 ms of CPU).
const OBSERVATIONS_UP_TO_YEAR = `req cross join lateral (
    select * from regions.need_observation o where o.area_code = req.area_code and o.year <= req.req_year offset 0
  ) o`;

// Each indicator separately: the latest year on or before the one asked for, then the best source.
const REGENCY_NEED_SQL = `
with req as (${REQUESTS})
${latestWinning({
  select: `req.area_code, req.req_year, o.year, o.indicator, o.value, o.definition, ${DATA_SOURCE_COLUMNS}`,
  from: OBSERVATIONS_UP_TO_YEAR,
  partitionBy: ['req.area_code', 'req.req_year', 'o.indicator'],
})}`;

// A province's own figure, unless its kab/kota have newer ones: then the sum of each kab/kota's
// latest figure (what an analyst summing the kab/kota of the province would get).
/** The province need rule in SQL over any request set (`requests` selects area_code, req_year). */
const provinceNeedSql = (requests: string) => `
with req as (${requests}),
own as (${latestWinning({
  select: 'req.area_code, req.req_year, o.year, o.indicator, o.value::bigint as value, o.definition, o.source_code',
  from: OBSERVATIONS_UP_TO_YEAR,
  partitionBy: ['req.area_code', 'req.req_year', 'o.indicator'],
})}),
regency_latest as (${latestWinning({
  select: 'req.area_code, req.req_year, o.year, o.indicator, o.value, o.definition, o.source_code, s.modeled',
  from: `req join regions.need_observation o
    on o.area_level = 'REGENCY' and left(o.area_code, 2) = req.area_code and o.year <= req.req_year`,
  partitionBy: ['req.area_code', 'req.req_year', 'o.area_code', 'o.indicator'],
})}),
summed as (
  select area_code, req_year, max(year) as year, indicator, sum(value)::bigint as value,
         min(definition) as definition,
         -- a sum with one modeled part is modeled: it shows a modeled source, never a published one
         (array_agg(source_code order by modeled desc, source_code))[1] as source_code
  from regency_latest group by area_code, req_year, indicator
),
merged as (
  select o.area_code, o.req_year, o.year, o.indicator, o.value, o.definition, o.source_code from own o
  where not exists (select 1 from summed m where m.area_code = o.area_code and m.req_year = o.req_year and m.indicator = o.indicator and m.year > o.year)
  union all
  select m.* from summed m
  where not exists (select 1 from own o where o.area_code = m.area_code and o.req_year = m.req_year and o.indicator = m.indicator and o.year >= m.year)
)
select m.area_code, m.req_year, m.year, m.indicator, m.value, m.definition, ${DATA_SOURCE_COLUMNS}
from merged m join regions.data_source s on s.code = m.source_code`;

const PROVINCE_NEED_SQL = provinceNeedSql(REQUESTS);

/**
 * SQL for one need indicator's value per area, as `need(year)` serves it (latest on or before the
 * year, best source; a province's own figure or the sum of its kab/kota), for ordering and filtering
 * lists in SQL. Selects (area_code, value); one `?` each for the indicator and the year, in that order.
 */
export function needValueSql(level: 'PROVINCE' | 'REGENCY'): string {
  if (level === 'PROVINCE') {
    // The indicator is bound before the year: the year sits in the request set, selected first.
    return `select area_code, value from (${provinceNeedSql('select code as area_code, ?::int as req_year from regions.province')}) pn
      where pn.indicator = ?`;
  }
  return `select area_code, value from (${latestWinning({
    select: 'o.area_code, o.value',
    from: 'regions.need_observation o',
    partitionBy: ['o.area_code'],
    where: `o.area_level = 'REGENCY' and o.indicator = ? and o.year <= ?`,
  })}) regency_need`;
}

/** The parameters of `needValueSql` for an indicator and a year (null: the latest there is). */
export function needValueParams(level: 'PROVINCE' | 'REGENCY', indicator: NeedIndicator, year: number | null): unknown[] {
  const requested = year ?? LATEST;
  return level === 'PROVINCE' ? [requested, indicator] : [indicator, requested];
}

const INDICATOR_FIELDS: Record<NeedIndicator, 'households' | 'ownershipBacklog' | 'habitabilityBacklog' | 'uninhabitableHomes'> =
  {
    [NeedIndicator.HOUSEHOLDS]: 'households',
    [NeedIndicator.OWNERSHIP_BACKLOG]: 'ownershipBacklog',
    [NeedIndicator.HABITABILITY_BACKLOG]: 'habitabilityBacklog',
    [NeedIndicator.UNINHABITABLE_HOMES]: 'uninhabitableHomes',
  };

const INDICATOR_ORDER = Object.keys(INDICATOR_FIELDS) as NeedIndicator[];

/** The code of the source a need shows when its figures come from several sources. */
export const MIXED_SOURCE_CODE = 'MIXED';

/** One source for the whole need when its figures share one; else "mixed", modeled as soon as one figure is. */
export function combinedSource(sources: readonly DataSource[]): DataSource {
  const codes = new Set(sources.map((s) => s.code));
  if (codes.size === 1) return sources[0]!;
  const modeled = sources.some((s) => s.modeled);
  return {
    code: MIXED_SOURCE_CODE,
    name: `Mixed: ${[...codes].sort().join(', ')} (${modeled ? 'some figures are modeled' : 'all published'}; see each indicator's source)`,
    publisher: null,
    publishedOn: null,
    undatedReason: "Undated: several sources, each with its own date (see each indicator's source)",
    url: null,
    modeled,
  } as DataSource;
}

function assemble(rows: NeedRow[]): HousingNeed {
  const figures: NeedFigure[] = rows
    .map((row) => ({
      indicator: row.indicator,
      year: row.year,
      value: Number(row.value),
      definition: row.definition,
      source: dataSourceOf<DataSource>(row),
    }))
    .sort((a, b) => INDICATOR_ORDER.indexOf(a.indicator) - INDICATOR_ORDER.indexOf(b.indicator));
  const need: HousingNeed = {
    areaCode: rows[0]!.area_code,
    year: Math.max(...rows.map((row) => row.year)),
    households: null,
    ownershipBacklog: null,
    habitabilityBacklog: null,
    uninhabitableHomes: null,
    source: combinedSource(figures.map((f) => f.source)),
    modeled: figures.some((f) => f.source.modeled),
    householdsSource: null,
    ownershipBacklogSource: null,
    habitabilityBacklogSource: null,
    uninhabitableHomesSource: null,
    figures,
  };
  for (const figure of figures) {
    const field = INDICATOR_FIELDS[figure.indicator];
    need[field] = figure.value;
    need[`${field}Source`] = figure.source;
  }
  return need;
}

/** Housing need per area: the rules of "latest on or before" and of province sums, in SQL. */
export class NeedService {
  constructor(private readonly em: EntityManager) {}

  /** One statement for any number of (kab/kota, year) requests; null where an area has no figure by then. */
  regencyNeeds(keys: readonly NeedKey[]): Promise<(HousingNeed | null)[]> {
    return this.needs(REGENCY_NEED_SQL, keys);
  }

  /** One statement for any number of (province, year) requests. */
  provinceNeeds(keys: readonly NeedKey[]): Promise<(HousingNeed | null)[]> {
    return this.needs(PROVINCE_NEED_SQL, keys);
  }

  private async needs(sql: string, keys: readonly NeedKey[]): Promise<(HousingNeed | null)[]> {
    const requests = keys.map((key) => ({ area_code: key.code, req_year: key.year ?? LATEST }));
    const rows = await this.em.getConnection().execute<NeedRow[]>(sql, [JSON.stringify(requests)], 'all');
    const grouped = new Map<string, NeedRow[]>();
    for (const row of rows) {
      const id = `${row.area_code}@${row.req_year}`;
      const list = grouped.get(id);
      if (list) list.push(row);
      else grouped.set(id, [row]);
    }
    return requests.map((request) => {
      const found = grouped.get(`${request.area_code}@${request.req_year}`);
      return found ? assemble(found) : null;
    });
  }
}
