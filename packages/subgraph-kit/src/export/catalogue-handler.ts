import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import type { ExportDataset } from './export-dataset.js';
import { DOWNLOAD_FORMATS } from './export-format.js';

/** One source behind a dataset, as the catalogue lists it. */
export interface CatalogueSource {
  code: string;
  name: string;
  publisher: string | null;
  publishedOn: string | null;
  /** Why it has no publication date (null when it has one). */
  undatedReason: string | null;
  url: string | null;
  modeled: boolean;
}

/** A source as the dataset's `sources` query reads it (`published_on` as text). */
type CatalogueSourceRow = Omit<CatalogueSource, 'publishedOn' | 'undatedReason'> & {
  published_on: string | null;
  undated_reason: string | null;
};

/** What a subgraph says about one of its datasets, for the gateway's catalogue. */
export interface DatasetDescription {
  name: string;
  title: string;
  description: string;
  keywords: string[];
  updateFrequency: string;
  formats: string[];
  filters: string[];
  columns: { name: string; description: string }[];
  firstYear: number | null;
  lastYear: number | null;
  sources: CatalogueSource[];
}

export async function describeDatasets(em: EntityManager, datasets: ExportDataset[]): Promise<DatasetDescription[]> {
  const connection = em.getConnection();
  return Promise.all(
    datasets.map(async (dataset) => {
      const [years] = dataset.years
        ? await connection.execute<{ first: number | null; last: number | null }[]>(
            `select min(${dataset.years})::int as first, max(${dataset.years})::int as last from ${dataset.table}`,
            [],
            'all',
          )
        : [{ first: null, last: null }];
      const sources: CatalogueSourceRow[] = dataset.sources
        ? await connection.execute<CatalogueSourceRow[]>(dataset.sources, [], 'all')
        : [];
      return {
        name: dataset.name,
        title: dataset.title,
        description: dataset.description,
        keywords: dataset.keywords,
        updateFrequency: dataset.updateFrequency,
        formats: [...DOWNLOAD_FORMATS],
        filters: [...Object.keys(dataset.filters), 'updatedSince'],
        columns: dataset.columns.map(({ name, description }) => ({ name, description })),
        firstYear: years?.first ?? null,
        lastYear: years?.last ?? null,
        sources: sources.map((source) => ({
          code: source.code,
          name: source.name,
          publisher: source.publisher,
          publishedOn: source.published_on,
          undatedReason: source.published_on === null ? (source.undated_reason ?? null) : null,
          url: source.url,
          modeled: Boolean(source.modeled),
        })),
      };
    }),
  );
}

/** `GET /datasets`: the subgraph's datasets described (public metadata: no caller needed). */
export function catalogueHandler(options: { em: EntityManager; datasets: ExportDataset[] }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (request.url !== '/datasets' || request.method !== 'GET') return false;
    const body = await describeDatasets(options.em.fork(), options.datasets);
    response.statusCode = 200;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(body));
    return true;
  };
}
