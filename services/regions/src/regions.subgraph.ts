import { REGIONS_CHANGE_LOG } from './export/change-log.tables.js';
import type { HubService } from '@housing-hub/subgraph-kit';
import { publicationDateStatements } from '@housing-hub/demo-kit';
import { auditSliceOwner, buildSubgraph, dataFeedSlices } from '@housing-hub/subgraph-kit';
import { auditTrail } from './audit-trail.js';
import { areasExport } from './export/areas.export.js';
import { needExport } from './export/need.export.js';
import { AreaSearchResolver } from './area-search.resolver.js';
import { DataSource } from './data-source.entity.js';
import { housingNeedReference } from './housing-need.reference.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorResolver } from './indicator.resolver.js';
import { seedDemoKumuhSpm, seedIndicatorCatalogue, seedPublishedFigures } from './published-figures.js';
import { seedDemoPendataan } from './pendataan.js';
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

/** This subgraph's slice of `auditLog` (served by meetings, which merges the slices). */
const auditSlice = auditSliceOwner(auditTrail);
/** This subgraph's slices of `changes` and `datasets` (served by meetings, which merges them). */
const feedSlices = dataFeedSlices({
  service: 'regions',
  tracked: REGIONS_CHANGE_LOG,
  datasets: () => regionsService.exports!(),
});

/** The regions subgraph: the area frame, the BPS crosswalk and housing need. */
export const regionsService: HubService<RegionsServices, RegionsLoaders> = {
  name: 'regions',
  defaultPort: 4001,
  entities: [Province, Regency, DataSource, NeedObservation, Indicator],
  migrations: regionsMigrations,
  changeLog: REGIONS_CHANGE_LOG,
  exports: async () => [needExport, areasExport],
  createServices: createRegionsServices,
  createLoaders: createRegionsLoaders,
  buildSubgraph: () =>
    buildSubgraph({
      name: 'regions',
      resolvers: [
        ProvinceResolver,
        RegencyResolver,
        NeedImportResolver,
        AreaSearchResolver,
        NationResolver,
        IndicatorResolver,
        auditSlice.resolver,
        ...feedSlices.resolvers,
      ],
      orphanedTypes: [auditSlice.type, ...feedSlices.types],
      referenceResolvers: {
        Province: provinceReference,
        Regency: regencyReference,
        HousingNeed: housingNeedReference,
        Nation: nationReference,
        AuditLogConnection: auditSlice.reference,
        ...feedSlices.references,
      },
    }),
  async seed(em, options) {
    await seedAreaFrame(em);
    await seedIndicatorCatalogue(em);
    await seedPublishedFigures(em);
    if (options.demo) {
      await seedDemoNeed(em);
      await seedDemoPendataan(em);
      await seedDemoKumuhSpm(em);
    }
    // Every source gets its publication date, or the reason it has none (also for a database seeded before).
    for (const statement of publicationDateStatements('regions')) await em.getConnection().execute(statement);
  },
};
