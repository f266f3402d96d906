import { beforeAll, describe, expect, it } from '@jest/globals';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture();

interface Part {
  financingSource?: string | null;
  units: number;
  amountIdr: string;
}
const total = (parts: readonly Part[]) => ({
  units: parts.reduce((t, p) => t + p.units, 0),
  amountIdr: parts.reduce((t, p) => t + BigInt(p.amountIdr), 0n).toString(),
});
const bySource = (parts: readonly Part[]) =>
  Object.fromEntries(parts.map((p) => [p.financingSource, { units: p.units, amountIdr: p.amountIdr }]));

beforeAll(async () => {
  // The demo facts name no financing source (each counts as its scheme's own: APBN for BSPS). Three NTB
  // kab/kota get provincial, kab/kota and CSR money, written straight to the facts: the rollup follows.
  const programs = fixture.hub.services.find((service) => service.name === 'programs')!;
  const connection = programs.orm.em.getConnection();
  for (const [regency, source] of [
    ['52.01', 'APBD_PROVINCE'],
    ['52.02', 'APBD_REGENCY'],
    ['52.03', 'CSR'],
  ]) {
    await connection.execute(
      `update programs.realization set financing_source = ? where regency_code = ? and year = 2025 and scheme = 'BSPS'`,
      [source, regency],
    );
  }
});

describe('funding by financing source (sumber dana)', () => {
  it('splits BSPS realization in NTB 2025 by source: the parts add up to the scheme total, and funding, fundingSummary and fundingBreakdown agree', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query FundingSourcesNtbBsps {
        province(code: "52") {
          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr financingSource }
          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { scheme financingSource units amountIdr }
          apbd: funding(year: 2025, schemes: [BSPS], financingSources: [APBD_PROVINCE, APBD_REGENCY]) { units amountIdr }
        }
        summary: fundingSummary(year: 2025, provinceCode: "52", schemes: [BSPS], byFinancingSource: true) { province { code } scheme financingSource units amountIdr }
        apbn: fundingSummary(year: 2025, provinceCode: "52", schemes: [BSPS], financingSources: [APBN]) { financingSource units amountIdr }
        breakdown: fundingBreakdown(year: 2025, scheme: BSPS, by: FINANCING_SOURCE, provinceCode: "52") { financingSource units amountIdr }
      }`),
    );
    expect(errors).toBeUndefined();
    const province = data!.province!;
    const [schemeTotal] = province.total!;
    expect(schemeTotal!.financingSource).toBeNull();
    expect(schemeTotal!.units).toBeGreaterThan(0);

    const split = province.split!;
    // In the order of the codes, as every list of fundingSummary (area, scheme, year, financing source).
    expect(split.map((p) => p.financingSource)).toEqual(['APBD_PROVINCE', 'APBD_REGENCY', 'APBN', 'CSR']);
    expect(split.every((p) => p.scheme === 'BSPS' && p.units > 0)).toBe(true);
    expect(total(split)).toEqual({ units: schemeTotal!.units, amountIdr: schemeTotal!.amountIdr });

    expect(bySource(data!.summary!)).toEqual(bySource(split));
    expect(data!.summary!.every((row) => row.province?.code === '52')).toBe(true);
    expect(bySource(data!.breakdown!)).toEqual(bySource(split));

    const parts = bySource(split);
    expect(total(province.apbd!)).toEqual(total([parts.APBD_PROVINCE!, parts.APBD_REGENCY!]));
    expect(data!.apbn!).toHaveLength(1);
    expect(data!.apbn![0]).toMatchObject({ financingSource: null, ...parts.APBN });
  });

  it('serves the source of one kab/kota, and the national summary by source adds up to the national total', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query FundingSourcesRegencyAndNation {
        regency(code: "52.01") {
          total: funding(year: 2025, schemes: [BSPS]) { units amountIdr }
          split: funding(year: 2025, schemes: [BSPS], byFinancingSource: true) { financingSource units amountIdr }
        }
        nation: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR]) { scheme year units amountIdr }
        nationBySource: fundingSummary(years: [2023, 2025], schemes: [BSPS, CSR], byFinancingSource: true) { scheme year financingSource units amountIdr }
      }`),
    );
    expect(errors).toBeUndefined();
    const regency = data!.regency!;
    expect(regency.split!.map((p) => p.financingSource)).toEqual(['APBD_PROVINCE']);
    expect(total(regency.split!)).toEqual(total(regency.total!));
    // CSR has figures in 2023 (not 2025); BSPS in both.
    for (const [scheme, year] of [
      ['BSPS', 2023],
      ['BSPS', 2025],
      ['CSR', 2023],
    ] as const) {
      const whole = data!.nation!.filter((row) => row.scheme === scheme && row.year === year);
      const parts = data!.nationBySource!.filter((row) => row.scheme === scheme && row.year === year);
      expect(whole).toHaveLength(1);
      expect(total(parts)).toEqual(total(whole));
    }
    // A CSR fact naming no source counts as CSR money.
    expect(data!.nationBySource!.filter((row) => row.scheme === 'CSR').map((row) => row.financingSource)).toEqual(['CSR']);
  });

  it('refuses a financing source that does not exist', async () => {
    const { errors } = await fixture.send({}, 'query { fundingSummary(year: 2025, financingSources: [LOTTERY]) { units } }');
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(errors?.[0]?.extensions?.code);
  });
});
