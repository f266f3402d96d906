import type { EntityManager } from '@mikro-orm/core';
import { assertProvinceCode, assertRegencyCode, isUuid } from '@housing-hub/subgraph-kit';
import type { Agency } from './agency.entity.js';
import type { AgencyKind } from './agency-kind.enum.js';
import { jsonParam, query } from './sql.js';

export interface AgencyFilter {
  kind?: AgencyKind | null;
  /** Agencies of that province, including those of its kab/kota. */
  provinceCode?: string | null;
  regencyCode?: string | null;
}

export interface CoverageRow {
  agencyId: string;
  code: string;
}

const AGENCY_COLUMNS = `id, name, short_name as "shortName", kind, province_code as "provinceCode", regency_code as "regencyCode", parent_id as "parentId"`;

/** Reads of agencies. Every batch method is one statement whatever the number of ids. */
export class AgencyService {
  constructor(private readonly em: EntityManager) {}

  listAgencies(filter: AgencyFilter): Promise<Agency[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.kind != null) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    if (filter.provinceCode != null) {
      where.push('province_code = ?');
      params.push(assertProvinceCode(filter.provinceCode));
    }
    if (filter.regencyCode != null) {
      where.push('regency_code = ?');
      params.push(assertRegencyCode(filter.regencyCode));
    }
    return query<Agency>(
      this.em,
      `select ${AGENCY_COLUMNS} from meetings.agency ${where.length ? `where ${where.join(' and ')}` : ''}
       order by province_code nulls first, regency_code nulls first, name, id`,
      params,
    );
  }

  agenciesByIds(ids: readonly string[]): Promise<Agency[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return query<Agency>(
      this.em,
      `select ${AGENCY_COLUMNS} from meetings.agency where id in (select value::uuid from json_array_elements_text(?::json))`,
      [jsonParam(valid)],
    );
  }

  coverageOfAgencies(ids: readonly string[]): Promise<CoverageRow[]> {
    return query<CoverageRow>(
      this.em,
      `select agency_id as "agencyId", province_code as code from meetings.agency_coverage
       where agency_id in (select value::uuid from json_array_elements_text(?::json)) order by agency_id, province_code`,
      [jsonParam(ids.filter(isUuid))],
    );
  }
}
