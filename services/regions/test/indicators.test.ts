import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startService, type RunningService } from '@housing-hub/subgraph-kit';
import {
  callerHeaders,
  createTestDatabase,
  graphqlClient,
  SqlCounter,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
} from '@housing-hub/testing';
import { parseCsv } from '../src/data-files.js';
import { buildPublishedFigures, loadIndicatorValues } from '../src/published-figures.js';
import { regionsService } from '../src/regions.subgraph.js';
import { graphql } from './generated/index.js';

let database: TestDatabase;
let service: RunningService;
const queryService = graphqlClient(
  () => service.server.url,
  () => callerHeaders(),
);
const sql = new SqlCounter();

beforeAll(async () => {
  database = await createTestDatabase();
  service = await startService(regionsService, {
    connection: database.connection,
    port: 0,
    onSql: sql.onSql,
    internalSecret: TEST_INTERNAL_SECRET,
  });
}, 120_000);

afterAll(async () => {
  await service?.close();
  await database?.drop();
});

describe('indicators of any unit', () => {
  it('answers the need of the nation in one query, as published', async () => {
    const { data, errors } = await queryService(
      graphql(`query NationNeed2023 {
        nation {
          need(year: 2023) { areaCode year ownershipBacklog habitabilityBacklog ownershipBacklogSource { url modeled } }
          indicators(year: 2023, codes: ["OWNERSHIP_BACKLOG_PCT", "NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS"]) {
            indicator { code unit } value
          }
        }
      }`),
    );
    expect(errors).toBeUndefined();
    expect(data!.nation!.need).toMatchObject({
      areaCode: '00',
      year: 2023,
      ownershipBacklog: 9_900_000,
      habitabilityBacklog: 14_840_000,
      ownershipBacklogSource: { modeled: false },
    });
    expect(data!.nation!.indicators).toEqual([
      { indicator: { code: 'OWNERSHIP_BACKLOG_PCT', unit: '%' }, value: '13.56' },
      { indicator: { code: 'NO_ACCESS_TO_LAYAK_HUNI_MILLION_HOUSEHOLDS', unit: 'million households' }, value: '26.9' },
    ]);
  });

  it('keeps every digit of a decimal from the import file to the answer (37.98, 0.05, 17.00)', async () => {
    const file = [
      'kode_wilayah,level,name,year,indicator,value,unit,source_url,note',
      '53.01,regency,Kabupaten Kupang,2024,rumah_kumuh_pct,0.05,%,https://example.org/round-trip,test',
      '53.01,regency,Kabupaten Kupang,2024,homeownership_pct,37.98,%,https://example.org/round-trip,test',
      '53.01,regency,Kabupaten Kupang,2024,kontrak_sewa_pct,17.00,%,https://example.org/round-trip,test',
    ].join('\n');
    const figures = buildPublishedFigures([], parseCsv(file));
    await loadIndicatorValues(service.orm.em.fork(), figures.sources, figures.values);
    const { data, errors } = await queryService(
      graphql(
        `query RoundTrip { regency(code: "53.01") { indicators(year: 2024) { indicator { code } value source { url } } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    expect(data!.regency!.indicators.map((v) => [v.indicator.code, v.value])).toEqual([
      ['HOMEOWNERSHIP_PCT', '37.98'],
      ['SLUM_HOUSING_PCT', '0.05'],
      ['RENTED_HOUSING_PCT', '17.00'],
    ]);
  });

  it('serves the indicators of every province of a list in one statement', async () => {
    const { count, result } = await sql.measure(() =>
      queryService(
        graphql(`query AllProvinceSlums { provinces { code indicators(codes: ["SLUM_HOUSING_PCT"], year: 2023) { value } } }`),
      ),
    );
    expect(result.errors).toBeUndefined();
    const papua = result.data!.provinces!.find((p) => p.code === '91')!;
    expect(papua.indicators).toEqual([{ value: '37.98' }]);
    expect(count).toBe(2);
  });

  it('refuses a year out of range with a stable code', async () => {
    const { errors } = await queryService(graphql(`query BadIndicatorYear { nation { indicators(year: 1800) { value } } }`));
    expect(errors?.[0]?.extensions?.code).toBe('YEAR_OUT_OF_RANGE');
  });
});

describe('modeled slum and SPM indicators, and pendataan', () => {
  it('calibrates slum households to the published slum share of each province, and labels every value modeled', async () => {
    const { data, errors } = await queryService(
      graphql(`query SlumCalibration {
        provinces {
          code
          regencies {
            code
            need(year: 2023) { households }
            indicators(year: 2023, codes: ["SLUM_HOUSEHOLDS", "SLUM_AREA_HA", "SPM_DRINKING_WATER_PCT", "SPM_SANITATION_PCT"]) {
              indicator { code unit } value source { modeled }
            }
          }
        }
      }`),
    );
    expect(errors).toBeUndefined();
    const published: Record<string, number> = { '53': 21.9, '31': 19.27, '34': 1.85, '32': 11.66 };
    const totals = new Map<string, { households: number; slum: number }>();
    for (const province of data!.provinces!) {
      let households = 0;
      let slum = 0;
      for (const regency of province.regencies) {
        expect(regency.indicators.map((v) => v.indicator.code).sort()).toEqual([
          'SLUM_AREA_HA',
          'SLUM_HOUSEHOLDS',
          'SPM_DRINKING_WATER_PCT',
          'SPM_SANITATION_PCT',
        ]);
        for (const value of regency.indicators) expect(value.source.modeled).toBe(true);
        households += regency.need!.households!;
        slum += Number(regency.indicators.find((v) => v.indicator.code === 'SLUM_HOUSEHOLDS')!.value);
      }
      const share = published[province.code];
      if (share !== undefined) expect(Math.abs((slum / households) * 100 - share)).toBeLessThan(0.01);
      totals.set(province.code, { households, slum });
    }
    // Papua's 37.98% was published before the 2022 split: it calibrates Papua and the three provinces split
    // from it together, not today's smaller Papua alone.
    const papua = ['91', '93', '94', '95'].map((code) => totals.get(code)!);
    const papuaShare = (papua.reduce((t, p) => t + p.slum, 0) / papua.reduce((t, p) => t + p.households, 0)) * 100;
    expect(Math.abs(papuaShare - 37.98)).toBeLessThan(0.01);
  });

  it("says that Papua's published slum share covers the province before its 2022 split", async () => {
    const { data, errors } = await queryService(
      graphql(
        `query PapuaPreSplitSlumShare { province(code: "91") { indicators(codes: ["SLUM_HOUSING_PCT"], year: 2023) { value note source { modeled } } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    const [share] = data!.province!.indicators;
    expect(share).toMatchObject({ value: '37.98', source: { modeled: false } });
    expect(share!.note).toMatch(/^Published for the province before its 2022 split .*91, 93, 94, 95/);
  });

  it("serves the modeled pendataan of NTT's 22 kab/kota for fiscal year 2025", async () => {
    const { data, errors } = await queryService(
      graphql(
        `query NttPendataan { province(code: "53") { regencies { code pendataan(fiscalYear: 2025) { targetHouseholds surveyed verified asOf source { modeled url } } } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    const regencies = data!.province!.regencies;
    expect(regencies).toHaveLength(22);
    for (const regency of regencies) {
      expect(regency.pendataan).toHaveLength(1);
      const [progress] = regency.pendataan;
      expect(progress!.verified).toBeLessThanOrEqual(progress!.surveyed);
      expect(progress!.surveyed).toBeLessThanOrEqual(progress!.targetHouseholds);
      expect(progress).toMatchObject({ asOf: '2025-12-04', source: { modeled: true } });
    }
  });
});
