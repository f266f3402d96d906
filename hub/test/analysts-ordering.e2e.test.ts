// biome-ignore-all lint/suspicious/noExplicitAny: these tests send their operations as strings (or read wide answers) and read the answers untyped
import { describe, expect, it } from '@jest/globals';
import { useHubFixture } from './hub-fixture.js';
import type { GraphQLResponse } from '@housing-hub/testing';

const fixture = useHubFixture();

/** Sends an operation through the gateway; string operations answer untyped data, read as such here. */
const query = (document: any, variables?: Record<string, unknown>): Promise<GraphQLResponse<any>> =>
  fixture.query(document, variables as never);

/** Every kab/kota's RTLH of a year, as `need(year)` serves it, to check the server's ranking against. */
async function allRtlh(year: number): Promise<{ code: string; rtlh: number | null }[]> {
  const { data } = await query(`{ provinces { regencies { code need(year: ${year}) { uninhabitableHomes } } } }`);
  return data.provinces.flatMap((p: any) =>
    p.regencies.map((r: any) => ({ code: r.code, rtlh: r.need?.uninhabitableHomes ?? null })),
  );
}

const byRtlhDesc = (a: { code: string; rtlh: number | null }, b: { code: string; rtlh: number | null }) =>
  (b.rtlh ?? -1) - (a.rtlh ?? -1) || a.code.localeCompare(b.code);

