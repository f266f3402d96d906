import { sqlList, yearRange, type ExportDataset } from '@housing-hub/subgraph-kit';
import { areaColumns, areaJoin, SOURCE_COLUMNS, sourceJoin } from './source-columns.js';

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
    joins: `${sourceJoin('pr.source_code', true)} ${areaJoin(areaNames, 'pr.regency_code')}`,
    key: 'pr.id',
    years: 'pr.fiscal_year',
    sources: `select s.code, s.name, s.publisher, to_char(s.published_on, 'YYYY-MM-DD') as published_on, s.url, s.modeled
      from programs.data_source s where exists (select 1 from programs.proposal pr where pr.source_code = s.code) order by s.code`,
    columns: [
      { name: 'id', sql: 'pr.id', description: 'Proposal id (as in the graph)' },
      ...areaColumns('pr'),
      { name: 'fiscal_year', sql: 'pr.fiscal_year', kind: 'integer', description: 'Fiscal year the aid is proposed for' },
      { name: 'scheme', sql: 'pr.scheme', description: 'Funding scheme' },
      { name: 'proposed_units', sql: 'pr.proposed_units', kind: 'integer', description: 'Units proposed' },
      { name: 'status', sql: 'pr.status', description: 'DRAFT, SUBMITTED, ADMIN_VERIFIED, TECH_VERIFIED, APPROVED or REJECTED' },
      { name: 'proposer', sql: 'pr.proposer', description: 'Who proposed it' },
      { name: 'external_reference', sql: 'pr.external_reference', description: 'Its reference in the source system (SIBARU)' },
      {
        name: 'created_at',
        sql: `to_char(pr.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
        description: 'When it was recorded (UTC)',
      },
      {
        name: 'updated_at',
        sql: `to_char(pr.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
        description: 'When it last changed (UTC)',
      },
      ...SOURCE_COLUMNS,
    ],
    filters: {
      province: ({ province }) => province && `pr.province_code in (${sqlList(province)})`,
      regency: ({ regency }) => regency && `pr.regency_code in (${sqlList(regency)})`,
      from: (filters) => filters.from && `pr.fiscal_year >= ${yearRange(filters).from}`,
      to: (filters) => filters.to && `pr.fiscal_year <= ${yearRange(filters).to}`,
      scheme: ({ scheme }) => scheme && `pr.scheme in (${sqlList(scheme)})`,
      status: ({ status }) => status && `pr.status in (${sqlList(status)})`,
    },
  };
}
