import { REGIONS_CHANGE_LOG } from './export/change-log.tables.js';
import type { HubService } from '@housing-hub/subgraph-kit';
import { buildSubgraph } from '@housing-hub/subgraph-kit';
import { areasExport } from './export/areas.export.js';
import { needExport } from './export/need.export.js';
import { AreaSearchResolver } from './area-search.resolver.js';
import { DataSource } from './data-source.entity.js';
import { housingNeedReference } from './housing-need.reference.js';
import { nationReference } from './nation.reference.js';
import { NationResolver } from './nation.resolver.js';
import { regionsMigrations } from './migrations/index.js';
import { NeedImportResolver } from './need-import.resolver.js';
import { NeedObservation } from './need-observation.entity.js';
import { Province } from './province.entity.js';
import { provinceReference } from './province.reference.js';
import { ProvinceResolver } from './province.resolver.js';
import { Regency } from './regency.entity.js';
import { regencyReference } from './regency.reference.js';
import { RegencyResolver } from './regency.resolver.js';
import { createRegionsServices, type RegionsServices } from './regions.context.js';
import { createRegionsLoaders, type RegionsLoaders } from './regions.loaders.js';
import { seedAreaFrame, seedDemoNeed } from './regions.seed.js';

/** The regions subgraph: the area frame, the BPS crosswalk and housing need. */
export const regionsService: HubService<RegionsServices, RegionsLoaders> = {
  name: 'regions',
  defaultPort: 4001,
  entities: [Province, Regency, DataSource, NeedObservation],
  migrations: regionsMigrations,
  changeLog: REGIONS_CHANGE_LOG,
  exports: async () => [needExport, areasExport],
  createServices: createRegionsServices,
  createLoaders: createRegionsLoaders,
  buildSubgraph: () =>
    buildSubgraph({
      name: 'regions',
      resolvers: [ProvinceResolver, RegencyResolver, NeedImportResolver, AreaSearchResolver, NationResolver],
      referenceResolvers: {
        Province: provinceReference,
        Regency: regencyReference,
        HousingNeed: housingNeedReference,
        Nation: nationReference,
      },
    }),
  async seed(em, options) {
    await seedAreaFrame(em);
    if (options.demo) await seedDemoNeed(em);
  },
};
