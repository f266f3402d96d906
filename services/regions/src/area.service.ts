import type { EntityManager } from '@mikro-orm/core';
import {
  keysetCondition,
  keysetCursorKey,
  keysetValues,
  orderByClause,
  SortDirection,
  toConnection,
  type Connection,
  type PageRequest,
  type SortKey,
} from '@housing-hub/subgraph-kit';
import { AreaOrderField, orderIndicator } from './area-order.input.js';
import type { NeedIndicator } from './need-indicator.enum.js';
import { needValueParams, needValueSql } from './need.service.js';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import type { RegencyKind } from './regency-kind.enum.js';

export interface NeedRangeSpec {
  indicator: NeedIndicator;
  year?: number | null;
  min?: number | null;
  max?: number | null;
}

export interface RegencyFilter {
  provinceCode?: string | null;
  kind?: RegencyKind | null;
  provinceCodes?: readonly string[] | null;
  kinds?: readonly RegencyKind[] | null;
  hasNeedData?: boolean | null;
  needYear?: number | null;
  need?: readonly NeedRangeSpec[] | null;
}

export interface AreaOrderSpec {
  field: AreaOrderField;
  direction?: SortDirection | null;
  year?: number | null;
}

type Level = 'PROVINCE' | 'REGENCY';

/** A row of an area list: the area's columns, and its sort values under their aliases. */
interface AreaRow {
  code: string;
  bps_code: string | null;
  name: string;
  kind: RegencyKind;
  province_code: string;
  [sortAlias: string]: unknown;
}

/**
 * One SELECT over provinces or kab/kota with their need values joined in (each indicator and year
 * once, as `need(year)` serves it), filtered and ordered in SQL: the pieces a list query is made of.
 */
class AreaQuery {
  private readonly ctes: { alias: string; sql: string; params: unknown[] }[] = [];
  private readonly conditions: { sql: string; params: unknown[] }[] = [];
  readonly keys: SortKey[] = [];

  constructor(private readonly level: Level) {}

  /** The alias of the joined need values of an indicator in a year (null: the latest). */
  need(indicator: NeedIndicator, year: number | null | undefined): string {
    const params = needValueParams(this.level, indicator, year ?? null);
    const id = JSON.stringify(params);
    let cte = this.ctes.find((c) => JSON.stringify(c.params) === id);
    if (!cte) {
      cte = { alias: `n${this.ctes.length}`, sql: needValueSql(this.level), params };
      this.ctes.push(cte);
    }
    return cte.alias;
  }

  where(sql: string, ...params: unknown[]): void {
    this.conditions.push({ sql, params });
  }

  orderBy(order: readonly AreaOrderSpec[]): void {
    for (const item of order) {
      const indicator = orderIndicator(item.field);
      const expr = indicator
        ? `${this.need(indicator, item.year)}.value`
        : item.field === AreaOrderField.NAME
          ? 'a.name'
          : 'a.code';
      this.keys.push({ expr, alias: `s${this.keys.length}`, direction: item.direction ?? SortDirection.ASC });
    }
    // The code breaks ties: the order is total, so pages never skip or repeat an area.
    if (!this.keys.some((key) => key.expr === 'a.code'))
      this.keys.push({ expr: 'a.code', alias: `s${this.keys.length}`, direction: SortDirection.ASC });
  }

  private from(): { sql: string; params: unknown[] } {
    const table = this.level === 'PROVINCE' ? 'regions.province' : 'regions.regency';
    const withClause = this.ctes.length > 0 ? `with ${this.ctes.map((c) => `${c.alias} as (${c.sql})`).join(', ')} ` : '';
    const joins = this.ctes.map((c) => `left join ${c.alias} on ${c.alias}.area_code = a.code`).join(' ');
    return { sql: `${withClause}select {columns} from ${table} a ${joins}`, params: this.ctes.flatMap((c) => c.params) };
  }

  private whereClause(extra: { sql: string; params: unknown[] }[] = []): { sql: string; params: unknown[] } {
    const all = [...this.conditions, ...extra];
    return { sql: all.length > 0 ? ` where ${all.map((c) => c.sql).join(' and ')}` : '', params: all.flatMap((c) => c.params) };
  }

  select(columns: string, after: unknown[] | null, limit: number | null): { sql: string; params: unknown[] } {
    const from = this.from();
    const where = this.whereClause(after ? [keysetCondition(this.keys, after)] : []);
    const sortColumns = this.keys.map((key) => `${key.expr} as ${key.alias}`).join(', ');
    return {
      sql: `${from.sql.replace('{columns}', `${columns}, ${sortColumns}`)}${where.sql} order by ${orderByClause(this.keys)}${limit != null ? ' limit ?' : ''}`,
      params: [...from.params, ...where.params, ...(limit != null ? [limit] : [])],
    };
  }

