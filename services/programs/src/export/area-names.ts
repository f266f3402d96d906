import { loadAreaFrame } from '@housing-hub/reference-frame';
import { sqlLiteral } from '@housing-hub/subgraph-kit';

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
