import type { EntityManager } from '@mikro-orm/core';
import { winningSourceRows } from '@housing-hub/import-kit';
import { DEFAULT_FINANCING_SOURCE_SQL, type FinancingSource } from './financing-source.enum.js';
import type { DataSource } from './data-source.entity.js';
import { FundingBreakdown, FundingGroup, SummaryOrderField, type FundingBreakdownRow } from './funding.types.js';
import type { FundingScheme } from './funding-scheme.enum.js';
import { RealizationStatus } from './realization-status.enum.js';
import type { UnitCategory } from './unit-category.enum.js';

/**
 * The statuses that count as delivered: what was handed over or disbursed (REALIZED), and what a year
 * still running has delivered so far (IN_PROGRESS). An ALLOCATED figure is a plan, never a delivery:
 * it is served as a target (`Program.targets`), or counted only when a caller asks for it by status.
 */
export const DELIVERED_STATUSES: readonly RealizationStatus[] = [RealizationStatus.REALIZED, RealizationStatus.IN_PROGRESS];

/** The statuses a request counts: those asked for (deduplicated, in a stable order), else the delivered ones. */
export function countedStatuses(statuses: readonly RealizationStatus[] | null | undefined): RealizationStatus[] {
  const wanted = statuses && statuses.length > 0 ? new Set(statuses) : new Set(DELIVERED_STATUSES);
  return Object.values(RealizationStatus).filter((status) => wanted.has(status));
}

/** A funding request: an area (kab/kota or province), a year, and the statuses that count. */
export interface FundingKey {
  code: string;
  year: number;
  statuses: readonly RealizationStatus[];
}

export const fundingKeyId = (key: FundingKey) => `${key.code}@${key.year}@${key.statuses.join(',')}`;

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
  /** Counted statuses; a breakdown BY STATUS counts every status unless given. */
  statuses?: readonly RealizationStatus[] | null;
  scheme: FundingScheme;
  by: FundingBreakdown;
  provinceCode?: string | null;
  regencyCode?: string | null;
}

const BREAKDOWN_COLUMNS: Record<FundingBreakdown, 'month' | 'category' | 'channel' | 'status' | 'financing_source'> = {
  [FundingBreakdown.MONTH]: 'month',
  [FundingBreakdown.CATEGORY]: 'category',
  [FundingBreakdown.CHANNEL]: 'channel',
  [FundingBreakdown.STATUS]: 'status',
  [FundingBreakdown.FINANCING_SOURCE]: 'financing_source',
};

/** The SQL of a breakdown's part over the facts `f`: its column, or for the financing source the scheme's own where a fact names none. */
const breakdownPart = (column: (typeof BREAKDOWN_COLUMNS)[FundingBreakdown]) =>
  column === 'financing_source' ? DEFAULT_FINANCING_SOURCE_SQL('f') : `f.${column}`;

export interface SummaryOrder {
  field: SummaryOrderField;
  direction: 'ASC' | 'DESC';
}

export interface SummaryRequest {
  /** One year or several: one row per area, scheme and year. */
  years: readonly number[];
  /** Ordering (the area, scheme and year break ties) and how many rows to keep, both in SQL. */
  orderBy?: readonly SummaryOrder[] | null;
  limit?: number | null;
  statuses?: readonly RealizationStatus[] | null;
  provinceCode?: string | null;
  schemes?: readonly FundingScheme[] | null;
  groupBy: FundingGroup;
}

interface BreakdownSqlRow {
  part: string | number | null;
  units: string | number;
  amount_idr: string;
  modeled: boolean;
}

interface AggregateRow {
  code?: string;
  statuses?: string;
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
  undated_reason: string | null;
  url: string | null;
  modeled: boolean | null;
}

const SOURCE_COLUMNS = `s.name as source_name, s.publisher, to_char(s.published_on, 'YYYY-MM-DD') as published_on, s.undated_reason, s.url, s.modeled`;

/**
 * Which facts count: in each kab/kota, year and scheme (the partition), those of ONE source, so that two
 * sources of the same figures never add up. `cells` carries source_code; adds the source's modeled and
 * published_on for SUM_SOURCE.
 */
