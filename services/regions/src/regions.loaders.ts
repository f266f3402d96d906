import type { EntityManager } from '@mikro-orm/core';
import { groupedLoader, keyedLoader, type SubgraphContext } from '@housing-hub/subgraph-kit';
import { AreaService } from './area.service.js';
import { NeedService, needKeyId, type NeedKey } from './need.service.js';
import { DataLoader } from '@housing-hub/subgraph-kit';
import type { HousingNeed } from './housing-need.type.js';

/** The per-request DataLoaders of the regions subgraph. */
export function createRegionsLoaders(em: EntityManager) {
  const areas = new AreaService(em);
  const needs = new NeedService(em);
  return {
    provinceByCode: keyedLoader((codes: readonly string[]) => areas.provincesByCodes(codes), (p) => p.code),
    regencyByCode: keyedLoader((codes: readonly string[]) => areas.regenciesByCodes(codes), (r) => r.code),
    regenciesByProvince: groupedLoader((codes: readonly string[]) => areas.regenciesOfProvinces(codes), (r) => r.provinceCode),
    regencyNeed: new DataLoader<NeedKey, HousingNeed | null, string>((keys) => needs.regencyNeeds(keys), { cacheKeyFn: needKeyId }),
    provinceNeed: new DataLoader<NeedKey, HousingNeed | null, string>((keys) => needs.provinceNeeds(keys), { cacheKeyFn: needKeyId }),
  };
}

export type RegionsLoaders = ReturnType<typeof createRegionsLoaders>;
export type RegionsContext = SubgraphContext<RegionsLoaders>;
