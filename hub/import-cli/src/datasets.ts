import type { EntityManager } from '@mikro-orm/core';
import type { ImportReport, ImportSource, TableFormat } from '@housing-hub/import-kit';
import { ProposalImportService, programsService, RealizationImportService } from '@housing-hub/programs';
import { NeedImportService, regionsService } from '@housing-hub/regions';
import type { HubService } from '@housing-hub/subgraph-kit';

export interface DatasetFile {
  fileName: string;
  content: Uint8Array;
  format: TableFormat;
}

export interface DatasetOptions {
  source: ImportSource;
  dryRun: boolean;
  importedBy: string;
}

export interface Dataset {
  /** The service that owns the dataset: it alone writes its schema. */
  service: HubService;
  description: string;
  run(em: EntityManager, file: DatasetFile, options: DatasetOptions): Promise<ImportReport>;
}

/** Every dataset the import command knows, by the name given on the command line. */
export const DATASETS: Record<string, Dataset> = {
  need: {
    service: regionsService,
    description: 'need figures per area, year and indicator (regions)',
    run: (em, file, options) => new NeedImportService(em).importFile(file, options),
  },
  realization: {
    service: programsService,
    description: 'realization facts per scheme, kab/kota, year, month, category and channel (programs)',
    run: (em, file, options) => new RealizationImportService(em).importFile(file, options),
  },
  proposals: {
    service: programsService,
    description: 'proposals (usulan) per kab/kota, scheme and fiscal year, submitted in bulk (programs)',
    run: (em, file, options) => new ProposalImportService(em).importFile(file, options),
  },
};