const winningCells = (partitionBy: readonly string[] = ['c.regency_code', 'c.year', 'c.scheme']) =>
  winningSourceRows({
    select: 'c.*, s.modeled, s.published_on',
    from: 'cells c',
    sourceCode: 'c.source_code',
    sourceTable: 'programs.data_source',
    partitionBy,
  });

/** The source a sum over several kab/kota shows: a modeled part makes the whole modeled, else the oldest publication. */
const SUM_SOURCE = `(array_agg(c.source_code order by c.modeled desc, c.published_on nulls first, c.source_code))[1] as source_code`;

// One statement for any number of (area, year) requests; `areaColumn` is the column the area code matches.
// Funding reads the rollup (programs.funding_rollup: the facts summed per year, kab/kota, scheme,
// source and status, kept by the facts' triggers in the writer's transaction), never the facts.
const AREA_FUNDING_SQL = (areaColumn: 'regency_code' | 'province_code') => `
with req as (select distinct code, year, statuses from json_to_recordset(?::json) as r(code text, year int, statuses text)),
cells as (
  select req.code, req.statuses, f.regency_code, req.year, f.scheme, f.source_code, sum(f.units) as units, sum(f.amount_idr) as amount_idr
  -- lateral, and kept apart (offset 0): PostgreSQL takes a JSON list for 100 requests and would hash the
  -- whole rollup; per request the rollup's index finds the few rows of one area and year.
  from req cross join lateral (
    select * from programs.funding_rollup f
    where f.${areaColumn} = req.code and f.year = req.year and f.status = any(string_to_array(req.statuses, ','))
    offset 0
  ) f
  group by req.code, req.statuses, f.regency_code, req.year, f.scheme, f.source_code
),
winners as (${winningCells(['c.code', 'c.statuses', 'c.regency_code', 'c.year', 'c.scheme'])}),
agg as (
  select c.code, c.statuses, c.year, c.scheme, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr, ${SUM_SOURCE}
  from winners c
  group by c.code, c.statuses, c.year, c.scheme
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
          undatedReason: row.undated_reason,
          url: row.url,
          modeled: Boolean(row.modeled),
        } as DataSource)
      : null,
  };
}

export interface SeriesRequest {
  from: number;
  to: number;
  schemes?: readonly FundingScheme[] | null;
  provinceCode?: string | null;
  regencyCode?: string | null;
  monthly: boolean;
  byCategory: boolean;
  statuses?: readonly RealizationStatus[] | null;
}

export interface SeriesFigure extends FundingFigure {
  month: number | null;
  category: UnitCategory | null;
  modeled: boolean;
}

interface SeriesRow extends AggregateRow {
  month: number | null;
  category: UnitCategory | null;
}

/** Funding aggregates, always computed in SQL: sums over the funding rollup, series and breakdowns over the facts. */
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
      .execute<AggregateRow[]>(
        AREA_FUNDING_SQL(column),
        [JSON.stringify(keys.map((k) => ({ code: k.code, year: k.year, statuses: k.statuses.join(',') })))],
        'all',
      );
    const grouped = new Map<string, FundingFigure[]>();
    for (const row of rows) {
      const id = fundingKeyId({
        code: row.code!,
        year: Number(row.year),
        statuses: row.statuses!.split(',') as RealizationStatus[],
      });
      const list = grouped.get(id);
      if (list) list.push(figureOf(row));
      else grouped.set(id, [figureOf(row)]);
    }
    return keys.map((key) => grouped.get(fundingKeyId(key)) ?? []);
  }

  /** One row per area (at `groupBy`), scheme and year with facts in the years asked, in one statement. */
  async summary(request: SummaryRequest): Promise<SummaryFigure[]> {
    const groupColumns =
      request.groupBy === FundingGroup.REGENCY
        ? ['province_code', 'regency_code']
        : request.groupBy === FundingGroup.PROVINCE || request.provinceCode
          ? ['province_code']
          : [];
    const conditions = [
      'f.year in (select json_array_elements_text(?::json)::int)',
      'f.status::text in (select json_array_elements_text(?::json))',
    ];
    const params: unknown[] = [JSON.stringify(request.years), JSON.stringify(countedStatuses(request.statuses))];
    if (request.provinceCode) {
      conditions.push('f.province_code = ?');
      params.push(request.provinceCode);
    }
    if (request.schemes) {
      conditions.push('f.scheme in (select json_array_elements_text(?::json))');
      params.push(JSON.stringify(request.schemes));
    }
    const group = [...groupColumns.map((c) => `c.${c}`), 'c.scheme', 'c.year'].join(', ');
    const natural = [...groupColumns.map((c) => `agg.${c}`), 'agg.scheme', 'agg.year'];
    const orderExpr: Record<SummaryOrderField, string[]> = {
      [SummaryOrderField.UNITS]: ['agg.units'],
      [SummaryOrderField.AMOUNT]: ['agg.amount_idr::numeric'],
      [SummaryOrderField.YEAR]: ['agg.year'],
      [SummaryOrderField.SCHEME]: ['agg.scheme'],
      [SummaryOrderField.AREA]: groupColumns.map((c) => `agg.${c}`),
    };
    // The natural order (area, scheme, year) breaks ties: the same question always lists the same rows.
    const ordering = [
      ...(request.orderBy ?? []).flatMap((o) =>
        orderExpr[o.field].map((expr) => `${expr} ${o.direction === 'DESC' ? 'desc' : 'asc'}`),
      ),
      ...natural,
    ];
    if (request.limit != null) params.push(request.limit);
    const sql = `
      with cells as (
        select left(f.regency_code, 2) as province_code, f.regency_code, f.year, f.scheme, f.source_code,
          sum(f.units) as units, sum(f.amount_idr) as amount_idr
        from programs.funding_rollup f
        where ${conditions.join(' and ')}
        group by f.regency_code, f.year, f.scheme, f.source_code
      ),
      winners as (${winningCells()}),
      agg as (
        select ${group}, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr, ${SUM_SOURCE}
        from winners c
        group by ${group}
      )
      select agg.*, ${SOURCE_COLUMNS}
      from agg left join programs.data_source s on s.code = agg.source_code
      order by ${ordering.join(', ')}${request.limit != null ? ' limit ?' : ''}`;
    const rows = await this.em.getConnection().execute<AggregateRow[]>(sql, params, 'all');
    return (rows as AggregateRow[]).map((row: AggregateRow) => ({
      ...figureOf(row),
      provinceCode: row.province_code ?? null,
      regencyCode: row.regency_code ?? null,
    }));
  }

  /**
   * A series over years (and months, where the facts are monthly: FLPP), per scheme (and BSPS category
   * when asked), nationally or for one area, in one statement. Every year (month) of the range gets a
   * point: zero where nothing was delivered, so a chart shows the gap instead of hiding it.
   */
  async series(request: SeriesRequest): Promise<SeriesFigure[]> {
    const conditions = ['f.year between ? and ?', 'f.status::text in (select json_array_elements_text(?::json))'];
    const params: unknown[] = [request.from, request.to, JSON.stringify(countedStatuses(request.statuses))];
    if (request.schemes) {
      conditions.push('f.scheme in (select json_array_elements_text(?::json))');
      params.push(JSON.stringify(request.schemes));
    }
    if (request.provinceCode) {
      conditions.push('f.province_code = ?');
      params.push(request.provinceCode);
    }
    if (request.regencyCode) {
      conditions.push('f.regency_code = ?');
      params.push(request.regencyCode);
    }
    const month = request.monthly ? 'f.month' : 'null::smallint';
    const category = request.byCategory ? 'f.category::text' : 'null::text';
    const rows = await this.em.getConnection().execute<SeriesRow[]>(
      `with cells as (
         select f.regency_code, f.year, f.scheme, f.source_code, ${month} as month, ${category} as category,
           sum(f.units) as units, sum(f.amount_idr) as amount_idr
         from programs.realization f where ${conditions.join(' and ')}
         group by f.regency_code, f.year, f.scheme, f.source_code, 5, 6
       ),
       winners as (${winningCells()}),
       agg as (
         select c.scheme, c.year, c.month, c.category, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr, ${SUM_SOURCE}
         from winners c
         group by c.scheme, c.year, c.month, c.category
       )
       select agg.*, ${SOURCE_COLUMNS}
       from agg left join programs.data_source s on s.code = agg.source_code
       order by agg.scheme, agg.year, agg.month nulls first, agg.category nulls first`,
      params,
      'all',
    );
    const found = (rows as SeriesRow[]).map((row) => {
      const figure = figureOf(row);
      return {
        ...figure,
        month: row.month === null ? null : Number(row.month),
        category: row.category ?? null,
        modeled: figure.source?.modeled ?? false,
      };
    });
    // Fill the grid: every scheme asked (or found), year, month (when monthly, for schemes with monthly facts) and category seen.
    const schemes = request.schemes ? [...new Set(request.schemes)] : [...new Set(found.map((f) => f.scheme))];
    const points: SeriesFigure[] = [];
    for (const scheme of schemes) {
      const own = found.filter((f) => f.scheme === scheme);
      const months = request.monthly && own.some((f) => f.month !== null) ? Array.from({ length: 12 }, (_, i) => i + 1) : [null];
      const categories =
        request.byCategory && own.some((f) => f.category !== null) ? [...new Set(own.map((f) => f.category))].sort() : [null];
      for (let year = request.from; year <= request.to; year++) {
        for (const m of months) {
          for (const c of categories) {
            const point = own.find((f) => f.year === year && f.month === m && f.category === c);
            points.push(point ?? { scheme, year, month: m, category: c, units: 0, amountIdr: '0', source: null, modeled: false });
          }
        }
      }
    }
    return points;
  }

  /** A scheme's figures in a year (nationally, or in one province or kab/kota) split by one dimension, in one statement. */
  async breakdown(request: BreakdownRequest): Promise<FundingBreakdownRow[]> {
    const column = BREAKDOWN_COLUMNS[request.by];
    const statuses =
      request.statuses && request.statuses.length > 0
        ? countedStatuses(request.statuses)
        : request.by === FundingBreakdown.STATUS
          ? Object.values(RealizationStatus)
          : countedStatuses(null);
    const conditions = ['f.year = ?', 'f.scheme = ?', 'f.status::text in (select json_array_elements_text(?::json))'];
    const params: unknown[] = [request.year, request.scheme, JSON.stringify(statuses)];
    if (request.provinceCode) {
      conditions.push('f.province_code = ?');
      params.push(request.provinceCode);
    }
    if (request.regencyCode) {
      conditions.push('f.regency_code = ?');
      params.push(request.regencyCode);
    }
    // One source per kab/kota as everywhere (year and scheme are fixed here), in one pass over the facts.
    const rows = await this.em.getConnection().execute<BreakdownSqlRow[]>(
      `with cells as (
         select f.regency_code, f.source_code, ${breakdownPart(column)} as part, sum(f.units) as units, sum(f.amount_idr) as amount_idr
         from programs.realization f where ${conditions.join(' and ')}
         group by f.regency_code, f.source_code, part
       ),
       winners as (${winningCells(['c.regency_code'])})
       select c.part, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr, bool_or(c.modeled) as modeled
       from winners c
       group by c.part order by c.part nulls last`,
      params,
      'all',
    );
    return (rows as BreakdownSqlRow[]).map((row) => ({
      month: column === 'month' && row.part !== null ? Number(row.part) : null,
      category: column === 'category' ? ((row.part as FundingBreakdownRow['category']) ?? null) : null,
      channel: column === 'channel' ? ((row.part as string | null) ?? null) : null,
      status: column === 'status' ? ((row.part as FundingBreakdownRow['status']) ?? null) : null,
      financingSource: column === 'financing_source' ? ((row.part as FinancingSource | null) ?? null) : null,
      units: Number(row.units),
      amountIdr: row.amount_idr,
      modeled: Boolean(row.modeled),
    }));
  }
}
