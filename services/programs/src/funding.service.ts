import type { EntityManager } from '@mikro-orm/core';
import { sourcePrecedence } from '@housing-hub/import-kit';
import type { DataSource } from './data-source.entity.js';
import { FundingBreakdown, FundingGroup, type FundingBreakdownRow } from './funding.types.js';
import type { FundingScheme } from './funding-scheme.enum.js';

/** A funding request: an area (kab/kota or province) and a year. */
export interface FundingKey {
  code: string;
  year: number;
}

export const fundingKeyId = (key: FundingKey) => `${key.code}@${key.year}`;

/** The sum of one scheme in one area and year. */
export interface FundingFigure {
  scheme: FundingScheme;
  year: number;
  units: number;
  amountIdr: string;
  source: DataSource | null;
}

export interface SummaryFigure extends FundingFigure {
  provinceCode: string | null;
  regencyCode: string | null;
}

export interface BreakdownRequest {
  year: number;
  scheme: FundingScheme;
  by: FundingBreakdown;
  provinceCode?: string | null;
  regencyCode?: string | null;
}

const BREAKDOWN_COLUMNS: Record<FundingBreakdown, 'month' | 'category' | 'channel' | 'status'> = {
  [FundingBreakdown.MONTH]: 'month',
  [FundingBreakdown.CATEGORY]: 'category',
  [FundingBreakdown.CHANNEL]: 'channel',
  [FundingBreakdown.STATUS]: 'status',
};

export interface SummaryRequest {
  year: number;
  provinceCode?: string | null;
  schemes?: readonly FundingScheme[] | null;
  groupBy: FundingGroup;
}

interface AggregateRow {
  code?: string;
  province_code?: string | null;
  regency_code?: string | null;
  year: number;
  scheme: FundingScheme;
  units: string | number;
  amount_idr: string;
  source_code: string | null;
  source_name: string | null;
  publisher: string | null;
  published_on: string | null;
  url: string | null;
  modeled: boolean | null;
}

const SOURCE_COLUMNS = `s.name as source_name, s.publisher, to_char(s.published_on, 'YYYY-MM-DD') as published_on, s.url, s.modeled`;

/**
 * Which facts count: in each kab/kota, year and scheme, those of ONE source, so that two sources of the
 * same figures never add up. Precedence: published before modeled, then the latest publication date,
 * then the source code. `cells` must carry regency_code, year, scheme, source_code; adds `r` (1 = chosen).
 */
const FUNDING_SOURCE_PRECEDENCE = sourcePrecedence({ modeled: 'd.modeled', publishedOn: 'd.published_on', code: 'c.source_code' });
const RANK_SOURCES = `rank() over (partition by c.regency_code, c.year, c.scheme order by ${FUNDING_SOURCE_PRECEDENCE}) as r`;

/** The source a sum over several kab/kota shows: a modeled part makes the whole modeled, else the oldest publication. */
const SUM_SOURCE = `(array_agg(c.source_code order by c.modeled desc, c.published_on nulls first, c.source_code))[1] as source_code`;

// One statement for any number of (area, year) requests; `areaColumn` is the column the area code matches.
const AREA_FUNDING_SQL = (areaColumn: 'regency_code' | 'province_code') => `
with req as (select distinct code, year from json_to_recordset(?::json) as r(code text, year int)),
cells as (
  select req.code, f.regency_code, req.year, f.scheme, f.source_code, sum(f.units) as units, sum(f.amount_idr) as amount_idr
  from req join programs.realization f on f.${areaColumn} = req.code and f.year = req.year
  group by req.code, f.regency_code, req.year, f.scheme, f.source_code
),
ranked as (
  select c.*, d.modeled, d.published_on, ${RANK_SOURCES}
  from cells c join programs.data_source d on d.code = c.source_code
),
agg as (
  select c.code, c.year, c.scheme, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr, ${SUM_SOURCE}
  from ranked c where c.r = 1
  group by c.code, c.year, c.scheme
)
select agg.*, ${SOURCE_COLUMNS}
from agg left join programs.data_source s on s.code = agg.source_code`;

function figureOf(row: AggregateRow): FundingFigure {
  return {
    scheme: row.scheme,
    year: Number(row.year),
    units: Number(row.units),
    amountIdr: row.amount_idr,
    source: row.source_code
      ? ({
          code: row.source_code,
          name: row.source_name!,
          publisher: row.publisher,
          publishedOn: row.published_on,
          url: row.url,
          modeled: Boolean(row.modeled),
        } as DataSource)
      : null,
  };
}

/** Funding aggregates, always computed in SQL over the realization facts. */
export class FundingService {
  constructor(private readonly em: EntityManager) {}

  /** Per kab/kota and year: the figures of every scheme with facts (one statement for the whole batch). */
  regencyFunding(keys: readonly FundingKey[]): Promise<FundingFigure[][]> {
    return this.areaFunding('regency_code', keys);
  }

