import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { demoProposalId } from '@housing-hub/demo-kit';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { SqlCounter } from '@housing-hub/testing';
import { publishedFlpp } from '../src/demo/realization-model.js';
import { countedStatuses, DELIVERED_STATUSES, FundingService } from '../src/funding.service.js';
import { FundingGroup } from '../src/funding.types.js';
import { loadLargeProfile } from '../src/large-profile.js';
import { FundingScheme } from '../src/funding-scheme.enum.js';
import { programsService } from '../src/programs.subgraph.js';
import { readReferenceFiles } from '../src/programs.seed.js';
import { ProposalService } from '../src/proposal.service.js';
import { openProgramsDatabase } from './programs-database.js';

let db: Awaited<ReturnType<typeof openProgramsDatabase>>;
const sql = new SqlCounter();

beforeAll(async () => {
  db = await openProgramsDatabase({ demo: true, onSql: sql.onSql });
}, 120_000);

afterAll(async () => {
  await db?.close();
});

const tableCounts = async () =>
  db.orm.em.getConnection().execute(
    `select (select count(*) from programs.realization)::int as realization, (select count(*) from programs.proposal)::int as proposals,
              (select count(*) from programs.target)::int as targets, (select count(*) from programs.data_source)::int as sources`,
  );

describe('the demo seed', () => {
  it('loads once: seeding again adds nothing', async () => {
    const before = await tableCounts();
    await programsService.seed(db.orm.em.fork(), { demo: true });
    expect(await tableCounts()).toEqual(before);
  });

  it('fills the published BSPS details of a demo loaded before they had columns, at the next start', async () => {
    const connection = db.orm.em.getConnection();
    const details = () =>
      connection.execute(
        `select (select json_agg(json_build_array(year, category, materials_idr::text, wages_idr::text) order by year, category)
                   from programs.unit_value where materials_idr is not null) as unit_values,
                (select json_agg(json_build_array(year, budget_absorbed_percent::text, budget_absorbed_on::text) order by year)
                   from programs.target where budget_absorbed_percent is not null) as absorptions`,
      );
    const seeded = await details();
    expect(seeded[0]).toEqual({
      unit_values: [
        [2019, 'PB', '30000000', '5000000'],
        [2019, 'PK', '15000000', '2500000'],
        [2023, 'PK', '17500000', '2500000'],
      ],
      absorptions: [[2025, '94.48', '2025-11-18']],
    });
    await connection.execute('update programs.unit_value set materials_idr = null, wages_idr = null');
    await connection.execute('update programs.target set budget_absorbed_percent = null, budget_absorbed_on = null');
    await programsService.seed(db.orm.em.fork(), { demo: true });
    expect(await details()).toEqual(seeded);
  });

  it('sums in SQL to the published FLPP units and rupiah of every year', async () => {
    const funding = new FundingService(db.orm.em.fork());
    for (const published of publishedFlpp((await readReferenceFiles()).flpp)) {
      const [flpp] = await funding.summary({
        years: [published.year],
        schemes: [FundingScheme.FLPP],
        groupBy: FundingGroup.NATIONAL,
      });
      expect(flpp).toMatchObject({
        scheme: 'FLPP',
        units: published.units,
        amountIdr: published.valueIdr.toString(),
        provinceCode: null,
      });
      expect(flpp!.source?.modeled).toBe(true);
    }
  });

  it('answers the funding of all 514 kab/kota in one statement', async () => {
    const frame = await loadAreaFrame();
    const { count, result } = await sql.measure(() =>
      new FundingService(db.orm.em.fork()).regencyFunding(
        frame.regencies.map((r) => ({ code: r.code, year: 2025, statuses: DELIVERED_STATUSES })),
      ),
    );
    expect(count).toBe(1);
    expect(result).toHaveLength(514);
    expect(
      result
        .flat()
        .filter((f) => f.scheme === FundingScheme.FLPP)
        .reduce((t, f) => t + f.units, 0),
    ).toBe(278_868);
  });

  it('has one BSPS proposal for 2026 from every kab/kota, with the shared demo id and a history that ends in its status', async () => {
    const frame = await loadAreaFrame();
    const proposals = await new ProposalService(db.orm.em.fork()).ofRegencies(frame.regencies.map((r) => r.code));
    const bsps = proposals.filter((p) => p.scheme === FundingScheme.BSPS && p.fiscalYear === 2026);
    expect(bsps).toHaveLength(514);
    for (const regency of frame.regencies) {
      expect(bsps.find((p) => p.regencyCode === regency.code)?.id).toBe(demoProposalId(regency.code, 2026, 'BSPS'));
    }
    expect(new Set(bsps.map((p) => p.status)).size).toBe(6);
    const history = await new ProposalService(db.orm.em.fork()).historyOf(bsps.map((p) => p.id));
    for (const proposal of bsps) {
      const steps = history.filter((e) => e.proposalId === proposal.id);
      expect(steps[0]!.fromStatus).toBeNull();
      expect(steps.at(-1)!.toStatus).toBe(proposal.status);
    }
  });

  it('splits FLPP into one row per mortgage for the large profile, keeping every total to the rupiah', async () => {
    const query = `select regency_code, month, channel, sum(units)::int as units, sum(amount_idr)::text as amount, count(*)::int as n
                   from programs.realization where scheme = 'FLPP' and year = 2019 group by 1, 2, 3 order by 1, 2, 3`;
    const conn = db.orm.em.getConnection();
    const before = (await conn.execute(query)) as { units: number; amount: string; n: number }[];
    await loadLargeProfile(db.orm.em.fork(), { years: [2019] });
    const after = (await conn.execute(query)) as { units: number; amount: string; n: number }[];
    expect(after.map(({ n: _n, ...rest }) => rest)).toEqual(before.map(({ n: _n, ...rest }) => rest));
    expect(after.reduce((t, row) => t + row.n, 0)).toBe(77_564);
    const [national] = await new FundingService(db.orm.em.fork()).summary({
      years: [2019],
      schemes: [FundingScheme.FLPP],
      groupBy: FundingGroup.NATIONAL,
    });
    expect(national).toMatchObject({ units: 77_564, amountIdr: '7600000000000' });
  });
});

