import { describe, expect, it } from '@jest/globals';
import { NationalFundingDocument, NtbCoverageDocument, NtbFundingCoverageDocument } from '@housing-hub/client';
import { demoProposalId } from '@housing-hub/demo-kit';
import { publishedBsps, publishedCsr, publishedFlpp, readReferenceFiles } from '@housing-hub/programs';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { useHubFixture } from './hub-fixture.js';
import { graphql } from './generated/index.js';
import type { PageQuery, SubmitProposalInput } from './generated/graphql.js';
import type { GraphQLResponse } from '@housing-hub/testing';

const fixture = useHubFixture();

type Funding = { scheme: string; units: number; amountIdr: string };
const byScheme = (rows: Funding[]) => new Map(rows.map((row) => [row.scheme, row]));

describe('national funding through the gateway (shared/contract/national-funding.graphql)', () => {
  it('equals the published FLPP units exactly and the published value to the rupiah, every year 2019-2025', async () => {
    const flpp = publishedFlpp((await readReferenceFiles()).flpp);
    expect(flpp.map((f) => f.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const published of flpp) {
      const { data, errors } = await fixture.query(NationalFundingDocument, { year: published.year });
      expect(errors).toBeUndefined();
      const national = byScheme(data!.national!).get('FLPP')!;
      expect(national.units).toBe(published.units);
      expect(national.amountIdr).toBe(published.valueIdr.toString());
      // As published: Rp trillions with two decimals, e.g. 34.64.
      expect(Number(BigInt(national.amountIdr) / 10_000_000_000n) / 100).toBe(Number(published.valueIdr / 10_000_000_000n) / 100);
      // Every province row names its province (resolved by regions) and the rows add up to the national row.
      const provinceRows = data!.byProvince!.filter((row) => row.scheme === 'FLPP');
      for (const row of provinceRows) expect(row.province!.name).toEqual(expect.any(String));
      expect(provinceRows.reduce((total: number, row) => total + row.units, 0)).toBe(published.units);
      expect(provinceRows.reduce((total: bigint, row) => total + BigInt(row.amountIdr), 0n)).toBe(published.valueIdr);
    }
  });

  it('answers FLPP 2025 with 278,868 units and Rp34,640,000,000,000, Jawa Barat with 62,591 units', async () => {
    const { data } = await fixture.query(NationalFundingDocument, { year: 2025 });
    expect(byScheme(data!.national!).get('FLPP')).toEqual({ scheme: 'FLPP', units: 278_868, amountIdr: '34640000000000' });
    const jabar = data!.byProvince!.find((row) => row.scheme === 'FLPP' && row.province!.code === '32');
    expect(jabar).toMatchObject({ units: 62_591, province: { name: 'Jawa Barat' } });
    const bekasi = await fixture.query(
      graphql(`query ProgramsRegency { regency(code: "32.16") { name funding(year: 2025, schemes: [FLPP]) { scheme units } } }`),
    );
    expect(bekasi.data!.regency).toEqual({ name: 'Kabupaten Bekasi', funding: [{ scheme: 'FLPP', units: 14_702 }] });
  });

  it('equals the published BSPS and CSR units delivered', async () => {
    const files = await readReferenceFiles();
    const expected = [
      ...publishedBsps(files.bsps)
        .filter((b) => b.year <= 2025 && !b.planned)
        .map((b) => ({ scheme: 'BSPS', year: b.year, units: b.units })),
      ...publishedCsr(files.psr).map((c) => ({ scheme: 'CSR', year: c.year, units: c.units })),
    ];
    expect(expected).toEqual(
      expect.arrayContaining([
        { scheme: 'BSPS', year: 2023, units: 149_539 },
        { scheme: 'CSR', year: 2023, units: 7_500 },
      ]),
    );
    for (const { scheme, year, units } of expected) {
      const { data, errors } = await fixture.query(NationalFundingDocument, { year });
      expect(errors).toBeUndefined();
      expect(byScheme(data!.national!).get(scheme)?.units).toBe(units);
    }
  });

  it('serves planned BSPS years (2018, 2019, 2024) as targets, not as units delivered', async () => {
    const planned = publishedBsps((await readReferenceFiles()).bsps).filter((b) => b.planned && b.year <= 2025);
    expect(planned.map((b) => b.year)).toEqual([2018, 2019, 2024]);
    for (const plan of planned) {
      const { data, errors } = await fixture.query(
        graphql(`query PlannedBspsYear($year: Int!) {
          delivered: fundingSummary(year: $year, schemes: [BSPS]) { units target { kind units } }
          allocated: fundingSummary(year: $year, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }
          programs { code targets(year: $year) { kind units province { code } } }
          province(code: "52") { funding(year: $year, schemes: [BSPS]) { units } coverage(year: $year) { fundedUnits } }
        }`),
        { year: plan.year },
      );
      expect(errors).toBeUndefined();
      // Nothing of a plan is served as delivered: no row, or zero units, and coverage does not count it.
      expect(data!.delivered).toEqual([]);
      expect(data!.province!.funding).toEqual([{ units: 0 }]);
      const all = await fixture.query(
        graphql(`query NtbFundingOfYear($year: Int!) { province(code: "52") { funding(year: $year) { units } } }`),
        { year: plan.year },
      );
      expect(data!.province!.coverage!.fundedUnits).toBe(all.data!.province!.funding!.reduce((t, f) => t + f.units, 0));
      // The plan stays reachable: as the scheme's target, and by asking for ALLOCATED figures.
      expect(data!.allocated).toEqual([{ units: plan.units, target: { kind: 'PLAN', units: plan.units } }]);
      const bsps = data!.programs!.find((p) => p.code === 'BSPS');
      expect(bsps!.targets).toContainEqual({ kind: 'PLAN', units: plan.units, province: null });
    }
  });

  it('serves BSPS 2024 as delivered = realized units only (none published), with the plan beside it', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query Bsps2024Plan {
      realized: fundingSummary(year: 2024, schemes: [BSPS], statuses: [REALIZED]) { units }
      plan: fundingSummary(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units target { kind units } }
      regency(code: "52.01") { funding(year: 2024, schemes: [BSPS]) { units } planned: funding(year: 2024, schemes: [BSPS], statuses: [ALLOCATED]) { units } }
    }`),
    );
    expect(errors).toBeUndefined();
    expect(data!.realized).toEqual([]);
    expect(data!.plan).toEqual([{ units: 55_046, target: { kind: 'PLAN', units: 55_046 } }]);
    expect(data!.regency!.funding).toEqual([{ units: 0 }]);
    expect(data!.regency!.planned![0]!.units).toBeGreaterThan(0);
  });

  it('serves the FLPP quota beside the national figure delivered', async () => {
    const { data } = await fixture.query(
      graphql(
        `query FlppQuota2025 { fundingSummary(year: 2025, schemes: [FLPP]) { units target { kind units source { modeled } } } }`,
      ),
    );
    expect(data!.fundingSummary).toEqual([
      { units: 278_868, target: { kind: 'QUOTA', units: 350_000, source: { modeled: false } } },
    ]);
  });

  it('answers the national funding contract in a bounded number of SQL statements', async () => {
    const { count, result } = await fixture.sql.measure(() => fixture.query(NationalFundingDocument, { year: 2025 }));
    expect(result.errors).toBeUndefined();
    // Two summaries (one statement each) and the provinces' names (one batch).
    expect(count).toBeLessThanOrEqual(3);
  });
});

const ALL_FUNDING = graphql(`query AllFunding($year: Int!) {
  provinces {
    code
    funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr }
    regencies { code funding(year: $year, schemes: [BSPS, FLPP, CSR]) { scheme units amountIdr } }
  }
}`);

describe('funding of provinces and kab/kota', () => {
  it('gives every province the sum over its kab/kota, for every scheme and year (all 38 provinces)', async () => {
    for (let year = 2018; year <= 2025; year++) {
      const { data, errors } = await fixture.query(ALL_FUNDING, { year });
      expect(errors).toBeUndefined();
      expect(data!.provinces).toHaveLength(38);
      for (const province of data!.provinces!) {
        for (const scheme of ['BSPS', 'FLPP', 'CSR']) {
          const own = province.funding!.find((f: Funding) => f.scheme === scheme);
          const ofRegencies = province.regencies.map((r) => r.funding!.find((f: Funding) => f.scheme === scheme)!);
          expect(own!.units).toBe(ofRegencies.reduce((total: number, f: Funding) => total + f.units, 0));
          expect(BigInt(own!.amountIdr)).toBe(ofRegencies.reduce((total: bigint, f: Funding) => total + BigInt(f.amountIdr), 0n));
        }
      }
    }
  });

  it('answers all 514 kab/kota and 38 provinces in a bounded number of SQL statements', async () => {
    const { count, result } = await fixture.sql.measure(() => fixture.query(ALL_FUNDING, { year: 2025 }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.provinces!.flatMap((p) => p.regencies)).toHaveLength(514);
    // regions: provinces, their kab/kota; programs: province funding, kab/kota funding (one batch each).
    expect(count).toBeLessThanOrEqual(4);
  });

  it('returns zero (not nothing) for a scheme without figures, and exact money as a string', async () => {
    const { data, errors } = await fixture.query(
      graphql(
        `query ProgramsRegency2 { regency(code: "52.01") { funding(year: 2025, schemes: [SBUM, FLPP]) { scheme year units amountIdr source { modeled } } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    const [sbum, flpp] = data!.regency!.funding!;
    expect(sbum).toEqual({ scheme: 'SBUM', year: 2025, units: 0, amountIdr: '0', source: null });
    expect(flpp.amountIdr).toMatch(/^[1-9][0-9]*$/);
    expect(flpp.source).toEqual({ modeled: true });
  });

  it('sums fundingSummary by kab/kota of a province to the province rows', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query ProgramsFundingSummary {
      regencies: fundingSummary(year: 2025, provinceCode: "52", groupBy: REGENCY) { province { code } regency { code name } scheme units amountIdr }
      province: fundingSummary(year: 2025, provinceCode: "52") { province { code } scheme units amountIdr source { code modeled } }
    }`),
    );
    expect(errors).toBeUndefined();
    expect(data!.regencies!.every((row) => row.province!.code === '52' && row.regency!.code.startsWith('52.'))).toBe(true);
    for (const row of data!.province!) {
      const parts = data!.regencies!.filter((r) => r.scheme === row.scheme);
      expect(row.units).toBe(parts.reduce((t: number, r) => t + r.units, 0));
      expect(BigInt(row.amountIdr)).toBe(parts.reduce((t: bigint, r) => t + BigInt(r.amountIdr), 0n));
      expect(row.source!.modeled).toBe(true);
    }
  });

  it('gives the same figures by kab/kota with and without their sources, and the sources when asked', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query ProgramsFundingSummarySources {
      plain: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr source: __typename }
      sourced: fundingSummary(year: 2025, groupBy: REGENCY) { regency { code } scheme units amountIdr ... on FundingSummaryRow { source { code modeled } } }
    }`),
    );
    expect(errors).toBeUndefined();
    const figures = (rows: { regency?: { code: string } | null; scheme: string; units: number; amountIdr: string }[]) =>
      rows.map((row) => [row.regency!.code, row.scheme, row.units, row.amountIdr]);
    expect(data!.plain!.length).toBeGreaterThan(500);
    expect(figures(data!.sourced!)).toEqual(figures(data!.plain!));
    // An alias named `source` is not the field: the plain rows' statement reads no source.
    expect(data!.plain!.every((row) => row.source === 'FundingSummaryRow')).toBe(true);
    expect(data!.sourced!.every((row) => typeof row.source?.code === 'string' && typeof row.source.modeled === 'boolean')).toBe(
      true,
    );
  });

  it('refuses a year out of range and a malformed province code with stable codes', async () => {
    const year = await fixture.query(graphql(`query ProgramsFundingSummary2 { fundingSummary(year: 1800) { units } }`));
    expect(year.errors?.[0]?.extensions?.code).toBe('YEAR_OUT_OF_RANGE');
    const code = await fixture.query(
      graphql(`query ProgramsFundingSummary3 { fundingSummary(year: 2025, provinceCode: "5x") { units } }`),
    );
    expect(code.errors?.[0]?.extensions?.code).toBe('INVALID_AREA_CODE');
  });
});

