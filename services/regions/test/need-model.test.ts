import { describe, expect, it } from '@jest/globals';
import { loadAreaFrame, loadVillageCounts } from '@housing-hub/reference-frame';
import { parseCsv, readDataFile } from '../src/data-files.js';
import { buildNeedModel } from '../src/demo/need-model.js';
import { NeedIndicator } from '../src/need-indicator.enum.js';

async function model() {
  const [frame, national, regional, villages] = await Promise.all([
    loadAreaFrame(),
    readDataFile('national_backlog.csv').then(parseCsv),
    readDataFile('regional_figures.csv').then(parseCsv),
    loadVillageCounts(),
  ]);
  return { frame, national, model: buildNeedModel(frame, national, regional, villages) };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the modeled need of the demo dataset', () => {
  it('sums over all kab/kota to the published national backlog kepemilikan of every year', async () => {
    const { national, model: m } = await model();
    for (const row of national) {
      const year = Number(row.year);
      const total = sum(
        m.observations
          .filter((o) => o.area_level === 'REGENCY' && o.year === year && o.indicator === NeedIndicator.OWNERSHIP_BACKLOG)
          .map((o) => o.value),
      );
      expect(total).toBe(Math.round(Number(row.backlog_kepemilikan_juta_rt) * 1_000_000));
    }
  });

  it('gives 2023 a national backlog kepemilikan of exactly 9,900,000 and kelayakan of 14,840,000', async () => {
    const { model: m } = await model();
    const of = (indicator: NeedIndicator) =>
      sum(
        m.observations
          .filter((o) => o.area_level === 'REGENCY' && o.year === 2023 && o.indicator === indicator)
          .map((o) => o.value),
      );
    expect(of(NeedIndicator.OWNERSHIP_BACKLOG)).toBe(9_900_000);
    expect(of(NeedIndicator.HABITABILITY_BACKLOG)).toBe(14_840_000);
  });

  it('keeps a published province figure: Jawa Barat 2023 sums to 2,070,000', async () => {
    const { model: m } = await model();
    const jabar = m.observations.filter(
      (o) =>
        o.area_level === 'REGENCY' &&
        o.year === 2023 &&
        o.indicator === NeedIndicator.OWNERSHIP_BACKLOG &&
        o.area_code.startsWith('32.'),
    );
    expect(sum(jabar.map((o) => o.value))).toBe(2_070_000);
    const own = m.observations.find((o) => o.area_level === 'PROVINCE' && o.area_code === '32' && o.year === 2023);
    expect(own?.value).toBe(2_070_000);
    expect(m.sources.find((s) => s.code === own?.source_code)?.modeled).toBe(false);
  });

  it('never gives a kab/kota more backlog than households', async () => {
    const { model: m } = await model();
    const households = new Map(
      m.observations.filter((o) => o.indicator === NeedIndicator.HOUSEHOLDS).map((o) => [`${o.area_code}@${o.year}`, o.value]),
    );
    for (const o of m.observations) {
      if (o.indicator === NeedIndicator.HOUSEHOLDS || !households.has(`${o.area_code}@${o.year}`)) continue;
      expect(o.value).toBeLessThan(households.get(`${o.area_code}@${o.year}`)!);
    }
  });

  it('is deterministic', async () => {
    const first = (await model()).model;
    const second = (await model()).model;
    expect(second.observations).toEqual(first.observations);
  });
});

describe('plausible kab/kota figures', () => {
  it('keeps small kab/kota and kota at their scale: Kepulauan Seribu, Kota Sukabumi, Kota Bima', async () => {
    const { model: m } = await model();
    const value = (code: string, indicator: NeedIndicator) =>
      m.observations.find((o) => o.area_code === code && o.year === 2023 && o.indicator === indicator)!.value;
    // Kepulauan Seribu: six island kelurahan, about 28,000 people.
    expect(value('31.01', NeedIndicator.HOUSEHOLDS)).toBeLessThan(100_000);
    expect(value('31.01', NeedIndicator.HOUSEHOLDS)).toBeLessThan(value('31.74', NeedIndicator.HOUSEHOLDS) / 5);
    // Kota Sukabumi is a town beside a large kabupaten of the same name.
    expect(value('32.72', NeedIndicator.UNINHABITABLE_HOMES)).toBeLessThan(20_000);
    expect(value('32.72', NeedIndicator.HOUSEHOLDS)).toBeLessThan(value('32.02', NeedIndicator.HOUSEHOLDS) / 2);
    // A kota has fewer RTLH per household than the kabupaten around it.
    const rtlhShare = (code: string) => value(code, NeedIndicator.UNINHABITABLE_HOMES) / value(code, NeedIndicator.HOUSEHOLDS);
    expect(rtlhShare('52.72')).toBeLessThan(rtlhShare('52.06'));
  });

  it('gives no kab/kota more households than the largest real one (Kabupaten Bogor, about 1.5 million)', async () => {
    const { model: m } = await model();
    const households = m.observations.filter(
      (o) => o.area_level === 'REGENCY' && o.year === 2023 && o.indicator === NeedIndicator.HOUSEHOLDS,
    );
    for (const row of households) expect(row.value).toBeLessThan(1_500_000);
  });
});
