import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { ImportStatus, type ImportSource } from '@housing-hub/import-kit';
import { FundingService } from '../src/funding.service.js';
import { FundingGroup } from '../src/funding.types.js';
import { RealizationImportService } from '../src/realization-import.service.js';
import { RealizationStatus } from '../src/realization-status.enum.js';
import { openProgramsDatabase } from './programs-database.js';

let db: Awaited<ReturnType<typeof openProgramsDatabase>>;

beforeAll(async () => {
  db = await openProgramsDatabase({ demo: true });
}, 120_000);

afterAll(async () => {
  await db?.close();
});

const sql = <T>(text: string) => db.orm.em.fork().getConnection().execute<T[]>(text, [], 'all');
const importer = () => new RealizationImportService(db.orm.em.fork());
const csv = (text: string, fileName = 'realization.csv') => ({ fileName, content: Buffer.from(text), format: 'CSV' as const });
const HEADER = 'scheme,area_code,bps_code,year,month,category,channel,units,amount_idr,status';
const ntbCsr: ImportSource = { name: 'Laporan CSR', publisher: 'Dinas Perkim Provinsi NTB', code: 'NTB-CSR' };

const KEY = 'year, regency_code, province_code, scheme, source_code, status, financing_source';
const FACT_KEY = `year, regency_code, province_code, scheme, source_code, status,
  coalesce(financing_source, case scheme when 'CSR' then 'CSR' else 'APBN' end) as financing_source`;
const STATUS_BIT = `case status when 'REALIZED' then 1 when 'IN_PROGRESS' then 2 else 4 end`;
/**
 * Every rollup row that differs from the sum of the facts, both ways: none when the rollup is right. The
 * expected `wins_for` is worked out from the facts: bit 1 << m where the row's source ranks first in its
 * kab/kota, year and scheme among the sources with facts of a status in the set m.
 */
async function rollupMismatches(): Promise<unknown[]> {
  return sql(`
    with facts as (
      select ${FACT_KEY}, sum(units)::bigint as units, sum(amount_idr) as amount_idr, count(*)::int as facts
      from programs.realization group by 1, 2, 3, 4, 5, 6, 7
    ),
    ranked as (
      select f.year, f.regency_code, f.scheme, m.status_set, f.source_code,
        rank() over (partition by f.year, f.regency_code, f.scheme, m.status_set
                     order by d.modeled, d.published_on desc nulls last, d.code) as place
      from (select distinct year, regency_code, scheme, source_code, status from programs.realization) f
      join programs.data_source d on d.code = f.source_code
      join generate_series(1, 7) m(status_set) on m.status_set & ${STATUS_BIT} <> 0
    ),
    wins as (
      select year, regency_code, scheme, source_code, bit_or(1 << status_set)::smallint as wins_for
      from ranked where place = 1 group by 1, 2, 3, 4
    ),
    expected as (
      select f.*, coalesce(w.wins_for, 0::smallint) as wins_for from facts f
      left join wins w using (year, regency_code, scheme, source_code)
    ),
    rollup as (select ${KEY}, units, amount_idr, facts, wins_for from programs.funding_rollup)
    (select 'missing from the rollup' as side, * from (select * from expected except select * from rollup) m)
    union all
    (select 'not in the facts' as side, * from (select * from rollup except select * from expected) e)
    limit 5`);
}

async function rollupRows(): Promise<number> {
  const [row] = await sql<{ n: number }>('select count(*)::int as n from programs.funding_rollup');
  return row!.n;
}

