import type { EntityManager } from '@mikro-orm/core';
import type { ImportReport, ImportSource, TableFormat } from '@housing-hub/import-kit';
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
  service: HubService<any>;
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
};
