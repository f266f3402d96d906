import { anyOf, SOURCE_COLUMNS, sourceJoin, sourcesOf, yearFilters, type ExportDataset } from '@housing-hub/subgraph-kit';

/** Need figures, one row per area, year and indicator, with the area's codes and the figure's source. */
export const needExport: ExportDataset = {
  name: 'need',
  title: 'Housing need by area and year',
  description:
    'Households, ownership backlog (backlog kepemilikan), habitability backlog (backlog kelayakan) and uninhabitable homes (RTLH) per province and kab/kota and year, each figure with its definition and source; modeled figures are marked.',
  keywords: ['perumahan', 'backlog', 'RTLH', 'kebutuhan rumah', 'housing need', 'kab/kota'],
  updateFrequency: 'annual',
  table: 'regions.need_observation o',
  joins: `${sourceJoin('regions', 'o.source_code')}
    left join regions.regency r on r.code = o.area_code
    left join regions.province p on p.code = o.area_code`,
  key: 'o.id',
  years: 'o.year',
  sources: sourcesOf('regions', 'need_observation'),
  columns: [
    { name: 'kemendagri_code', sql: 'o.area_code', description: 'Kemendagri area code (52 province, 52.01 kab/kota)' },
    { name: 'bps_code', sql: 'coalesce(r.bps_code, p.bps_code)', description: 'BPS area code, where one exists' },
    { name: 'area_name', sql: 'coalesce(r.name, p.name)', description: 'Area name (Kemendagri)' },
    { name: 'area_level', sql: 'o.area_level', description: 'PROVINCE or REGENCY (kab/kota)' },
    { name: 'province_code', sql: 'left(o.area_code, 2)', description: 'Kemendagri code of the province' },
    { name: 'year', sql: 'o.year', kind: 'integer', description: 'Year the figure describes' },
    {
      name: 'indicator',
      sql: 'o.indicator',
      description: 'HOUSEHOLDS, OWNERSHIP_BACKLOG, HABITABILITY_BACKLOG or UNINHABITABLE_HOMES',
    },
    { name: 'value', sql: 'o.value', kind: 'integer', description: 'The figure' },
    {
      name: 'unit',
      sql: `case when o.indicator = 'UNINHABITABLE_HOMES' then 'houses' else 'households' end`,
      description: 'households or houses',
    },
    { name: 'definition', sql: 'o.definition', description: 'What exactly the figure counts, as its source defines it' },
    ...SOURCE_COLUMNS,
  ],
  filters: {
    province: anyOf('province', 'left(o.area_code, 2)'),
    regency: anyOf('regency', 'o.area_code'),
    level: ({ level }) => level && `o.area_level = '${level}'`,
    ...yearFilters('o.year'),
    indicator: anyOf('indicator', 'o.indicator'),
  },
};