describe('the funding rollup', () => {
  it('equals the facts after the demo seed', async () => {
    expect(await rollupRows()).toBeGreaterThan(1_000);
    expect(await rollupMismatches()).toEqual([]);
  });

  it('equals the facts after an import', async () => {
    const sample = await readFile(new URL('../samples/realization.csv', import.meta.url));
    const report = await importer().importFile(
      { fileName: 'realization.csv', content: sample, format: 'CSV' },
      { source: { name: 'Realisasi 2025', publisher: 'BP Tapera' } },
    );
    expect(report.status).toBe(ImportStatus.IMPORTED);
    expect(await rollupMismatches()).toEqual([]);
  });

  it('equals the facts after a re-issue that changes units, rupiah and status, and adds a key', async () => {
    const first = [
      HEADER,
      'CSR,52.03,,2024,,,Yayasan A,10,500000000,IN_PROGRESS',
      'CSR,52.04,,2024,,,Yayasan A,7,350000000,REALIZED',
    ];
    expect((await importer().importFile(csv(first.join('\n')), { source: ntbCsr })).status).toBe(ImportStatus.IMPORTED);
    const reissue = [
      HEADER,
      'CSR,52.03,,2024,,,Yayasan A,12,600000000,REALIZED',
      'CSR,52.05,,2024,,,Yayasan C,2,100000000,REALIZED',
    ];
    expect(await importer().importFile(csv(reissue.join('\n'), 'reissue.csv'), { source: ntbCsr })).toMatchObject({
      status: ImportStatus.IMPORTED,
      replaced: 1,
      inserted: 1,
    });
    expect(await rollupMismatches()).toEqual([]);
    // The IN_PROGRESS key of 52.03 had one fact, now REALIZED: its rollup row is gone, not left at zero.
    const [row] = await sql<{ n: number }>(
      `select count(*)::int as n from programs.funding_rollup where source_code = 'NTB-CSR' and status = 'IN_PROGRESS'`,
    );
    expect(row!.n).toBe(0);
  });

  it('is untouched by a failed import', async () => {
    const before = await sql(
      'select * from programs.funding_rollup order by year, regency_code, scheme, source_code, status, financing_source',
    );
    const bad = [HEADER, 'CSR,52.03,,2024,,,Yayasan D,5,250000000,REALIZED', 'CSR,52.99,,2024,,,Yayasan D,3,150000000,REALIZED'];
    expect((await importer().importFile(csv(bad.join('\n'), 'bad.csv'), { source: ntbCsr })).status).toBe(ImportStatus.REJECTED);
    expect(
      await sql(
        'select * from programs.funding_rollup order by year, regency_code, scheme, source_code, status, financing_source',
      ),
    ).toEqual(before);
    expect(await rollupMismatches()).toEqual([]);
  });

  it('follows any other write to the facts: an update, a delete, a rolled-back transaction', async () => {
    await sql(`update programs.realization set units = units + 1 where regency_code = '52.01' and year = 2024`);
    await sql(`delete from programs.realization where regency_code = '52.02' and year = 2023`);
    await db.orm.em
      .fork()
      .transactional(async (em) => {
        await em
          .getConnection()
          .execute(`delete from programs.realization where province_code = '52'`, [], 'run', em.getTransactionContext());
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await rollupMismatches()).toEqual([]);
  });

  it('chooses the winning source again when a source is re-dated or marked modeled, and after a split by financing source', async () => {
    // NTB-CSR (published) now competes with the modeled demo source in 52.03 / 2024: re-dating and
    // marking it modeled moves the winner; the rollup follows in the same statement.
    await sql(`update programs.data_source set published_on = date '2001-01-01' where code = 'NTB-CSR'`);
    expect(await rollupMismatches()).toEqual([]);
    await sql(`update programs.data_source set modeled = true where code = 'NTB-CSR'`);
    expect(await rollupMismatches()).toEqual([]);
    await sql(
      `update programs.realization set financing_source = 'APBD_PROVINCE' where regency_code = '52.03' and scheme = 'CSR'`,
    );
    expect(await rollupMismatches()).toEqual([]);
    await sql(`update programs.data_source set modeled = false where code = 'NTB-CSR'`);
    expect(await rollupMismatches()).toEqual([]);
  });

  it('gives fundingSummary the same figures as the facts', async () => {
    const summary = await new FundingService(db.orm.em.fork()).summary({
      years: [2024],
      groupBy: FundingGroup.NATIONAL,
      statuses: Object.values(RealizationStatus),
    });
    const facts = await sql<{ scheme: string; units: number }>(
      `select scheme, sum(units)::int as units from (
         select f.*, rank() over (partition by f.regency_code, f.scheme order by d.modeled, d.published_on desc nulls last, f.source_code) as r
         from programs.realization f join programs.data_source d on d.code = f.source_code where f.year = 2024
       ) ranked where r = 1 group by scheme order by scheme`,
    );
    expect(
      summary.map((row) => ({ scheme: row.scheme, units: row.units })).sort((x, y) => x.scheme.localeCompare(y.scheme)),
    ).toEqual(facts);
  });
});