  /** Per province and year: the same sums over the province's facts (one statement). */
  provinceFunding(keys: readonly FundingKey[]): Promise<FundingFigure[][]> {
    return this.areaFunding('province_code', keys);
  }

  private async areaFunding(column: 'regency_code' | 'province_code', keys: readonly FundingKey[]): Promise<FundingFigure[][]> {
    const rows = await this.em
      .getConnection()
      .execute<AggregateRow[]>(AREA_FUNDING_SQL(column), [JSON.stringify(keys.map((k) => ({ code: k.code, year: k.year })))], 'all');
    const grouped = new Map<string, FundingFigure[]>();
    for (const row of rows) {
      const id = fundingKeyId({ code: row.code!, year: Number(row.year) });
      const list = grouped.get(id);
      if (list) list.push(figureOf(row));
      else grouped.set(id, [figureOf(row)]);
    }
    return keys.map((key) => grouped.get(fundingKeyId(key)) ?? []);
  }

  /** One row per area (at `groupBy`) and scheme with facts in the year, in one statement. */
  async summary(request: SummaryRequest): Promise<SummaryFigure[]> {
    const groupColumns =
      request.groupBy === FundingGroup.REGENCY
        ? ['province_code', 'regency_code']
        : request.groupBy === FundingGroup.PROVINCE || request.provinceCode
          ? ['province_code']
          : [];
    const conditions = ['f.year = ?'];
    const params: unknown[] = [request.year];
    if (request.provinceCode) {
      conditions.push('f.province_code = ?');
      params.push(request.provinceCode);
    }
    if (request.schemes) {
      conditions.push('f.scheme in (select json_array_elements_text(?::json))');
      params.push(JSON.stringify(request.schemes));
    }
    const group = [...groupColumns.map((c) => `c.${c}`), 'c.scheme'].join(', ');
    const sql = `
      with cells as (
        select left(f.regency_code, 2) as province_code, f.regency_code, f.year, f.scheme, f.source_code,
          sum(f.units) as units, sum(f.amount_idr) as amount_idr
        from programs.realization f
        where ${conditions.join(' and ')}
        group by f.regency_code, f.year, f.scheme, f.source_code
      ),
      ranked as (
        select c.*, d.modeled, d.published_on, ${RANK_SOURCES}
        from cells c join programs.data_source d on d.code = c.source_code
      ),
      agg as (
        select ${group}, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr, ${SUM_SOURCE}
        from ranked c where c.r = 1
        group by ${group}
      )
      select agg.*, ${SOURCE_COLUMNS}
      from agg left join programs.data_source s on s.code = agg.source_code
      order by ${[...groupColumns.map((c) => `agg.${c}`), 'agg.scheme'].join(', ')}`;
    const rows = await this.em.getConnection().execute<AggregateRow[]>(sql, params, 'all');
    return (rows as AggregateRow[]).map((row: AggregateRow) => ({
      ...figureOf({ ...row, year: request.year }),
      provinceCode: row.province_code ?? null,
      regencyCode: row.regency_code ?? null,
    }));
  }

  /** A scheme's figures in a year (nationally, or in one province or kab/kota) split by one dimension, in one statement. */
  async breakdown(request: BreakdownRequest): Promise<FundingBreakdownRow[]> {
    const column = BREAKDOWN_COLUMNS[request.by];
    const conditions = ['f.year = ?', 'f.scheme = ?'];
    const params: unknown[] = [request.year, request.scheme];
    if (request.provinceCode) {
      conditions.push('f.province_code = ?');
      params.push(request.provinceCode);
    }
    if (request.regencyCode) {
      conditions.push('f.regency_code = ?');
      params.push(request.regencyCode);
    }
    // One source per kab/kota as everywhere (year and scheme are fixed here), in one pass over the facts.
    const rows = await this.em.getConnection().execute<{ part: string | number | null; units: string | number; amount_idr: string }[]>(
      `with cells as (
         select f.regency_code, f.source_code, f.${column} as part, sum(f.units) as units, sum(f.amount_idr) as amount_idr
         from programs.realization f where ${conditions.join(' and ')}
         group by f.regency_code, f.source_code, f.${column}
       ),
       ranked as (
         select c.*, rank() over (partition by c.regency_code order by ${FUNDING_SOURCE_PRECEDENCE}) as r
         from cells c join programs.data_source d on d.code = c.source_code
       )
       select c.part, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr
       from ranked c where c.r = 1
       group by c.part order by c.part nulls last`,
      params,
      'all',
    );
    return (rows as { part: string | number | null; units: string | number; amount_idr: string }[]).map((row) => ({
      month: column === 'month' && row.part !== null ? Number(row.part) : null,
      category: column === 'category' ? ((row.part as FundingBreakdownRow['category']) ?? null) : null,
      channel: column === 'channel' ? ((row.part as string | null) ?? null) : null,
      status: column === 'status' ? ((row.part as FundingBreakdownRow['status']) ?? null) : null,
      units: Number(row.units),
      amountIdr: row.amount_idr,
    }));
  }
}