  count(): { sql: string; params: unknown[] } {
    const from = this.from();
    const where = this.whereClause();
    return {
      sql: `${from.sql.replace('{columns}', 'count(*)::int as count')}${where.sql}`,
      params: [...from.params, ...where.params],
    };
  }

  sortValues(row: AreaRow): unknown[] {
    return this.keys.map((key) => {
      const value = row[key.alias];
      return value === null || value === undefined ? null : typeof value === 'number' ? value : String(value);
    });
  }
}

/** Reads of the area frame. Every batch method is one statement whatever the number of codes. */
export class AreaService {
  constructor(private readonly em: EntityManager) {}

  listProvinces(): Promise<Province[]> {
    return this.em.find(Province, {}, { orderBy: { code: 'asc' } });
  }

  listRegencies(): Promise<Regency[]> {
    return this.em.find(Regency, {}, { orderBy: { code: 'asc' } });
  }

  provincesByCodes(codes: readonly string[]): Promise<Province[]> {
    return this.em.find(Province, { code: { $in: [...codes] } });
  }

  regenciesByCodes(codes: readonly string[]): Promise<Regency[]> {
    return this.em.find(Regency, { code: { $in: [...codes] } });
  }

  regenciesOfProvinces(provinceCodes: readonly string[]): Promise<Regency[]> {
    return this.em.find(Regency, { provinceCode: { $in: [...provinceCodes] } }, { orderBy: { code: 'asc' } });
  }

  /** Provinces in the order asked (default: code), at most `limit`, ordered and cut in SQL. */
  async listProvincesOrdered(order: readonly AreaOrderSpec[], limit: number | null): Promise<Province[]> {
    const query = new AreaQuery('PROVINCE');
    query.orderBy(order);
    const { sql, params } = query.select('a.code, a.bps_code, a.name', null, limit);
    const rows = await this.em.getConnection().execute<AreaRow[]>(sql, params, 'all');
    return (rows as AreaRow[]).map((row) => this.em.map(Province, { code: row.code, bps_code: row.bps_code, name: row.name }));
  }

  /**
   * Kab/kota one page at a time, filtered and ordered in SQL (default: by code), with keyset cursors
   * that carry the sort values: no gap, no duplicate, whatever the ordering.
   */
  async pageRegencies(
    filter: RegencyFilter,
    page: PageRequest,
    order: readonly AreaOrderSpec[] = [],
  ): Promise<Connection<Regency>> {
    const query = new AreaQuery('REGENCY');
    if (filter.provinceCode) query.where('a.province_code = ?', filter.provinceCode);
    if (filter.kind) query.where('a.kind = ?', filter.kind);
    if (filter.provinceCodes)
      query.where('a.province_code in (select json_array_elements_text(?::json))', JSON.stringify(filter.provinceCodes));
    if (filter.kinds) query.where('a.kind::text in (select json_array_elements_text(?::json))', JSON.stringify(filter.kinds));
    if (filter.hasNeedData != null) {
      const exists = `exists (select 1 from regions.need_observation o where o.area_code = a.code${filter.needYear != null ? ' and o.year <= ?' : ''})`;
      const params = filter.needYear != null ? [filter.needYear] : [];
      query.where(filter.hasNeedData ? exists : `not ${exists}`, ...params);
    }
    for (const range of filter.need ?? []) {
      const alias = query.need(range.indicator, range.year);
      if (range.min != null) query.where(`${alias}.value >= ?`, range.min);
      if (range.max != null) query.where(`${alias}.value <= ?`, range.max);
    }
    query.orderBy(order);
    const after = keysetValues(page, query.keys);
    const select = query.select('a.code, a.bps_code, a.name, a.kind, a.province_code', after, page.size + 1);
    const count = query.count();
    const connection = this.em.getConnection();
    const [rows, [{ count: totalCount }]] = await Promise.all([
      connection.execute<AreaRow[]>(select.sql, select.params, 'all'),
      connection.execute<{ count: number }[]>(count.sql, count.params, 'all'),
    ]);
    const cursors = new Map<Regency, string>();
    const regencies = (rows as AreaRow[]).map((row) => {
      const regency = this.em.map(Regency, {
        code: row.code,
        bps_code: row.bps_code,
        name: row.name,
        kind: row.kind,
        province_code: row.province_code,
      });
      cursors.set(regency, keysetCursorKey(query.sortValues(row)));
      return regency;
    });
    return toConnection(regencies, page, Number(totalCount), (regency) => cursors.get(regency)!);
  }
}
