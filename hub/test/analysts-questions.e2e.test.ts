// biome-ignore-all lint/suspicious/noExplicitAny: these tests send their operations as strings (or read wide answers) and read the answers untyped
import { describe, expect, it } from '@jest/globals';
import {
  AttendedWithoutVerifiedProposalDocument,
  BspsByCategoryDocument,
  CsrBesideBspsDocument,
  FlppAgainstBacklogDocument,
  FlppMonthlyDocument,
  NtbCoverageRankedDocument,
  ProposalsAgainstNeedDocument,
  SearchAreasDocument,
  TopRtlhRegenciesDocument,
} from '@housing-hub/client';
import type { GraphQLResponse } from '@housing-hub/testing';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture();

/** Sends an operation through the gateway; string operations answer untyped data, read as such here. */
const query = (document: any, variables?: Record<string, unknown>): Promise<GraphQLResponse<any>> =>
  fixture.query(document, variables as never);

/** Writes need a staff identity: the tests submit as the hub's admin. */
const mutate = (document: string): Promise<GraphQLResponse<any>> => fixture.asAdmin(document) as Promise<GraphQLResponse<any>>;

/** The DOMAIN questions, each one committed operation (schema/operations/q*.graphql) answered by the server. */
describe("the analysts' questions, one query each", () => {
  it('1: NTB kab/kota ranked by coverage of RTLH by BSPS + FLPP + CSR in 2025', async () => {
    const { count, result } = await fixture.sql.measure(() => query(NtbCoverageRankedDocument, {}));
    expect(result.errors).toBeUndefined();
    const rows = result.data!.province!.fundingAgainstNeed!;
    expect(rows).toHaveLength(10);
    expect(rows.map((r: any) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const row of rows) {
      // The ranking uses the same figures the kab/kota serves: its funding and its RTLH.
      const funded = row.regency!.funding!.reduce((t: number, f: any) => t + f.units, 0);
      expect(row.units).toBe(funded);
      expect(row.needValue).toBe(row.regency!.need!.uninhabitableHomes);
      expect(row.ratio).toBeCloseTo(funded / row.needValue!, 12);
      expect(row.modeled).toBe(true);
    }
    const ratios = rows.map((r: any) => r.ratio!);
    expect(ratios).toEqual([...ratios].sort((a: number, b: number) => b - a));
    // The same answer as coverage gives, kab/kota by kab/kota.
    const coverage = await query('{ province(code: "52") { regencies { code coverage(year: 2025) { ratio } } } }');
    for (const row of rows) {
      expect(coverage.data.province.regencies.find((r: any) => r.code === row.regency!.code).coverage.ratio).toBeCloseTo(
        row.ratio!,
        12,
      );
    }
    expect(count).toBeLessThanOrEqual(8);
  });

  it('2: provinces ranked by FLPP 2025 per household in ownership backlog', async () => {
    const { data, errors } = await query(FlppAgainstBacklogDocument, { first: 38 });
    expect(errors).toBeUndefined();
    const rows = data!.nation!.fundingAgainstNeed!;
    expect(rows).toHaveLength(38);
    const summary = await query(
      '{ fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units } provinces { code need(year: 2025) { ownershipBacklog } } }',
    );
    const expected = summary.data.provinces
      .map((p: any) => {
        const units = summary.data.fundingSummary.find((r: any) => r.province.code === p.code)?.units ?? 0;
        return { code: p.code, ratio: units / p.need.ownershipBacklog };
      })
      .sort((a: any, b: any) => b.ratio - a.ratio || a.code.localeCompare(b.code));
    expect(rows.map((r: any) => r.province!.code)).toEqual(expected.map((e: any) => e.code));
    expect(rows.reduce((t: number, r: any) => t + r.units, 0)).toBe(278_868);
  });

  it('3: FLPP by month, 2024 against 2025, nationally and for Jawa Barat, with the quota', async () => {
    const { data, errors } = await query(FlppMonthlyDocument, {});
    expect(errors).toBeUndefined();
    expect(data!.national).toHaveLength(24);
    expect(data!.province).toHaveLength(24);
    expect(data!.national!.filter((p: any) => p.year === 2025).reduce((t: number, p: any) => t + p.units, 0)).toBe(278_868);
    expect(data!.national![0]!.target).toMatchObject({ kind: 'QUOTA', units: 200_000 });
  });

  it('4: BSPS per year since 2018 by PK / PB, delivered units with the plans beside them', async () => {
    const { data, errors } = await query(BspsByCategoryDocument, {});
    expect(errors).toBeUndefined();
    const year = (y: number) => data!.fundingSeries!.filter((p: any) => p.year === y);
    expect(year(2023).reduce((t: number, p: any) => t + p.units, 0)).toBe(149_539);
    expect(year(2024).reduce((t: number, p: any) => t + p.units, 0)).toBe(0);
    expect(year(2024)[0]!.target).toMatchObject({ kind: 'PLAN', units: 55_046 });
  });

  it('5: 2026 proposals above the RTLH of their kab/kota, largest excess first', async () => {
    // No demo proposal asks for more than its kab/kota's RTLH: one that does is submitted, as a desk would meet it.
    const big = await mutate(
      `mutation { submitProposal(input: { idempotencyKey: "q5-2026", regencyCode: "52.02", scheme: BSPS, fiscalYear: 2026, proposedUnits: 500000, proposer: "Dinas Perkim Lombok Tengah" }) { id } }`,
    );
    expect(big.errors).toBeUndefined();
    const { data, errors } = await query(ProposalsAgainstNeedDocument, { first: null });
    expect(errors).toBeUndefined();
    const rows = data!.nation!.proposalsAgainstNeed!;
    const rtlh = await query('{ provinces { regencies { code latestNeed { uninhabitableHomes } } } }');
    const need = new Map<string, number | null>(
      rtlh.data.provinces.flatMap((p: any) => p.regencies.map((r: any) => [r.code, r.latestNeed?.uninhabitableHomes ?? null])),
    );
    const all: { id: string; proposedUnits: number; regency: { code: string } }[] = [];
    let after: string | null = null;
    do {
      const page: any = await query(
        'query ($after: String) { proposals(first: 100, after: $after, filter: { fiscalYear: 2026 }) { nodes { id proposedUnits regency { code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      all.push(...page.data.proposals.nodes);
      after = page.data.proposals.pageInfo.hasNextPage ? page.data.proposals.pageInfo.endCursor : null;
    } while (after);
    const exceeding = all.filter((p: any) => need.get(p.regency.code) == null || p.proposedUnits > need.get(p.regency.code)!);
    expect(exceeding.length).toBeGreaterThan(0);
    expect(rows.map((r: any) => r.proposal.id).sort()).toEqual(exceeding.map((p: any) => p.id).sort());
    expect(rows[0]!.proposal.id).toBe(big.data.submitProposal.id);
    for (const row of rows) {
      expect(row.comparison).toBe(row.rtlh === null ? 'NO_NEED_DATA' : 'EXCEEDS_NEED');
      if (row.rtlh !== null) expect(row.proposal.proposedUnits - row.rtlh).toBe(row.excess);
      if (row.rtlh !== null) expect(row.excess).toBeGreaterThan(0);
      expect(row.rtlh).toBe(need.get(row.proposal.regency.code));
    }
    const excess = rows.filter((r: any) => r.excess !== null).map((r: any) => r.excess!);
    expect(excess).toEqual([...excess].sort((a: number, b: number) => b - a));
  });

  it('5: lists a proposal submitted above the RTLH of its kab/kota', async () => {
    // Kabupaten Lombok Barat: the only 2027 proposal, far above any RTLH count; the other years' are not listed.
    const big = await mutate(
      `mutation { submitProposal(input: { idempotencyKey: "q5-big", regencyCode: "52.01", scheme: BSPS, fiscalYear: 2027, proposedUnits: 999999, proposer: "Dinas Perkim Lombok Barat" }) { id } }`,
    );
    expect(big.errors).toBeUndefined();
    const { data } = await query(ProposalsAgainstNeedDocument, { fiscalYear: 2027 });
    expect(data!.nation!.proposalsAgainstNeed).toEqual([
      expect.objectContaining({
        comparison: 'EXCEEDS_NEED',
        proposal: expect.objectContaining({ id: big.data.submitProposal.id, proposedUnits: 999_999 }),
      }),
    ]);
  });

  it('9: CSR by province since 2020, beside BSPS, ordered by province and year', async () => {
    const { data, errors } = await query(CsrBesideBspsDocument, {});
    expect(errors).toBeUndefined();
    const rows = data!.fundingSummary!;
    const csr2023 = rows.filter((r: any) => r.scheme === 'CSR' && r.year === 2023).reduce((t: number, r: any) => t + r.units, 0);
    expect(csr2023).toBe(7_500);
    const keys = rows.map((r: any) => `${r.province!.code}/${r.year}`);
    expect(keys).toEqual([...keys].sort());
    // Within an area and year: CSR first, BSPS beside it.
    const first = rows
      .filter((r: any) => r.province!.code === rows[0]!.province!.code && r.year === rows[0]!.year)
      .map((r: any) => r.scheme);
    expect(first[0]).toBe('CSR');
  });

  it('10: kab/kota that attended a coordination meeting without a verified 2026 proposal', async () => {
    const { data, errors } = await query(AttendedWithoutVerifiedProposalDocument, {});
    expect(errors).toBeUndefined();
    const rows = data!.nation!.attendeesWithoutVerifiedProposal!;
    expect(rows.length).toBeGreaterThan(0);
    for (const regency of rows) {
      expect(regency.meetings!.some((m: any) => m.kind === 'RAKOR' || m.kind === 'RAKORNIS')).toBe(true);
      expect(regency.proposals!.every((p: any) => !['ADMIN_VERIFIED', 'TECH_VERIFIED', 'APPROVED'].includes(p.status))).toBe(
        true,
      );
    }
    // And none is missing: every attendee with no verified proposal is listed.
    const attendees = await query(
      '{ meetings(first: 100, filter: { kinds: [RAKOR, RAKORNIS] }) { nodes { regencies { code proposals(fiscalYear: 2026) { status } } } } }',
    );
    const expected = new Set<string>(
      attendees.data.meetings.nodes
        .flatMap((m: any) => m.regencies)
        .filter((r: any) => r.proposals.every((p: any) => !['ADMIN_VERIFIED', 'TECH_VERIFIED', 'APPROVED'].includes(p.status)))
        .map((r: any) => r.code),
    );
    expect(rows.map((r: any) => r.code)).toEqual([...expected].sort());
  });

  it('top 10 kab/kota by RTLH and the search box, as committed operations', async () => {
    const top = await query(TopRtlhRegenciesDocument, {});
    expect(top.errors).toBeUndefined();
    expect(top.data!.regencies!.nodes).toHaveLength(10);
    const search = await query(SearchAreasDocument, { text: 'bekasi' });
    expect(
      search
        .data!.searchAreas.slice(0, 2)
        .map((a: any) => a.code)
        .sort(),
    ).toEqual(['32.16', '32.75']);
  });
});
