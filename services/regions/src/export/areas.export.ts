import { anyOf, type ExportDataset } from '@housing-hub/subgraph-kit';

/** The area frame: 38 provinces and 514 kab/kota with their Kemendagri and BPS codes. */
export const areasExport: ExportDataset = {
  name: 'areas',
  title: 'Areas: provinces and kab/kota with Kemendagri and BPS codes',
  description:
    'The current Kemendagri frame of provinces and kab/kota, each with its BPS code where the BPS-Kemendagri bridging table has one: the reference codes every other dataset joins on.',
  keywords: ['kode wilayah', 'Kemendagri', 'BPS', 'provinsi', 'kabupaten', 'kota'],
  updateFrequency: 'irregular',
  table: `(select code, bps_code, name, 'PROVINCE' as level, null::text as kind, code as province_code from regions.province
    union all
    select code, bps_code, name, 'REGENCY', kind, province_code from regions.regency) a`,
  key: 'a.code',
  columns: [
    { name: 'kemendagri_code', sql: 'a.code', description: 'Kemendagri code (52 province, 52.01 kab/kota)' },
    { name: 'bps_code', sql: 'a.bps_code', description: 'BPS code, where one exists' },
    { name: 'name', sql: 'a.name', description: 'Name (Kemendagri)' },
    { name: 'level', sql: 'a.level', description: 'PROVINCE or REGENCY (kab/kota)' },
    { name: 'kind', sql: 'a.kind', description: 'KABUPATEN or KOTA (kab/kota only)' },
    { name: 'province_code', sql: 'a.province_code', description: 'Kemendagri code of the province' },
  ],
  filters: {
    province: anyOf('province', 'a.province_code'),
    regency: anyOf('regency', 'a.code'),
    level: ({ level }) => level && `a.level = '${level}'`,
  },
};