describe('realization facts by month, category and channel', () => {
  it('gives FLPP 2024 and 2025 by month, nationally and for Jawa Barat, beside the yearly quota', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query ProgramsFundingBreakdown {
      y2024: fundingBreakdown(year: 2024, scheme: FLPP, by: MONTH) { month units amountIdr }
      y2025: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH) { month units amountIdr }
      jabar: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, provinceCode: "32") { month units }
      bekasi: fundingBreakdown(year: 2025, scheme: FLPP, by: MONTH, regencyCode: "32.16") { month units }
      programs { code targets(year: 2025) { kind units } }
    }`),
    );
    expect(errors).toBeUndefined();
    expect(data!.y2025!.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(data!.y2024!.reduce((t: number, m) => t + m.units, 0)).toBe(200_086);
    expect(data!.y2025!.reduce((t: number, m) => t + m.units, 0)).toBe(278_868);
    expect(data!.y2025!.reduce((t: bigint, m) => t + BigInt(m.amountIdr), 0n)).toBe(34_640_000_000_000n);
    expect(data!.jabar!.reduce((t: number, m) => t + m.units, 0)).toBe(62_591);
    // Kabupaten Bekasi: 6,667 units in the first half of 2025 (BP Tapera, June 2025), 14,702 in the year.
    expect(data!.bekasi!.filter((m) => m.month! <= 6).reduce((t: number, m) => t + m.units, 0)).toBe(6_667);
    expect(data!.bekasi!.reduce((t: number, m) => t + m.units, 0)).toBe(14_702);
    expect(data!.programs!.find((p) => p.code === 'FLPP')!.targets).toEqual([{ kind: 'QUOTA', units: 350_000 }]);
  });

  it('splits BSPS by PK / PB and FLPP by bank', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query ProgramsFundingBreakdown2 {
      bsps: fundingBreakdown(year: 2019, scheme: BSPS, by: CATEGORY, statuses: [ALLOCATED]) { category units amountIdr }
      banks: fundingBreakdown(year: 2025, scheme: FLPP, by: CHANNEL, provinceCode: "52") { channel units }
    }`),
    );
    expect(errors).toBeUndefined();
    expect(data!.bsps).toEqual([
      { category: 'PB', units: 8_000, amountIdr: (8_000n * 35_000_000n).toString() },
      { category: 'PK', units: 198_500, amountIdr: (198_500n * 17_500_000n).toString() },
    ]);
    expect(data!.banks!.map((b) => b.channel)).toContain('Bank BTN');
    expect(data!.banks!.map((b) => b.channel)).toContain('BPD Nusa Tenggara Barat');
  });
});

