import {
  anyOf,
  SOURCE_COLUMNS,
  sourceJoin,
  sourcesOf,
  utcInstant,
  yearFilters,
  type ExportDataset,
} from '@housing-hub/subgraph-kit';
import { areaColumns, areaJoin } from './area-names.js';

/** Proposals (usulan), one row each, with their verification status. */
export function proposalsExport(areaNames: string): ExportDataset {
  return {
    name: 'proposals',
    title: 'Proposals (usulan) of local governments by fiscal year',
    description:
      'Each proposal a kab/kota made for a scheme and fiscal year: proposed units, who proposed it, and where it stands in verification and decision (submitted, verified, approved, rejected).',
    keywords: ['usulan', 'SIBARU', 'BSPS', 'proposal', 'verifikasi'],
    updateFrequency: 'irregular',
    table: 'programs.proposal pr',
    joins: `${sourceJoin('programs', 'pr.source_code', true)} ${areaJoin(areaNames, 'pr.regency_code')}`,
    key: 'pr.id',
    years: 'pr.fiscal_year',
    sources: sourcesOf('programs', 'proposal'),
    columns: [
      { name: 'id', sql: 'pr.id', description: 'Proposal id (as in the graph)' },
      ...areaColumns('pr'),
      { name: 'fiscal_year', sql: 'pr.fiscal_year', kind: 'integer', description: 'Fiscal year the aid is proposed for' },
      { name: 'scheme', sql: 'pr.scheme', description: 'Funding scheme' },
      { name: 'proposed_units', sql: 'pr.proposed_units', kind: 'integer', description: 'Units proposed' },
      { name: 'status', sql: 'pr.status', description: 'DRAFT, SUBMITTED, ADMIN_VERIFIED, TECH_VERIFIED, APPROVED or REJECTED' },
      { name: 'proposer', sql: 'pr.proposer', description: 'Who proposed it' },
      { name: 'external_reference', sql: 'pr.external_reference', description: 'Its reference in the source system (SIBARU)' },
      { name: 'created_at', sql: utcInstant('pr.created_at'), description: 'When it was recorded (UTC)' },
      { name: 'updated_at', sql: utcInstant('pr.updated_at'), description: 'When it last changed (UTC)' },
      ...SOURCE_COLUMNS,
    ],
    filters: {
      province: anyOf('province', 'pr.province_code'),
      regency: anyOf('regency', 'pr.regency_code'),
      ...yearFilters('pr.fiscal_year'),
      scheme: anyOf('scheme', 'pr.scheme'),
      status: anyOf('status', 'pr.status'),
    },
  };
}
