import { describe, expect, it } from '@jest/globals';
import { publishedBsps, publishedFlpp, readReferenceFiles } from '@housing-hub/programs';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture();

const sumUnits = (points: { units: number }[]) => points.reduce((t, p) => t + p.units, 0);

describe('funding series', () => {
  it('gives FLPP by month for 2024 and 2025, nationally and for Jawa Barat, each point with its source and the yearly quota', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query AnalystsSeriesFlppMonthly {
      national: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH) { year month units amountIdr modeled source { code } target { kind units } }
      jabar: fundingSeries(from: 2024, to: 2025, schemes: [FLPP], interval: MONTH, provinceCode: "32") { year month units target { kind units } }
    }`),
    );
    expect(errors).toBeUndefined();
    const flpp = publishedFlpp((await readReferenceFiles()).flpp);
    expect(data!.national).toHaveLength(24);
    for (const year of [2024, 2025]) {
      const points = data!.national.filter((p) => p.year === year);
      expect(points.map((p) => p.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      const published = flpp.find((f) => f.year === year)!;
      expect(sumUnits(points)).toBe(published.units);
      expect(points.reduce((t, p) => t + BigInt(p.amountIdr), 0n)).toBe(published.valueIdr);
      expect(points.every((p) => p.target?.kind === 'QUOTA' && p.target.units === published.quota && p.modeled && p.source)).toBe(
        true,
      );
    }
    expect(sumUnits(data!.jabar.filter((p) => p.year === 2025))).toBe(62_591);
    // No province quota is published: nothing is made up beside the province's points.
    expect(data!.jabar.every((p) => p.target === null)).toBe(true);
  });

  it('gives BSPS per year since 2018 split PK / PB: delivered where delivered, zero with the plan beside it where only planned', async () => {
    const { data, errors } = await fixture.query(
      graphql(
        `query AnalystsSeriesBspsByCategory { fundingSeries(from: 2018, to: 2025, schemes: [BSPS], byCategory: true) { year category units amountIdr target { kind units } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    const bsps = publishedBsps((await readReferenceFiles()).bsps);
    for (let year = 2018; year <= 2025; year++) {
      const points = data!.fundingSeries.filter((p) => p.year === year);
      expect(points.map((p) => p.category)).toEqual(['PB', 'PK']);
      const published = bsps.find((b) => b.year === year);
      if (!published) expect(sumUnits(points)).toBe(0);
      else if (published.planned) {
        expect(sumUnits(points)).toBe(0);
        expect(points[0].target).toEqual({ kind: 'PLAN', units: published.units });
      } else expect(sumUnits(points)).toBe(published.units);
    }
  });

  it('refuses a reversed range', async () => {
    const { errors } = await fixture.query(
      graphql(`query AnalystsSeriesReversed { fundingSeries(from: 2025, to: 2020) { units } }`),
    );
    expect(errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

describe('need series', () => {
  it('gives each year its own figures with their sources, never carried over', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query AnalystsSeriesNeed {
      province(code: "32") { needSeries(from: 2019, to: 2023, indicators: [OWNERSHIP_BACKLOG]) { year indicator value source { modeled } } }
      regency(code: "52.01") { needSeries(from: 2014, to: 2025) { year indicator value } }
    }`),
    );
    expect(errors).toBeUndefined();
    const jabar = data!.province!.needSeries;
    expect(jabar.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(jabar.find((p) => p.year === 2023)).toEqual({
      year: 2023,
      indicator: 'OWNERSHIP_BACKLOG',
      value: 2_070_000,
      source: { modeled: false },
    });
    const years = [...new Set(data!.regency!.needSeries.map((p) => p.year))];
    // The national series the model spreads: 2015 and 2019-2023; nothing for 2014 or after 2023.
    expect(years).toEqual([2015, 2019, 2020, 2021, 2022, 2023]);
  });
});
