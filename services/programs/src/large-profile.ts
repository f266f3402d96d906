import type { EntityManager } from '@mikro-orm/core';
import { bulkExecutor } from '@housing-hub/database';

/** A realization table this large (or larger) is taken as the large profile already. */
export const LARGE_PROFILE_MIN_ROWS = 1_000_000;

export interface LargeProfileReport {
  /** Realization rows after the load. */
  rows: number;
  /** Rows the load added (0 when the profile was already there). */
  added: number;
  milliseconds: number;
}

/**
 * The large profile (benchmarks): the demo dataset with FLPP at its finest grain, one realization row
 * per mortgage (1,299,499 rows for 2019-2025), each with its kab/kota, month and bank. Every row of
 * the demo's FLPP facts is split into `units` rows of one unit whose rupiah add up to the row's amount
 * exactly (the remainder goes one rupiah at a time to the first rows), so every total (national,
 * province, kab/kota, month, bank) stays what it was. Set-based SQL, one statement per year, in one
 * transaction: all or nothing. Idempotent.
 */
export async function loadLargeProfile(em: EntityManager, options: { years?: number[] } = {}): Promise<LargeProfileReport> {
  const started = performance.now();
  const count = async () => {
    const [row] = await em
      .getConnection()
      .execute<{ n: string }[]>('select count(*)::text as n from programs.realization', [], 'all');
    return Number(row!.n);
  };
  const before = await count();
  if (before >= LARGE_PROFILE_MIN_ROWS && !options.years)
    return { rows: before, added: 0, milliseconds: performance.now() - started };
  const years =
    options.years ??
    (
      await em
        .getConnection()
        .execute<{ year: number }[]>(
          `select distinct year from programs.realization where scheme = 'FLPP' and units > 1 order by year`,
          [],
          'all',
        )
    ).map((row: { year: number }) => Number(row.year));
  await em.transactional(async (tx) => {
    const run = bulkExecutor(tx);
    for (const year of years) {
      await run(
        `with split as (
           delete from programs.realization
           where scheme = 'FLPP' and year = $1 and units > 1
           returning scheme, regency_code, province_code, year, month, category, channel, units, amount_idr, status, source_code
         )
         insert into programs.realization (scheme, regency_code, province_code, year, month, category, channel, units, amount_idr, status, source_code)
         select s.scheme, s.regency_code, s.province_code, s.year, s.month, s.category, s.channel, 1,
                trunc(s.amount_idr / s.units) + case when g.n <= mod(s.amount_idr, s.units) then 1 else 0 end,
                s.status, s.source_code
         from split s cross join lateral generate_series(1, s.units) as g(n)`,
        [year],
      );
    }
    await run(
      `update programs.data_source set name = name || ' (large profile: one row per mortgage)'
       where code like 'DEMO-FLPP-%' and name not like '%large profile%'`,
      [],
    );
  });
  // Fresh statistics and visibility map: the aggregates then read the covering indexes only.
  await bulkExecutor(em)('vacuum analyze programs.realization', []);
  const rows = await count();
  return { rows, added: rows - before, milliseconds: performance.now() - started };
}
