import { loadAreaFrame } from '@housing-hub/reference-frame';
import { sqlLiteral, type ExportColumn, type ExportColumnLookup } from '@housing-hub/subgraph-kit';

/**
 * The kab/kota names and BPS codes as an inline table, `(values ...) as area(code, bps_code, name)`.
 * Names live in regions, whose schema this subgraph must not read; the Kemendagri frame that regions
 * is seeded from ships in @housing-hub/reference-frame, so the export joins the same frame in SQL
 * (514 rows, a hash join) and stays one streamed statement, with no call to regions per export.
 */
export async function areaNamesSql(): Promise<string> {
  const frame = await loadAreaFrame();
  const rows = frame.regencies.map(
    (regency) =>
      `(${sqlLiteral(regency.code)}, ${regency.bpsCode === null ? 'null' : sqlLiteral(regency.bpsCode)}, ${sqlLiteral(regency.name)})`,
  );
  return `(values ${rows.join(', ')}) as area(code, bps_code, name)`;
}

/** The kab/kota's codes and name from the frame (`areaNamesSql`), one lookup per kab/kota (memoized, like the kit's `sourceJoin`). */
export const areaJoin = (areaNames: string, regencyCode: string): string =>
  `left join lateral (select area.* from ${areaNames} where area.code = ${regencyCode} offset 0) area on true`;

/** The area columns, from the fact's `regency_code` and the frame joined as `area`. */
export const areaColumns = (alias: string): ExportColumn[] => [
  { name: 'kemendagri_code', sql: `${alias}.regency_code`, description: 'Kemendagri code of the kab/kota (52.01)' },
  { name: 'bps_code', sql: 'area.bps_code', description: 'BPS code of the kab/kota, where one exists' },
  { name: 'area_name', sql: 'area.name', description: 'Name of the kab/kota (Kemendagri)' },
  { name: 'province_code', sql: `${alias}.province_code`, description: 'Kemendagri code of the province' },
];

/**
 * `areaColumns`' first three (codes and name) as a lookup by the fact's `regency_code`
 * (`ExportColumnLookup`): each kab/kota rendered once for a CSV export on PostgreSQL. A code the frame
 * lacks keeps its Kemendagri code with no BPS code or name, as the left join gives it.
 */
export const areaLookup = (areaNames: string, alias: string): ExportColumnLookup => ({
  columns: areaColumns(alias)
    .slice(0, 3)
    .map((column) => column.name),
  key: `${alias}.regency_code`,
  sql: `select area.code as key, area.code as c0, area.bps_code as c1, area.name as c2 from ${areaNames}`,
  missing: (code) => [code, null, null],
});