describe('coverage of NTB (the NTB coverage contract without meetings)', () => {
  it('answers without errors, with ratio = fundedUnits / uninhabitableHomes', async () => {
    const { data, errors } = await fixture.query(NtbFundingCoverageDocument);
    expect(errors).toBeUndefined();
    expect(data!.province!.name).toBe('Nusa Tenggara Barat');
    expect(data!.province!.regencies).toHaveLength(10);
    for (const regency of data!.province!.regencies) {
      const funded = regency.funding!.reduce((total: number, f: Funding) => total + f.units, 0);
      expect(regency.coverage!.fundedUnits).toBe(funded);
      expect(regency.need!.uninhabitableHomes).toBeGreaterThan(0);
      expect(regency.coverage!.ratio).toBeCloseTo(funded / regency.need!.uninhabitableHomes!, 12);
      expect(regency.funding!.map((f: Funding) => f.scheme)).toEqual(['BSPS', 'FLPP', 'CSR']);
    }
  });

  it('answers the NTB query in a bounded number of SQL statements', async () => {
    const { count, result } = await fixture.sql.measure(() => fixture.query(NtbFundingCoverageDocument));
    expect(result.errors).toBeUndefined();
    // regions: province, kab/kota, need, latest need; programs: one funding batch shared by funding and coverage.
    expect(count).toBeLessThanOrEqual(5);
  });

  it('points coverage at the need figures it used, which regions resolves', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query ProgramsProvince {
      province(code: "52") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes households } } }
      regency(code: "52.01") { coverage(year: 2025) { fundedUnits ratio need { areaCode year uninhabitableHomes } } latestNeed { year uninhabitableHomes } }
    }`),
    );
    expect(errors).toBeUndefined();
    expect(data!.regency!.coverage!.need).toEqual({
      areaCode: '52.01',
      year: data!.regency!.latestNeed!.year,
      uninhabitableHomes: data!.regency!.latestNeed!.uninhabitableHomes,
    });
    expect(data!.regency!.coverage!.ratio).toBeCloseTo(
      data!.regency!.coverage!.fundedUnits / data!.regency!.latestNeed!.uninhabitableHomes!,
      12,
    );
    const { province } = data!;
    expect(province!.coverage!.need!.areaCode).toBe('52');
    expect(province!.coverage!.ratio).toBeCloseTo(
      province!.coverage!.fundedUnits / province!.coverage!.need!.uninhabitableHomes!,
      12,
    );
  });
});

describe('the NTB coverage contract (shared/contract/ntb-coverage.graphql, with meetings)', () => {
  it('answers without errors, with ratio = fundedUnits / uninhabitableHomes', async () => {
    const { data, errors } = await fixture.query(NtbCoverageDocument);
    expect(errors).toBeUndefined();
    expect(data!.province!.regencies).toHaveLength(10);
    for (const regency of data!.province!.regencies) {
      const funded = regency.funding!.reduce((total: number, f: Funding) => total + f.units, 0);
      expect(regency.coverage!.fundedUnits).toBe(funded);
      expect(regency.coverage!.ratio).toBeCloseTo(funded / regency.need!.uninhabitableHomes!, 12);
      expect(Array.isArray(regency.meetings)).toBe(true);
    }
  });
});

describe('schemes and targets', () => {
  it('lists BSPS, FLPP and CSR with their instrument, agency, unit values and targets', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query ProgramsPrograms { programs { code name instrument managingAgency reportsRealization
      unitValues { year category amountIdr source { modeled } } targets { year kind units amountIdr province { code } source { modeled url } } } }`),
    );
    expect(errors).toBeUndefined();
    const programs = new Map(data!.programs!.map((p) => [p.code, p]));
    expect([...programs.keys()].slice(0, 3)).toEqual(['BSPS', 'FLPP', 'CSR']);
    expect(programs.get('FLPP')).toMatchObject({ instrument: 'MORTGAGE_LIQUIDITY', reportsRealization: true });
    expect(programs.get('FLPP')!.targets).toEqual(
      expect.arrayContaining([
        {
          year: 2025,
          kind: 'QUOTA',
          units: 350_000,
          amountIdr: null,
          province: null,
          source: expect.objectContaining({ modeled: false }),
        },
      ]),
    );
    expect(programs.get('BSPS')!.unitValues).toEqual(
      expect.arrayContaining([
        { year: 2019, category: 'PK', amountIdr: '17500000', source: { modeled: false } },
        { year: 2019, category: 'PB', amountIdr: '35000000', source: { modeled: false } },
        { year: 2023, category: 'PK', amountIdr: '20000000', source: { modeled: false } },
      ]),
    );
    expect(programs.has('SBUM') && programs.has('PSU') && programs.has('RUSUN')).toBe(true);
  });
});

