import type { EntityManager } from '@mikro-orm/core';
import { winningSourceRows } from '@housing-hub/import-kit';
import { DEFAULT_FINANCING_SOURCE_SQL, FinancingSource } from './financing-source.enum.js';
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

/**
 * A funding request: an area (kab/kota or province), a year, the statuses that count, and optionally
 * the financing sources that count (default: all) and whether to split the figures by financing source.
 */
export interface FundingKey {
  code: string;
  year: number;
  statuses: readonly RealizationStatus[];
  financingSources?: readonly FinancingSource[] | null;
  byFinancingSource?: boolean;
}

/** The financing sources a request counts: deduplicated, in a stable order; null for all. */
export function countedFinancingSources(sources: readonly FinancingSource[] | null | undefined): FinancingSource[] | null {
  if (!sources || sources.length === 0) return null;
  const wanted = new Set(sources);
  return Object.values(FinancingSource).filter((source) => wanted.has(source));
}

export const fundingKeyId = (key: FundingKey) =>
  [
    key.code,
    key.year,
    key.statuses.join(','),
    countedFinancingSources(key.financingSources)?.join(',') ?? '*',
    key.byFinancingSource ? 'split' : '',
  ].join('@');

const STATUS_BITS: Record<RealizationStatus, number> = {
  [RealizationStatus.REALIZED]: 1,
  [RealizationStatus.IN_PROGRESS]: 2,
  [RealizationStatus.ALLOCATED]: 4,
};

/**
 * The rollup's `wins_for` bit for a set of counted statuses: rows with it belong to the source that wins
 * in their kab/kota, year and scheme among the facts of those statuses (chosen by the rollup's triggers).
 */
export const winnerBit = (statuses: readonly RealizationStatus[]) => 1 << statuses.reduce((mask, s) => mask | STATUS_BITS[s], 0);

/** The sum of one scheme in one area and year (and one financing source, when split by it). */
export interface FundingFigure {
  scheme: FundingScheme;
  year: number;
  financingSource?: FinancingSource | null;
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
  /** Count only these financing sources (default: all); and one row per financing source too. */
  financingSources?: readonly FinancingSource[] | null;
  byFinancingSource?: boolean;
  /** false: each row's source is left out (null), and the statement only sums. Default true. */
  withSource?: boolean;
}

interface BreakdownSqlRow {
  part: string | number | null;
  units: string | number;
  amount_idr: string;
  modeled: boolean;
}

