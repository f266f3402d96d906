import type { EntityManager } from '@mikro-orm/core';
import type { SubgraphContext } from '@housing-hub/subgraph-kit';
import { AreaSearchService } from './area-search.service.js';
import { AreaService } from './area.service.js';
import { IndicatorService } from './indicator.service.js';
import { NeedImportService } from './need-import.service.js';
import { NeedService } from './need.service.js';
import type { RegionsLoaders } from './regions.loaders.js';

/** The rules of the regions subgraph, one instance each per request: resolvers and loaders share them. */
export function createRegionsServices(em: EntityManager) {
  return {
    areas: new AreaService(em),
    needs: new NeedService(em),
    indicators: new IndicatorService(em),
    needImports: new NeedImportService(em),
    search: new AreaSearchService(em),
  };
}

export type RegionsServices = ReturnType<typeof createRegionsServices>;
export type RegionsContext = SubgraphContext<RegionsServices, RegionsLoaders>;