/** The plan PostgreSQL chooses for the (one) statement `work` issues, as EXPLAIN prints it. */
async function planOf(work: (funding: FundingService) => Promise<unknown>): Promise<string> {
  const em = db.orm.em.fork();
  const connection = em.getConnection();
  const execute = connection.execute.bind(connection);
  const statements: [string, unknown[]][] = [];
  connection.execute = ((query: string, params: unknown[], ...rest: never[]) => {
    statements.push([query, params]);
    return execute(query, params, ...rest);
  }) as typeof connection.execute;
  try {
    await work(new FundingService(em));
  } finally {
    delete (connection as { execute?: unknown }).execute;
  }
  expect(statements).toHaveLength(1);
  const [query, params] = statements[0]!;
  const rows = (await execute(`explain ${query}`, params, 'all')) as { 'QUERY PLAN': string }[];
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

describe('the plans of the funding reads', () => {
  it('reads one kab/kota from the rollup by its key, never the facts', async () => {
    const plan = await planOf((funding) =>
      funding.regencyFunding([{ code: '52.01', year: 2024, statuses: countedStatuses(null) }]),
    );
    expect(plan).toMatch(/Index (Only )?Scan using funding_rollup_pkey on funding_rollup/);
    expect(plan).not.toMatch(/ on realization /);
  });

  it('reads one province from the rollup through the index that leads with the province', async () => {
    const plan = await planOf((funding) =>
      funding.provinceFunding([{ code: '52', year: 2024, statuses: countedStatuses(null) }]),
    );
    expect(plan).toMatch(/(Index (Only )?Scan|Bitmap Index Scan) (using|on) funding_rollup_province_year_index/);
    expect(plan).not.toMatch(/ on realization /);
  });

  it('sums a year nationally from the rollup, never the facts', async () => {
    const plan = await planOf((funding) => funding.summary({ years: [2024], groupBy: FundingGroup.PROVINCE }));
    expect(plan).toMatch(/funding_rollup/);
    expect(plan).not.toMatch(/ on realization /);
  });
});
