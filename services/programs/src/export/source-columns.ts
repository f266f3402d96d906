import type { ExportColumn } from '@housing-hub/subgraph-kit';

/**
 * The fact's source, its columns rendered once per source rather than once per row: a lateral
 * subquery on the source key, kept whole by `offset 0`, so that PostgreSQL memoizes it (a few dozen
 * sources for 1.3 million rows). Joined in key order (a nested loop over the fact's primary key),
 * the export needs no sort.
 */
export const sourceJoin = (sourceCode: string, optional = false): string =>
  `${optional ? 'left join' : 'join'} lateral (select s.code, s.name, s.publisher, to_char(s.published_on, 'YYYY-MM-DD') as published_on, s.url,
      case when s.modeled then 'true' when s.modeled is not null then 'false' end as modeled
    from programs.data_source s where s.code = ${sourceCode} offset 0) s on true`;

/** The provenance columns every programs export ends with, from `sourceJoin`'s `s`. */
export const SOURCE_COLUMNS: ExportColumn[] = [
  { name: 'source_code', sql: 's.code', description: 'Code of the data source' },
  { name: 'source_name', sql: 's.name', description: 'Name of the data source' },
  { name: 'source_publisher', sql: 's.publisher', description: 'Who published it' },
  { name: 'source_published_on', sql: 's.published_on', description: 'Publication date' },
  { name: 'source_url', sql: 's.url', description: 'Where it was published' },
  {
    name: 'modeled',
    sql: 's.modeled',
    kind: 'boolean',
    description: 'true when the figure is modeled (the demo dataset), not published',
  },
];

/** The kab/kota's codes and name from the frame (`areaNamesSql`), one lookup per kab/kota (memoized, like sources). */
export const areaJoin = (areaNames: string, regencyCode: string): string =>
  `left join lateral (select area.* from ${areaNames} where area.code = ${regencyCode} offset 0) area on true`;

/** The area columns, from the fact's `regency_code` and the frame joined as `area`. */
export const areaColumns = (alias: string): ExportColumn[] => [
  { name: 'kemendagri_code', sql: `${alias}.regency_code`, description: 'Kemendagri code of the kab/kota (52.01)' },
  { name: 'bps_code', sql: 'area.bps_code', description: 'BPS code of the kab/kota, where one exists' },
  { name: 'area_name', sql: 'area.name', description: 'Name of the kab/kota (Kemendagri)' },
  { name: 'province_code', sql: `${alias}.province_code`, description: 'Kemendagri code of the province' },
];
