import { describe, expect, it } from '@jest/globals';
import {
  AllProvincesWithRegenciesDocument,
  NttRegenciesDocument,
  type NttRegenciesQuery,
  RegencyBacklogDocument,
  RegencyLookupDocument,
} from '@housing-hub/client';
import { useHubFixture } from './hub-fixture.js';
import { graphql } from './generated/index.js';
import type { GraphQLResponse } from '@housing-hub/testing';

const fixture = useHubFixture();

describe('regions through the gateway', () => {
  it('lists 38 provinces with 514 kab/kota in all', async () => {
    const { data, errors } = await fixture.query(AllProvincesWithRegenciesDocument);
    expect(errors).toBeUndefined();
    expect(data!.provinces).toHaveLength(38);
    const regencies = data!.provinces!.flatMap((p) => p.regencies);
    expect(regencies).toHaveLength(514);
    expect(new Set(regencies.map((r) => r.code)).size).toBe(514);
    for (const province of data!.provinces!)
      for (const regency of province.regencies) expect(regency.province.code).toBe(province.code);
  });

  it('finds Kabupaten Lombok Barat by its Kemendagri code, with its BPS code and province', async () => {
    const { data, errors } = await fixture.query(RegencyLookupDocument, { code: '52.01' });
    expect(errors).toBeUndefined();
    expect(data!.regency).toMatchObject({
      code: '52.01',
      bpsCode: '5201',
      name: 'Kabupaten Lombok Barat',
      kind: 'KABUPATEN',
      province: { code: '52', name: 'Nusa Tenggara Barat' },
    });
  });

  it('knows Kota Mataram is a KOTA', async () => {
    const { data } = await fixture.query(RegencyLookupDocument, { code: '52.71' });
    expect(data!.regency).toMatchObject({ name: 'Kota Mataram', kind: 'KOTA' });
  });

  it('returns null for an unknown but well-formed kab/kota code', async () => {
    const { data, errors } = await fixture.query(RegencyLookupDocument, { code: '52.99' });
    expect(errors).toBeUndefined();
    expect(data!.regency).toBeNull();
  });

  it('refuses a malformed code with INVALID_AREA_CODE and no stack trace', async () => {
    const response = await fixture.query(RegencyLookupDocument, { code: '5201x' });
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error!.extensions?.code).toBe('INVALID_AREA_CODE');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z]+ \(/);
  });

  it('refuses a year out of range with YEAR_OUT_OF_RANGE', async () => {
    const response = await fixture.query(RegencyLookupDocument, { code: '52.01', year: 1800 });
    expect(response.errors?.[0]?.extensions?.code).toBe('YEAR_OUT_OF_RANGE');
  });

  it('pages through all 22 kab/kota of NTT with no duplicate and no gap', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { data, errors }: GraphQLResponse<NttRegenciesQuery> = await fixture.query(NttRegenciesDocument, { after });
      expect(errors).toBeUndefined();
      expect(data!.regencies!.totalCount).toBe(22);
      seen.push(...data!.regencies!.nodes.map((n) => n.code));
      pages++;
      if (!data!.regencies!.pageInfo.hasNextPage) break;
      after = data!.regencies!.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(22);
    expect(new Set(seen).size).toBe(22);
    expect(seen).toEqual([...seen].sort());
    expect(seen.every((code) => code.startsWith('53.'))).toBe(true);
  });

  it('refuses a page larger than the maximum with INVALID_PAGE_SIZE', async () => {
    const response = await fixture.query(graphql(`query RegionsRegencies { regencies(first: 1000) { totalCount } }`));
    expect(response.errors?.[0]?.extensions?.code).toBe('INVALID_PAGE_SIZE');
  });

  it('sums the 2023 backlog kepemilikan of all kab/kota to exactly 9,900,000', async () => {
    const { data, errors } = await fixture.query(RegencyBacklogDocument, { year: 2023 });
    expect(errors).toBeUndefined();
    const total = data!.provinces!.flatMap((p) => p.regencies).reduce((sum: number, r) => sum + r.need!.ownershipBacklog!, 0);
    expect(total).toBe(9_900_000);
    for (const province of data!.provinces!) {
      const ofRegencies = province.regencies.reduce((sum: number, r) => sum + r.need!.ownershipBacklog!, 0);
      expect(province.need!.ownershipBacklog).toBe(ofRegencies);
    }
  });

  it('answers need(year) with the latest figures on or before that year, labelled modeled', async () => {
    const { data } = await fixture.query(RegencyLookupDocument, { code: '52.01', year: 2025 });
    expect(data!.regency!.need!.year).toBe(2023);
    expect(data!.regency!.need!.source.modeled).toBe(true);
    const before = await fixture.query(RegencyLookupDocument, { code: '52.01', year: 2014 });
    expect(before.data!.regency!.need).toBeNull();
  });

  it('serves a published province figure as published: Jawa Barat 2023', async () => {
    const { data } = await fixture.query(
      graphql(
        `query RegionsProvince { province(code: "32") { need(year: 2023) { year ownershipBacklog ownershipBacklogSource { modeled url } source { code modeled } } } }`,
      ),
    );
    // The figure is published; the need as a whole is not (its RTLH beside it is modeled), so it says "mixed".
    expect(data!.province!.need).toMatchObject({
      year: 2023,
      ownershipBacklog: 2_070_000,
      ownershipBacklogSource: { modeled: false },
      source: { code: 'MIXED', modeled: true },
    });
  });

  it('answers all 514 kab/kota with their province and need in a bounded number of SQL statements', async () => {
    const { count, result } = await fixture.sql.measure(() => fixture.query(RegencyBacklogDocument, { year: 2023 }));
    expect(result.errors).toBeUndefined();
    // provinces, their regencies, province need, regency need: one statement each, whatever the count.
    expect(count).toBeLessThanOrEqual(4);
    const lookup = await fixture.sql.measure(() => fixture.query(AllProvincesWithRegenciesDocument));
    expect(lookup.count).toBeLessThanOrEqual(3);
  });
});

describe('the gateway itself', () => {
  it('answers /health and /ready', async () => {
    const base = new URL(fixture.hub.url);
    const health = await fetch(new URL('/health', base));
    expect(health.status).toBe(200);
    const ready = await fetch(new URL('/ready', base));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { regions: 'ok' } });
  });
});
