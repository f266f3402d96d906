import type { IncomingMessage, ServerResponse } from 'node:http';
import { DOWNLOAD_MEDIA_TYPES, type DatasetDescription } from '@housing-hub/subgraph-kit';
import { EXPORT_OWNERS } from './export-route.js';
import { SHEET_DATA_ROWS } from './xlsx-stream.js';

/** The licence every dataset is published under (Satu Data: open by default), `HUB_DATA_LICENSE`. */
export const DEFAULT_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
const PUBLISHER = { '@type': 'foaf:Agent', 'foaf:name': 'Kementerian Perumahan dan Kawasan Permukiman (Kementerian PKP)' };
const FREQUENCIES: Record<string, string> = { annual: 'ANNUAL', monthly: 'MONTHLY', irregular: 'IRREG' };
const EU = 'http://publications.europa.eu/resource/authority';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/** A DCAT 3 / DCAT-AP catalogue of the datasets, each with its distributions (export URLs) and sources. */
export function dcatCatalogue(
  baseUrl: string,
  datasets: DatasetDescription[],
  license = DEFAULT_LICENSE,
): Record<string, unknown> {
  const licence = { '@id': license };
  const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
  return {
    '@context': CONTEXT,
    '@id': `${baseUrl}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': 'Housing data hub (data perumahan)',
    'dct:description':
      'Housing need, programme realization, proposals and coordination meetings of Indonesia’s public housing programmes, with Kemendagri and BPS area codes and the source of every figure.',
    'dct:publisher': PUBLISHER,
    'dct:license': licence,
    'dct:language': { '@id': `${EU}/language/IND` },
    'dcat:dataset': datasets.map((dataset) => ({
      '@id': `${baseUrl}/export/${dataset.name}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': dataset.name,
      'dct:title': dataset.title,
      'dct:description': dataset.description,
      'dcat:keyword': dataset.keywords,
      'dct:publisher': PUBLISHER,
      'dct:license': licence,
      'dct:accrualPeriodicity': { '@id': `${EU}/frequency/${FREQUENCIES[dataset.updateFrequency] ?? 'UNKNOWN'}` },
      'dct:spatial': { '@id': `${EU}/country/IDN` },
      ...(dataset.firstYear !== null && dataset.lastYear !== null
        ? {
            'dct:temporal': {
              '@type': 'dct:PeriodOfTime',
              'dcat:startDate': date(`${dataset.firstYear}-01-01`),
              'dcat:endDate': date(`${dataset.lastYear}-12-31`),
            },
          }
        : {}),
      'dcat:distribution': dataset.formats.map((format) => ({
        '@id': `${baseUrl}/export/${dataset.name}.${format}`,
        '@type': 'dcat:Distribution',
        'dct:title': `${dataset.title} (${format.toUpperCase()})`,
        'dcat:accessURL': { '@id': `${baseUrl}/export/${dataset.name}.${format}` },
        'dcat:downloadURL': { '@id': `${baseUrl}/export/${dataset.name}.${format}` },
        'dcat:mediaType': {
          '@id': `https://www.iana.org/assignments/media-types/${DOWNLOAD_MEDIA_TYPES[format as keyof typeof DOWNLOAD_MEDIA_TYPES] ?? 'application/octet-stream'}`,
        },
        'dct:format': format.toUpperCase(),
        'dct:license': licence,
        'dct:description': `Columns: ${dataset.columns.map((column) => column.name).join(', ')}. Filters: ${dataset.filters.join(', ')}.${
          format === 'xlsx'
            ? ` One sheet of at most ${SHEET_DATA_ROWS.toLocaleString('en')} rows: a larger selection is refused (filter it, or take CSV).`
            : ''
        }`,
      })),
      'dct:source': dataset.sources.map((source) => ({
        '@type': 'dcat:Dataset',
        'dct:identifier': source.code,
        'dct:title': source.name,
        ...(source.publisher ? { 'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': source.publisher } } : {}),
        ...(source.publishedOn ? { 'dct:issued': date(source.publishedOn) } : {}),
        // Why `dct:issued` is missing: a note on this record, not a description of the source itself
        // (that would be `dct:description`); SKOS notes have no domain, so any resource may carry one.
        ...(!source.publishedOn && source.undatedReason
          ? { 'skos:editorialNote': { '@value': source.undatedReason, '@language': 'en' } }
          : {}),
        ...(source.url ? { 'dcat:landingPage': { '@id': source.url } } : {}),
        'dct:type': source.modeled ? 'modeled' : 'published',
      })),
    })),
  };
}

/** `GET /catalog.jsonld`: public, built from each owning subgraph's `/datasets`. */
export function catalogueRoute(options: { subgraphUrls: Record<string, string>; publicUrl?: string; license?: string }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (request.method !== 'GET' || new URL(request.url ?? '/', 'http://localhost').pathname !== '/catalog.jsonld') return false;
    const baseUrl = (options.publicUrl ?? `http://${request.headers.host ?? 'localhost'}`).replace(/\/$/, '');
    const owners = [...new Set(Object.values(EXPORT_OWNERS))];
    const described = await Promise.all(
      owners.map(async (owner) => {
        const answer = await fetch(new URL('/datasets', options.subgraphUrls[owner]));
        if (!answer.ok) throw new Error(`${owner} /datasets: HTTP ${answer.status}`);
        return (await answer.json()) as DatasetDescription[];
      }),
    );
    response.statusCode = 200;
    response.setHeader('content-type', 'application/ld+json; charset=utf-8');
    response.end(JSON.stringify(dcatCatalogue(baseUrl, described.flat(), options.license), null, 2));
    return true;
  };
}
