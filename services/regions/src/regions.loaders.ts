import type { EntityManager } from '@mikro-orm/core';
import { DataLoader, groupedLoader, keyedLoader } from '@housing-hub/subgraph-kit';
import type { HousingNeed } from './housing-need.type.js';
import type { IndicatorValue } from './indicator-value.type.js';
import { indicatorRequestId, type IndicatorRequest } from './indicator.service.js';
import { needKeyId, type NeedKey } from './need.service.js';
import { pendataanKeyId, pendataanOf, type PendataanKey, type PendataanProgress } from './pendataan.js';
import type { RegionsServices } from './regions.context.js';

/** The per-request DataLoaders of the regions subgraph. */
export function createRegionsLoaders(em: EntityManager, { areas, needs, indicators }: RegionsServices) {
  return {
    provinceByCode: keyedLoader(
      (codes: readonly string[]) => areas.provincesByCodes(codes),
      (p) => p.code,
    ),
    regencyByCode: keyedLoader(
      (codes: readonly string[]) => areas.regenciesByCodes(codes),
      (r) => r.code,
    ),
    regenciesByProvince: groupedLoader(
      (codes: readonly string[]) => areas.regenciesOfProvinces(codes),
      (r) => r.provinceCode,
    ),
    regencyNeed: new DataLoader<NeedKey, HousingNeed | null, string>((keys) => needs.regencyNeeds(keys), {
      cacheKeyFn: needKeyId,
    }),
    provinceNeed: new DataLoader<NeedKey, HousingNeed | null, string>((keys) => needs.provinceNeeds(keys), {
      cacheKeyFn: needKeyId,
    }),
    pendataan: new DataLoader<PendataanKey, PendataanProgress[], string>((keys) => pendataanOf(em, keys), {
      cacheKeyFn: pendataanKeyId,
    }),
    indicatorValues: new DataLoader<IndicatorRequest, IndicatorValue[], string>((requests) => indicators.valuesOf(requests), {
      cacheKeyFn: indicatorRequestId,
    }),
  };
}

export type RegionsLoaders = ReturnType<typeof createRegionsLoaders>;
