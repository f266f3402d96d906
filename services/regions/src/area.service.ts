import type { EntityManager } from '@mikro-orm/core';
import {
  keysetPage,
  keysetSelect,
  SortDirection,
  type Connection,
  type KeysetQuery,
  type PageRequest,
  type SortKey,
  type SqlPart,
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

/** The columns of an area as a list selects them (a kab/kota has a kind and a province besides). */
interface ProvinceRow {
  code: string;
  bps_code: string | null;
  name: string;
}

interface RegencyRow extends ProvinceRow {
  kind: RegencyKind;
  province_code: string;
}

/**
 * One SELECT over provinces or kab/kota with their need values joined in (each indicator and year
 * once, as `need(year)` serves it), filtered and ordered in SQL: the pieces a list query is made of.
 */
class AreaQuery implements KeysetQuery {
  private readonly ctes: (SqlPart & { alias: string })[] = [];
  readonly conditions: SqlPart[] = [];
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

  get with(): SqlPart | null {
    if (this.ctes.length === 0) return null;
    return { sql: this.ctes.map((c) => `${c.alias} as (${c.sql})`).join(', '), params: this.ctes.flatMap((c) => c.params) };
  }

  get from(): string {
    const table = this.level === 'PROVINCE' ? 'regions.province' : 'regions.regency';
    return [`${table} a`, ...this.ctes.map((c) => `left join ${c.alias} on ${c.alias}.area_code = a.code`)].join(' ');
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
    const { sql, params } = keysetSelect(query, 'a.code, a.bps_code, a.name', null, limit);
    const rows = await this.em.getConnection().execute<ProvinceRow[]>(sql, [...params], 'all');
    return (rows as ProvinceRow[]).map((row) =>
      this.em.map(Province, { code: row.code, bps_code: row.bps_code, name: row.name }),
    );
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
    return keysetPage(this.em, query, 'a.code, a.bps_code, a.name, a.kind, a.province_code', page, (row: RegencyRow) =>
      this.em.map(Regency, { ...row }),
    );
  }
}
