import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { toConnection, type Connection, type PageRequest } from '@housing-hub/subgraph-kit';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import type { RegencyKind } from './regency-kind.enum.js';

export interface RegencyFilter {
  provinceCode?: string | null;
  kind?: RegencyKind | null;
}

/** Reads of the area frame. Every batch method is one statement whatever the number of codes. */
export class AreaService {
  constructor(private readonly em: EntityManager) {}

  listProvinces(): Promise<Province[]> {
    return this.em.find(Province, {}, { orderBy: { code: 'asc' } });
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

  /** Kab/kota in code order, one page at a time (keyset on the code: no gap, no duplicate). */
  async pageRegencies(filter: RegencyFilter, page: PageRequest): Promise<Connection<Regency>> {
    const where: FilterQuery<Regency> = {};
    if (filter.provinceCode) where.provinceCode = filter.provinceCode;
    if (filter.kind) where.kind = filter.kind;
    const [rows, totalCount] = await Promise.all([
      this.em.find(Regency, page.afterKey ? { ...where, code: { $gt: page.afterKey } } : where, {
        orderBy: { code: 'asc' },
        limit: page.size + 1,
      }),
      this.em.count(Regency, where),
    ]);
    return toConnection(rows, page, totalCount, (regency) => regency.code);
  }
}