describe('proposals (usulan)', () => {
  it('has a BSPS proposal for 2026 from every kab/kota, under the shared demo id, in varied statuses', async () => {
    const frame = await loadAreaFrame();
    const query = graphql(
      `query ProgramsProvinces { provinces { regencies { code proposals(fiscalYear: 2026) { id scheme fiscalYear status proposedUnits regency { code } } } } }`,
    );
    // As a national role: the demo statuses include DRAFT, which PUBLIC does not see (access.e2e.test.ts).
    const { count, result } = await fixture.sql.measure(() => fixture.asAdmin(query));
    expect(result.errors).toBeUndefined();
    const regencies = result.data!.provinces!.flatMap((p) => p.regencies);
    expect(regencies).toHaveLength(514);
    const statuses = new Set<string>();
    for (const regency of regencies) {
      const bsps = regency.proposals!.filter((p) => p.scheme === 'BSPS');
      expect(bsps).toHaveLength(1);
      expect(bsps[0]).toMatchObject({
        id: demoProposalId(regency.code, 2026, 'BSPS'),
        fiscalYear: 2026,
        regency: { code: regency.code },
      });
      expect(bsps[0].proposedUnits).toBeGreaterThan(0);
      statuses.add(bsps[0].status);
    }
    expect(statuses.size).toBeGreaterThanOrEqual(5);
    expect(new Set(regencies.map((r) => r.code))).toEqual(new Set(frame.regencies.map((r) => r.code)));
    // provinces, kab/kota, proposals of all kab/kota: one statement each.
    expect(count).toBeLessThanOrEqual(3);
  });

  it('pages through the 2026 proposals of NTB with no gap and no duplicate', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const { data, errors }: GraphQLResponse<PageQuery> = await fixture.query(
        graphql(`query Page($after: String) { proposals(filter: { fiscalYear: 2026, provinceCode: "52" }, first: 4, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id regency { code name } } } }`),
        { after },
      );
      expect(errors).toBeUndefined();
      total = data!.proposals!.totalCount;
      seen.push(...data!.proposals!.nodes.map((n) => n.id));
      for (const node of data!.proposals!.nodes) expect(node.regency!.code.startsWith('52.')).toBe(true);
      if (!data!.proposals!.pageInfo.hasNextPage) break;
      after = data!.proposals!.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(10);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const bad = await fixture.query(graphql(`query ProgramsProposals { proposals(after: "nonsense") { totalCount } }`));
    expect(bad.errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
  });
});

