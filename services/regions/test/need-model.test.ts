import { describe, expect, it } from '@jest/globals';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { parseCsv, readDataFile } from '../src/data-files.js';
import { buildNeedModel } from '../src/demo/need-model.js';
import { NeedIndicator } from '../src/need-indicator.enum.js';

async function model() {
  const [frame, national, regional] = await Promise.all([
    loadAreaFrame(),
    readDataFile('national_backlog.csv').then(parseCsv),
    readDataFile('regional_figures.csv').then(parseCsv),
  ]);
  return { frame, national, model: buildNeedModel(frame, national, regional) };
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
      sum(m.observations.filter((o) => o.area_level === 'REGENCY' && o.year === 2023 && o.indicator === indicator).map((o) => o.value));
    expect(of(NeedIndicator.OWNERSHIP_BACKLOG)).toBe(9_900_000);
    expect(of(NeedIndicator.HABITABILITY_BACKLOG)).toBe(14_840_000);
  });

  it('keeps a published province figure: Jawa Barat 2023 sums to 2,070,000', async () => {
    const { model: m } = await model();
    const jabar = m.observations.filter(
      (o) => o.area_level === 'REGENCY' && o.year === 2023 && o.indicator === NeedIndicator.OWNERSHIP_BACKLOG && o.area_code.startsWith('32.'),
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
