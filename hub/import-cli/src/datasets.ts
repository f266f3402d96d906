import type { EntityManager } from '@mikro-orm/core';
import type { ImportFile, ImportOptions, ImportReport } from '@housing-hub/import-kit';
import { programsService } from '@housing-hub/programs';
import { regionsService } from '@housing-hub/regions';
import type { HubService } from '@housing-hub/subgraph-kit';

export interface Dataset {
  /** The service that owns the dataset: it alone writes its schema. */
  service: HubService;
  description: string;
  /** Imports through the owning service's own import service (the one its GraphQL mutation uses). */
  run(em: EntityManager, file: ImportFile, options: ImportOptions): Promise<ImportReport>;
}

/** Every dataset the import command knows, by the name given on the command line. */
export const DATASETS: Record<string, Dataset> = {
  need: {
    service: regionsService,
    description: 'need figures per area, year and indicator (regions)',
    run: (em, file, options) => regionsService.createServices(em).needImports.importFile(file, options),
  },
  realization: {
    service: programsService,
    description: 'realization facts per scheme, kab/kota, year, month, category and channel (programs)',
    run: (em, file, options) => programsService.createServices(em).realizationImports.importFile(file, options),
  },
  proposals: {
    service: programsService,
    description: 'proposals (usulan) per kab/kota, scheme and fiscal year, submitted in bulk (programs)',
    run: (em, file, options) => programsService.createServices(em).proposalImports.importFile(file, options),
  },
};