const SUBMIT = graphql(`mutation Submit($input: SubmitProposalInput!) {
  submitProposal(input: $input) { id status scheme fiscalYear proposedUnits proposer regency { code name } history { fromStatus toStatus } }
}`);
const MOVE = graphql(
  `mutation Move($id: ID!, $to: ProposalStatus!) { transitionProposal(id: $id, to: $to) { id status history { fromStatus toStatus } } }`,
);

const input = (overrides: Partial<SubmitProposalInput> = {}): SubmitProposalInput => ({
  idempotencyKey: `e2e-${Math.random().toString(36).slice(2)}`,
  regencyCode: '52.01',
  scheme: 'BSPS',
  fiscalYear: 2027,
  proposedUnits: 350,
  proposer: 'Dinas Perkim Kabupaten Lombok Barat',
  ...overrides,
});

async function proposalCount(): Promise<number> {
  const { data } = await fixture.query(graphql(`query ProgramsProposals2 { proposals(first: 1) { totalCount } }`));
  return data!.proposals!.totalCount;
}

describe('proposal flow and idempotency through the gateway', () => {
  it('submits a proposal once: a retry with the same key returns the same proposal', async () => {
    const before = await proposalCount();
    const submission = input();
    const first = await fixture.asAdmin(SUBMIT, { input: submission });
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitProposal).toMatchObject({
      status: 'SUBMITTED',
      scheme: 'BSPS',
      fiscalYear: 2027,
      proposedUnits: 350,
      regency: { code: '52.01', name: 'Kabupaten Lombok Barat' },
      history: [
        { fromStatus: null, toStatus: 'DRAFT' },
        { fromStatus: 'DRAFT', toStatus: 'SUBMITTED' },
      ],
    });
    expect(first.data!.submitProposal.id).toMatch(/^[0-9a-f-]{36}$/);
    const retry = await fixture.asAdmin(SUBMIT, { input: submission });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.submitProposal.id).toBe(first.data!.submitProposal.id);
    expect(await proposalCount()).toBe(before + 1);
  });

  it('refuses the same key with a different payload as a CONFLICT', async () => {
    const submission = input();
    const first = await fixture.asAdmin(SUBMIT, { input: submission });
    expect(first.errors).toBeUndefined();
    const before = await proposalCount();
    const other = await fixture.asAdmin(SUBMIT, { input: { ...submission, proposedUnits: 351 } });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(other.data).toBeNull();
    expect(await proposalCount()).toBe(before);
  });

  it('refuses unknown kab/kota, malformed codes, negative units, writing nothing', async () => {
    const before = await proposalCount();
    const unknown = await fixture.asAdmin(SUBMIT, { input: input({ regencyCode: '52.99' }) });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNKNOWN_AREA_CODE');
    const malformed = await fixture.asAdmin(SUBMIT, { input: input({ regencyCode: '5201' }) });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('INVALID_AREA_CODE');
    const negative = await fixture.asAdmin(SUBMIT, { input: input({ proposedUnits: -5 }) });
    expect(negative.errors?.[0]?.extensions?.code).toBe('NEGATIVE_NUMBER');
    const year = await fixture.asAdmin(SUBMIT, { input: input({ fiscalYear: 3000 }) });
    expect(year.errors?.[0]?.extensions?.code).toBe('YEAR_OUT_OF_RANGE');
    expect(JSON.stringify([unknown, malformed, negative, year])).not.toMatch(/stacktrace|\.ts:\d+/);
    expect(await proposalCount()).toBe(before);
  });

  it('moves a proposal through the flow to APPROVED, and refuses steps the flow does not allow', async () => {
    const draft = await fixture.asAdmin(SUBMIT, {
      input: input({ draft: true, regencyCode: '52.71', proposer: 'Dinas Perkim Kota Mataram' }),
    });
    expect(draft.data!.submitProposal.status).toBe('DRAFT');
    const id = draft.data!.submitProposal.id;
    const skip = await fixture.asAdmin(MOVE, { id, to: 'ADMIN_VERIFIED' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DRAFT', to: 'ADMIN_VERIFIED' });
    for (const to of ['SUBMITTED', 'ADMIN_VERIFIED', 'TECH_VERIFIED', 'APPROVED'] as const) {
      const step = await fixture.asAdmin(MOVE, { id, to });
      expect(step.errors).toBeUndefined();
      expect(step.data!.transitionProposal.status).toBe(to);
    }
    const after = await fixture.asAdmin(MOVE, { id, to: 'REJECTED' });
    expect(after.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const { data } = await fixture.query(
      graphql(`query ProgramsProposalHistory($id: ID!) { proposal(id: $id) { status history { fromStatus toStatus } } }`),
      { id },
    );
    expect(data!.proposal!.status).toBe('APPROVED');
    expect(data!.proposal!.history.map((h) => h.toStatus)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'ADMIN_VERIFIED',
      'TECH_VERIFIED',
      'APPROVED',
    ]);
  });

  it('rejects from a verification step, and answers unknown or malformed ids clearly', async () => {
    const submitted = await fixture.asAdmin(SUBMIT, {
      input: input({ regencyCode: '51.71', proposer: 'Dinas Perkim Kota Denpasar' }),
    });
    const id = submitted.data!.submitProposal.id;
    expect((await fixture.asAdmin(MOVE, { id, to: 'ADMIN_VERIFIED' })).data!.transitionProposal.status).toBe('ADMIN_VERIFIED');
    const rejected = await fixture.asAdmin(MOVE, { id, to: 'REJECTED' });
    expect(rejected.data!.transitionProposal.status).toBe('REJECTED');
    const missing = await fixture.asAdmin(MOVE, { id: '00000000-0000-4000-8000-000000000000', to: 'SUBMITTED' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await fixture.asAdmin(MOVE, { id: 'not-a-uuid', to: 'SUBMITTED' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
