import type { ExportColumn } from '@housing-hub/subgraph-kit';

/** The provenance columns every programs export ends with, from `programs.data_source` joined as `s`. */
export const SOURCE_COLUMNS: ExportColumn[] = [
  { name: 'source_code', sql: 's.code', description: 'Code of the data source' },
  { name: 'source_name', sql: 's.name', description: 'Name of the data source' },
  { name: 'source_publisher', sql: 's.publisher', description: 'Who published it' },
  { name: 'source_published_on', sql: `to_char(s.published_on, 'YYYY-MM-DD')`, description: 'Publication date' },
  { name: 'source_url', sql: 's.url', description: 'Where it was published' },
  {
    name: 'modeled',
    sql: `case when s.modeled then 'true' when s.modeled is not null then 'false' end`,
    kind: 'boolean',
    description: 'true when the figure is modeled (the demo dataset), not published',
  },
];

/** The area columns, from the fact's `regency_code` and the frame joined as `area`. */
export const areaColumns = (alias: string): ExportColumn[] => [
  { name: 'kemendagri_code', sql: `${alias}.regency_code`, description: 'Kemendagri code of the kab/kota (52.01)' },
  { name: 'bps_code', sql: 'area.bps_code', description: 'BPS code of the kab/kota, where one exists' },
  { name: 'area_name', sql: 'area.name', description: 'Name of the kab/kota (Kemendagri)' },
  { name: 'province_code', sql: `${alias}.province_code`, description: 'Kemendagri code of the province' },
];