describe('ordering kab/kota and provinces in SQL', () => {
  const TOP_10 = `{ regencies(first: 10, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {
    totalCount nodes { code name need(year: 2023) { uninhabitableHomes } } } }`;

  it('gives the top 10 kab/kota by RTLH 2023 in one query, in the right order, in a bounded number of statements', async () => {
    const expected = (await allRtlh(2023)).sort(byRtlhDesc).slice(0, 10);
    const { count, result } = await fixture.sql.measure(() => query(TOP_10));
    expect(result.errors).toBeUndefined();
    const nodes = result.data.regencies.nodes;
    expect(nodes).toHaveLength(10);
    expect(result.data.regencies.totalCount).toBe(514);
    expect(nodes.map((n: any) => [n.code, n.need.uninhabitableHomes])).toEqual(expected.map((e) => [e.code, e.rtlh]));
    // The page and its count (regions), the need of the 10 (one batch): whatever the number of kab/kota.
    expect(count).toBeLessThanOrEqual(3);
  });

  it('pages through all 514 kab/kota under an ordering with no gap and no duplicate, ties broken by code', async () => {
    const expected = (await allRtlh(2023)).sort(byRtlhDesc).map((e) => e.code);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { data, errors }: GraphQLResponse<any> = await query(
        `query ($after: String) { regencies(first: 100, after: $after, orderBy: [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]) {
          nodes { code } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      seen.push(...data.regencies.nodes.map((n: any) => n.code));
      after = data.regencies.pageInfo.hasNextPage ? data.regencies.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it('orders by name', async () => {
    const { data, errors } = await query(
      `{ regencies(first: 100, provinceCode: "52", orderBy: [{ field: NAME }]) { nodes { name } } }`,
    );
    expect(errors).toBeUndefined();
    const names = data.regencies.nodes.map((n: any) => n.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('refuses a cursor made for another ordering', async () => {
    const first = await query('{ regencies(first: 1) { pageInfo { endCursor } } }');
    const { errors } = await query(
      `query ($after: String) { regencies(first: 1, after: $after, orderBy: [{ field: NAME }]) { nodes { code } } }`,
      { after: first.data.regencies.pageInfo.endCursor },
    );
    expect(errors?.[0]?.extensions?.code).toBe('INVALID_CURSOR');
  });

  it('ranks provinces by a need indicator of a year, as need(year) serves it, and keeps the first n', async () => {
    const all = await query('{ provinces { code need(year: 2023) { ownershipBacklog } } }');
    const expected = all.data.provinces
      .map((p: any) => ({ code: p.code, value: p.need.ownershipBacklog }))
      .sort((a: any, b: any) => b.value - a.value || a.code.localeCompare(b.code))
      .slice(0, 5);
    const { data, errors } = await query(
      '{ provinces(first: 5, orderBy: [{ field: OWNERSHIP_BACKLOG, direction: DESC, year: 2023 }]) { code need(year: 2023) { ownershipBacklog } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.provinces.map((p: any) => ({ code: p.code, value: p.need.ownershipBacklog }))).toEqual(expected);
    expect(data.provinces[0]).toMatchObject({ code: '32', need: { ownershipBacklog: 2_070_000 } });
  });
});

describe('filtering kab/kota', () => {
  it('takes lists of provinces and kinds, need ranges and hasNeedData', async () => {
    const { data, errors } = await query(`{
      some: regencies(first: 100, filter: { provinceCodes: ["52", "53"], kinds: [KOTA] }) { totalCount nodes { code kind } }
      big: regencies(first: 100, filter: { need: [{ indicator: UNINHABITABLE_HOMES, year: 2023, min: 30000 }] }, orderBy: [{ field: UNINHABITABLE_HOMES, year: 2023 }]) {
        totalCount nodes { need(year: 2023) { uninhabitableHomes } } }
      without: regencies(first: 10, filter: { hasNeedData: false }) { totalCount }
      before: regencies(first: 10, filter: { hasNeedData: true, needYear: 2014 }) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data.some.nodes.every((n: any) => n.kind === 'KOTA' && /^5[23]\./.test(n.code))).toBe(true);
    expect(data.some.totalCount).toBe(data.some.nodes.length);
    expect(data.some.totalCount).toBeGreaterThan(0);
    const values = data.big.nodes.map((n: any) => n.need.uninhabitableHomes);
    expect(values.every((v: number) => v >= 30_000)).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    // The demo dataset has need for every kab/kota, and nothing before 2015.
    expect(data.without.totalCount).toBe(0);
    expect(data.before.totalCount).toBe(0);
  });
});

describe('fundingSummary ordered, cut and over several years in SQL', () => {
  it('ranks provinces by FLPP units and keeps the first n, ties broken by area', async () => {
    const all = await query(
      '{ fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE) { province { code } units amountIdr } }',
    );
    const expected = all.data.fundingSummary
      .slice()
      .sort((a: any, b: any) => b.units - a.units || a.province.code.localeCompare(b.province.code))
      .slice(0, 5);
    const { count, result } = await fixture.sql.measure(() =>
      query(
        '{ fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: UNITS, direction: DESC }], first: 5) { province { code } units amountIdr } }',
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.fundingSummary).toEqual(expected);
    expect(count).toBeLessThanOrEqual(1);
    const byAmount = await query(
      '{ fundingSummary(year: 2025, schemes: [FLPP], groupBy: PROVINCE, orderBy: [{ field: AMOUNT, direction: DESC }], first: 3) { amountIdr } }',
    );
    const amounts = byAmount.data.fundingSummary.map((r: any) => BigInt(r.amountIdr));
    expect(amounts).toEqual([...amounts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('answers several years in one field: one row per scheme and year, each with its target', async () => {
    const { data, errors } = await query(
      '{ fundingSummary(years: [2023, 2024, 2025], schemes: [FLPP], orderBy: [{ field: YEAR }]) { year units target { kind units } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.fundingSummary).toEqual([
      { year: 2023, units: 229_000, target: null },
      { year: 2024, units: 200_086, target: { kind: 'QUOTA', units: 200_000 } },
      { year: 2025, units: 278_868, target: { kind: 'QUOTA', units: 350_000 } },
    ]);
    const none = await query('{ fundingSummary { units } }');
    expect(none.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('proposals filtered and ordered in SQL', () => {
  it('filters by lists and ranges, and orders by units with stable keyset pages', async () => {
    const filter =
      '{ fiscalYear: 2026, statuses: [SUBMITTED, ADMIN_VERIFIED], schemes: [BSPS], provinceCodes: ["52", "53", "32"], minUnits: 50 }';
    const seen: { id: string; units: number; status: string; code: string }[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: GraphQLResponse<any> = await query(
        `query ($after: String) { proposals(first: 7, after: $after, filter: ${filter}, orderBy: [{ field: PROPOSED_UNITS, direction: DESC }]) {
          totalCount nodes { id proposedUnits status scheme regency { code } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      total = page.data.proposals.totalCount;
      seen.push(
        ...page.data.proposals.nodes.map((n: any) => ({
          id: n.id,
          units: n.proposedUnits,
          status: n.status,
          code: n.regency.code,
        })),
      );
      after = page.data.proposals.pageInfo.hasNextPage ? page.data.proposals.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThan(7);
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    expect(
      seen.every((s) => ['SUBMITTED', 'ADMIN_VERIFIED'].includes(s.status) && s.units >= 50 && /^(52|53|32)\./.test(s.code)),
    ).toBe(true);
    const units = seen.map((s) => s.units);
    expect(units).toEqual([...units].sort((a, b) => b - a));
  });

  it('orders by status along the flow', async () => {
    const { data, errors } = await query(
      '{ proposals(first: 100, filter: { provinceCode: "52" }, orderBy: [{ field: STATUS }]) { nodes { status } } }',
    );
    expect(errors).toBeUndefined();
    const flow = ['DRAFT', 'SUBMITTED', 'ADMIN_VERIFIED', 'TECH_VERIFIED', 'APPROVED', 'REJECTED'];
    const ranks = data.proposals.nodes.map((n: any) => flow.indexOf(n.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('meetings ordered by date and filtered by lists', () => {
  it('lists the latest first, across pages, and filters by kinds and provinces', async () => {
    const pageAll = async (direction: 'ASC' | 'DESC') => {
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page: GraphQLResponse<any> = await query(
          `query ($after: String) { meetings(first: 2, after: $after, filter: { provinceCode: "52" }, orderBy: [{ field: STARTS_AT, direction: ${direction} }]) {
            nodes { id } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        expect(page.errors).toBeUndefined();
        ids.push(...page.data.meetings.nodes.map((m: any) => m.id));
        after = page.data.meetings.pageInfo.hasNextPage ? page.data.meetings.pageInfo.endCursor : null;
      } while (after);
      return ids;
    };
    const earliestFirst = await pageAll('ASC');
    expect(earliestFirst.length).toBeGreaterThan(2);
    expect(await pageAll('DESC')).toEqual([...earliestFirst].reverse());
    const filtered = await query(
      '{ meetings(first: 100, filter: { provinceCodes: ["52", "61"] }) { nodes { provinces { code } regencies { code } } } }',
    );
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data.meetings.nodes.length).toBeGreaterThan(0);
    for (const meeting of filtered.data.meetings.nodes) {
      const codes = [
        ...(meeting.provinces ?? []).map((p: any) => p.code),
        ...meeting.regencies.map((r: any) => r.code.slice(0, 2)),
      ];
      expect(codes.some((c: string) => c === '52' || c === '61')).toBe(true);
    }
  });
});
