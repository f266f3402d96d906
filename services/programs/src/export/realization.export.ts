import {
  anyOf,
  SOURCE_COLUMNS,
  sourceJoin,
  sourceLookup,
  sourcesOf,
  yearFilters,
  type ExportDataset,
} from '@housing-hub/subgraph-kit';
import { DEFAULT_FINANCING_SOURCE_SQL } from '../financing-source.enum.js';
import { areaColumns, areaJoin, areaLookup } from './area-names.js';

/** Realization facts, one row each: scheme, kab/kota, year (and month), category, channel, units and rupiah. */
export function realizationExport(areaNames: string): ExportDataset {
  return {
    name: 'realization',
    title: 'Housing programme realization by scheme, kab/kota and period',
    description:
      'What each funding scheme (BSPS, FLPP, CSR, ...) delivered per kab/kota and year or month: units and exact rupiah, by category (PK/PB) and channel (bank, company), with how final the figure is and its source.',
    keywords: ['BSPS', 'FLPP', 'CSR', 'realisasi', 'bantuan perumahan', 'KPR subsidi'],
    updateFrequency: 'monthly',
    table: 'programs.realization r',
    joins: `${sourceJoin('programs', 'r.source_code')} ${areaJoin(areaNames, 'r.regency_code')}`,
    key: 'r.id',
    years: 'r.year',
    sources: sourcesOf('programs', 'realization'),
    lookups: [areaLookup(areaNames, 'r'), sourceLookup('programs', 'r.source_code')],
    columns: [
      ...areaColumns('r'),
      { name: 'year', sql: 'r.year', kind: 'integer', description: 'Year' },
      { name: 'month', sql: 'r.month', kind: 'integer', description: 'Month (1-12); empty for a yearly figure' },
      { name: 'scheme', sql: 'r.scheme', description: 'Funding scheme: BSPS, FLPP, CSR, ...' },
      { name: 'category', sql: 'r.category', description: 'PK (upgrade) or PB (new build), where the scheme splits' },
      { name: 'channel', sql: 'r.channel', description: 'Bank or company that delivered it, where known' },
      { name: 'status', sql: 'r.status', description: 'REALIZED, IN_PROGRESS or ALLOCATED' },
      { name: 'units', sql: 'r.units', kind: 'integer', description: 'Housing units' },
      { name: 'amount_idr', sql: 'r.amount_idr', description: 'Exact rupiah (an integer as text)' },
      {
        name: 'financing_source',
        sql: DEFAULT_FINANCING_SOURCE_SQL('r'),
        description:
          'Who paid (sumber dana): APBN, APBD_PROVINCE, APBD_REGENCY, CSR, DEVELOPER or BANK; a fact naming none is its scheme’s own (CSR for CSR, else APBN)',
      },
      { name: 'proposal_id', sql: 'r.proposal_id::text', description: 'The proposal this fact funds, where known' },
      ...SOURCE_COLUMNS,
    ],
    filters: {
      province: anyOf('province', 'r.province_code'),
      regency: anyOf('regency', 'r.regency_code'),
      ...yearFilters('r.year'),
      scheme: anyOf('scheme', 'r.scheme'),
      status: anyOf('status', 'r.status'),
    },
  };
}
