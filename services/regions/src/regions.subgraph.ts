import type { HubService } from '@housing-hub/subgraph-kit';
import { buildSubgraph, isProvinceCode } from '@housing-hub/subgraph-kit';
import { DataSource } from './data-source.entity.js';
import { regionsMigrations } from './migrations/index.js';
import { NeedImportResolver } from './need-import.resolver.js';
import { NeedObservation } from './need-observation.entity.js';
import { Province } from './province.entity.js';
import { ProvinceResolver } from './province.resolver.js';
import { Regency } from './regency.entity.js';
import { RegencyResolver } from './regency.resolver.js';
import { createRegionsLoaders, type RegionsContext, type RegionsLoaders } from './regions.loaders.js';
import { seedAreaFrame, seedDemoNeed } from './regions.seed.js';

/** The regions subgraph: the area frame, the BPS crosswalk and housing need. */
export const regionsService: HubService<RegionsLoaders> = {
  name: 'regions',
  defaultPort: 4001,
  entities: [Province, Regency, DataSource, NeedObservation],
  migrations: regionsMigrations,
  createLoaders: createRegionsLoaders,
  buildSubgraph: () =>
    buildSubgraph({
      name: 'regions',
      resolvers: [ProvinceResolver, RegencyResolver, NeedImportResolver],
      referenceResolvers: {
        Province: { __resolveReference: (ref: { code: string }, ctx: RegionsContext) => ctx.loaders.provinceByCode.load(ref.code) },
        Regency: { __resolveReference: (ref: { code: string }, ctx: RegionsContext) => ctx.loaders.regencyByCode.load(ref.code) },
        // Other subgraphs point at the need figures of an area in a year (e.g. the RTLH that coverage used).
        HousingNeed: {
          __resolveReference: (ref: { areaCode: string; year: number }, ctx: RegionsContext) =>
            (isProvinceCode(ref.areaCode) ? ctx.loaders.provinceNeed : ctx.loaders.regencyNeed).load({ code: ref.areaCode, year: ref.year }),
        },
      },
    }),
  async seed(em, options) {
    await seedAreaFrame(em);
    if (options.demo) await seedDemoNeed(em);
  },
};