interface AggregateRow {
  key?: string;
  financing_source?: FinancingSource | null;
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
 * published_on for SUM_SOURCE. (The rollup keeps this choice made: reads of it need no ranking.)
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
const SUM_SOURCE = (source = 'c') =>
  `(array_agg(c.source_code order by ${source}.modeled desc, ${source}.published_on nulls first, c.source_code))[1] as source_code`;

/**
 * Sums of pre-chosen rollup rows `cells c` (a few thousand rows at most) per `group`,
 * with the source each sum shows; the sources table is read for those few rows only.
 */
const sumsWithSource = (group: string, cells: string) => `
  with cells as (${cells}),
  agg as (
    select ${group}, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr, ${SUM_SOURCE('d')}
    from cells c join programs.data_source d on d.code = c.source_code
    group by ${group}
  )
  select agg.*, ${SOURCE_COLUMNS}
  from agg left join programs.data_source s on s.code = agg.source_code`;

// One statement for any number of (area, year) requests; `areaColumn` is the column the area code matches.
// Funding reads the rollup (programs.funding_rollup: the facts summed per year, kab/kota, scheme, source,
// status and financing source, kept by the facts' triggers in the writer's transaction, with each row's
// winning status sets in `wins_for`), never the facts.
const AREA_FUNDING_SQL = (areaColumn: 'regency_code' | 'province_code') =>
  sumsWithSource(
    'c.key, c.year, c.scheme, c.financing_source',
    `
    select req.key, req.year, f.scheme, case when req.split then f.financing_source end as financing_source, f.source_code,
      f.units, f.amount_idr
    from json_to_recordset(?::json) as req(key text, code text, year int, statuses text, wins int, sources text, split boolean)
    -- lateral, and kept apart (offset 0): PostgreSQL takes a JSON list for 100 requests and would hash the
    -- whole rollup; per request the rollup's index finds the few rows of one area and year.
    cross join lateral (
      select f.scheme, f.financing_source, f.source_code, f.units, f.amount_idr from programs.funding_rollup f
      where f.${areaColumn} = req.code and f.year = req.year and f.status = any(string_to_array(req.statuses, ','))
        and f.wins_for & req.wins <> 0
        and (req.sources is null or f.financing_source = any(string_to_array(req.sources, ',')))
      offset 0
    ) f`,
  );

/**
 * The conditions every funding read shares over its rows `f` (the facts or the rollup): the counted
 * statuses, the area (province or kab/kota), with their parameters in the same order.
 */
function statusAndAreaConditions(
  statuses: readonly RealizationStatus[],
  area: { provinceCode?: string | null; regencyCode?: string | null },
): { conditions: string[]; params: unknown[] } {
  const conditions = ['f.status::text in (select json_array_elements_text(?::json))'];
  const params: unknown[] = [JSON.stringify(statuses)];
  if (area.provinceCode) {
    conditions.push('f.province_code = ?');
    params.push(area.provinceCode);
  }
  if (area.regencyCode) {
    conditions.push('f.regency_code = ?');
    params.push(area.regencyCode);
  }
  return { conditions, params };
}

function figureOf(row: AggregateRow): FundingFigure {
  return {
    scheme: row.scheme,
    year: Number(row.year),
    financingSource: row.financing_source ?? null,
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
    const requests = keys.map((key) => ({
      key: fundingKeyId(key),
      code: key.code,
      year: key.year,
      statuses: key.statuses.join(','),
      wins: winnerBit(key.statuses),
      sources: countedFinancingSources(key.financingSources)?.join(',') ?? null,
      split: Boolean(key.byFinancingSource),
    }));
    const rows = await this.em
      .getConnection()
      .execute<AggregateRow[]>(
        `${AREA_FUNDING_SQL(column)} order by agg.key, agg.scheme, agg.financing_source`,
        [JSON.stringify(requests)],
        'all',
      );
    const grouped = new Map<string, FundingFigure[]>();
    for (const row of rows) {
      const list = grouped.get(row.key!);
      if (list) list.push(figureOf(row));
      else grouped.set(row.key!, [figureOf(row)]);
    }
    return keys.map((key) => grouped.get(fundingKeyId(key)) ?? []);
  }

  /** One row per area (at `groupBy`), scheme and year (and financing source when asked) with figures in the years asked, in one statement. */
  async summary(request: SummaryRequest): Promise<SummaryFigure[]> {
    const groupColumns =
      request.groupBy === FundingGroup.REGENCY
        ? ['province_code', 'regency_code']
        : request.groupBy === FundingGroup.PROVINCE || request.provinceCode
          ? ['province_code']
          : [];
    const statuses = countedStatuses(request.statuses);
    const shared = statusAndAreaConditions(statuses, { provinceCode: request.provinceCode });
    const conditions = ['f.year in (select json_array_elements_text(?::json)::int)', 'f.wins_for & ? <> 0', ...shared.conditions];
    const params: unknown[] = [JSON.stringify(request.years), winnerBit(statuses), ...shared.params];
    if (request.schemes) {
      conditions.push('f.scheme in (select json_array_elements_text(?::json))');
      params.push(JSON.stringify(request.schemes));
    }
    const sources = countedFinancingSources(request.financingSources);
    if (sources) {
      conditions.push('f.financing_source in (select json_array_elements_text(?::json))');
      params.push(JSON.stringify(sources));
    }
    const split = Boolean(request.byFinancingSource);
    const cellColumns = [...groupColumns, 'scheme', 'year', 'source_code'].map((c) => `f.${c}`);
    const dimensions = [...groupColumns, 'scheme', 'year', 'financing_source'];
    const natural = dimensions.map((c) => `agg.${c}`);
    const orderExpr: Record<SummaryOrderField, string[]> = {
      [SummaryOrderField.UNITS]: ['agg.units'],
      [SummaryOrderField.AMOUNT]: ['agg.amount_idr::numeric'],
      [SummaryOrderField.YEAR]: ['agg.year'],
      [SummaryOrderField.SCHEME]: ['agg.scheme'],
      [SummaryOrderField.AREA]: groupColumns.map((c) => `agg.${c}`),
    };
    // The natural order (area, scheme, year, financing source) breaks ties: the same question always lists the same rows.
    const ordering = [
      ...(request.orderBy ?? []).flatMap((o) =>
        orderExpr[o.field].map((expr) => `${expr} ${o.direction === 'DESC' ? 'desc' : 'asc'}`),
      ),
      ...natural,
    ];
    if (request.limit != null) params.push(request.limit);
    // The rollup's rows are pre-chosen (wins_for): summing them is the whole work, in one aggregation
    // (the year's rows are a few thousand at most; summing them per source first only added a pass).
    const rollupRows = `
      select ${cellColumns.join(', ')}, ${split ? 'f.financing_source' : 'null::text'} as financing_source, f.units, f.amount_idr
      from programs.funding_rollup f
      where ${conditions.join(' and ')}`;
    const group = dimensions.map((c) => `c.${c}`).join(', ');
    // Without the source, the sources table is not read and nothing is ranked: about half the statement's time by kab/kota.
    const sums =
      request.withSource === false
        ? `select agg.* from (
             select ${group}, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr from (${rollupRows}) c group by ${group}
           ) agg`
        : sumsWithSource(group, rollupRows);
    const sql = `${sums}
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
    const shared = statusAndAreaConditions(countedStatuses(request.statuses), request);
    const conditions = ['f.year between ? and ?', ...shared.conditions];
    const params: unknown[] = [request.from, request.to, ...shared.params];
    if (request.schemes) {
      conditions.push('f.scheme in (select json_array_elements_text(?::json))');
      params.push(JSON.stringify(request.schemes));
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
         select c.scheme, c.year, c.month, c.category, sum(c.units) as units, sum(c.amount_idr)::text as amount_idr, ${SUM_SOURCE()}
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
    const shared = statusAndAreaConditions(statuses, request);
    const conditions = ['f.year = ?', 'f.scheme = ?', ...shared.conditions];
    const params: unknown[] = [request.year, request.scheme, ...shared.params];
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
