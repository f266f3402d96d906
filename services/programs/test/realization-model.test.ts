import { describe, expect, it } from '@jest/globals';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import {
  buildRealizationModel,
  publishedBsps,
  publishedCsr,
  publishedFlpp,
  trillionToRupiah,
} from '../src/demo/realization-model.js';
import { readReferenceFiles } from '../src/programs.seed.js';
import { FundingScheme } from '../src/funding-scheme.enum.js';
import { UnitCategory } from '../src/unit-category.enum.js';

let built:
  | Promise<{
      frame: Awaited<ReturnType<typeof loadAreaFrame>>;
      files: Awaited<ReturnType<typeof readReferenceFiles>>;
      model: ReturnType<typeof buildRealizationModel>;
    }>
  | undefined;
/** Built once for the file: every test reads the same model. */
function model() {
  built ??= Promise.all([loadAreaFrame(), readReferenceFiles()]).then(([frame, files]) => ({
    frame,
    files,
    model: buildRealizationModel(frame, files),
  }));
  return built;
}

const units = (rows: { units: number }[]) => rows.reduce((total, row) => total + row.units, 0);
const rupiah = (rows: { amount_idr: string }[]) => rows.reduce((total, row) => total + BigInt(row.amount_idr), 0n);

describe('trillionToRupiah', () => {
  it('converts the published trillion-rupiah figures exactly', () => {
    expect(trillionToRupiah('34.64')).toBe(34_640_000_000_000n);
    expect(trillionToRupiah('7.60')).toBe(7_600_000_000_000n);
    expect(trillionToRupiah('3.2591')).toBe(3_259_100_000_000n);
    expect(trillionToRupiah('11')).toBe(11_000_000_000_000n);
    expect(() => trillionToRupiah('1,5')).toThrow();
  });
});

describe('the modeled realization of the demo dataset', () => {
  it('sums to the published FLPP units and value (to the rupiah) of every year 2019-2025', async () => {
    const { files, model: m } = await model();
    const flpp = publishedFlpp(files.flpp);
    expect(flpp.map((f) => f.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const published of flpp) {
      const rows = m.realizations.filter((r) => r.scheme === FundingScheme.FLPP && r.year === published.year);
      expect(units(rows)).toBe(published.units);
      expect(rupiah(rows)).toBe(published.valueIdr);
    }
    const y2025 = m.realizations.filter((r) => r.scheme === FundingScheme.FLPP && r.year === 2025);
    expect(units(y2025)).toBe(278_868);
    expect(rupiah(y2025)).toBe(34_640_000_000_000n);
  });

  it('reproduces the published regional FLPP figures of 2025', async () => {
    const { model: m } = await model();
    const flpp2025 = m.realizations.filter((r) => r.scheme === FundingScheme.FLPP && r.year === 2025);
    expect(units(flpp2025.filter((r) => r.province_code === '32'))).toBe(62_591);
    expect(units(flpp2025.filter((r) => r.regency_code === '32.16'))).toBe(14_702);
    // First-half 2025 figures: January to June.
    const firstHalf = (code: string) => units(flpp2025.filter((r) => r.regency_code === code && r.month! <= 6));
    expect(firstHalf('32.16')).toBe(6_667);
    expect(firstHalf('32.01')).toBe(4_566);
    expect(firstHalf('36.03')).toBe(3_810);
    expect(firstHalf('74.71')).toBe(2_934);
    expect(firstHalf('61.12')).toBe(2_318);
  });

  it('reaches 33 provinces and 401 kab/kota with FLPP in 2025, as published', async () => {
    const { model: m } = await model();
    const flpp2025 = m.realizations.filter((r) => r.scheme === FundingScheme.FLPP && r.year === 2025 && r.units > 0);
    expect(new Set(flpp2025.map((r) => r.province_code)).size).toBe(33);
    expect(new Set(flpp2025.map((r) => r.regency_code)).size).toBe(401);
  });

  it('holds FLPP by month and bank, BSPS by category, CSR by company', async () => {
    const { model: m } = await model();
    const problems: string[] = [];
    for (const row of m.realizations) {
      const where = `${row.scheme} ${row.regency_code} ${row.year}/${row.month}`;
      if (!(row.units > 0) || !(BigInt(row.amount_idr) > 0n)) problems.push(`${where}: empty row`);
      if (row.province_code !== row.regency_code.slice(0, 2)) problems.push(`${where}: province ${row.province_code}`);
      if (
        row.scheme === FundingScheme.FLPP &&
        (!(row.month! >= 1 && row.month! <= 12) || !/^(Bank|BPD) /.test(row.channel ?? ''))
      ) {
        problems.push(`${where}: FLPP needs a month and a bank`);
      }
      if (row.scheme === FundingScheme.BSPS && row.category !== UnitCategory.PK && row.category !== UnitCategory.PB)
        problems.push(`${where}: no PK/PB`);
      if (row.scheme === FundingScheme.CSR && !/CSR/.test(row.channel ?? '')) problems.push(`${where}: no company`);
    }
    expect(problems).toEqual([]);
    expect(new Set(m.realizations.filter((r) => r.scheme === FundingScheme.FLPP).map((r) => r.channel)).size).toBeGreaterThan(10);
  });

  it('sums to the published BSPS units of every year up to 2025, with the published PK/PB split', async () => {
    const { files, model: m } = await model();
    const bsps = publishedBsps(files.bsps).filter((b) => b.year <= 2025);
    expect(bsps.map((b) => b.year)).toEqual([2018, 2019, 2022, 2023, 2024, 2025]);
    for (const published of bsps) {
      const rows = m.realizations.filter((r) => r.scheme === FundingScheme.BSPS && r.year === published.year);
      expect(units(rows)).toBe(published.units);
      if (published.split) {
        expect(units(rows.filter((r) => r.category === UnitCategory.PK))).toBe(published.split.pk);
        expect(units(rows.filter((r) => r.category === UnitCategory.PB))).toBe(published.split.pb);
      }
    }
    expect(units(m.realizations.filter((r) => r.scheme === FundingScheme.BSPS && r.year === 2023))).toBe(149_539);
    // 2019: PK at Rp17.5 juta, PB at Rp35 juta a unit, as published.
    const rows2019 = m.realizations.filter((r) => r.scheme === FundingScheme.BSPS && r.year === 2019);
    expect(rupiah(rows2019)).toBe(198_500n * 17_500_000n + 8_000n * 35_000_000n);
  });

  it('sums to the published CSR units of Program Sejuta Rumah', async () => {
    const { files, model: m } = await model();
    const csr = publishedCsr(files.psr);
    expect(csr).toEqual(expect.arrayContaining([expect.objectContaining({ year: 2023, units: 7_500 })]));
    for (const published of csr) {
      expect(units(m.realizations.filter((r) => r.scheme === FundingScheme.CSR && r.year === published.year))).toBe(
        published.units,
      );
    }
  });

  it('keeps the FLPP quotas and BSPS plans as targets', async () => {
    const { model: m } = await model();
    expect(m.targets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ scheme: 'FLPP', year: 2025, kind: 'QUOTA', units: 350_000, province_code: null }),
        expect.objectContaining({ scheme: 'FLPP', year: 2024, kind: 'QUOTA', units: 200_000 }),
        expect.objectContaining({ scheme: 'BSPS', year: 2026, kind: 'PLAN', units: 400_000 }),
        expect.objectContaining({ scheme: 'BSPS', year: 2023, kind: 'TARGET', units: 150_421, amount_idr: '3340000000000' }),
      ]),
    );
  });

  it('labels every realization row with a modeled source', async () => {
    const { model: m } = await model();
    const modeled = new Set(m.sources.filter((s) => s.modeled).map((s) => s.code));
    expect(m.realizations.filter((row) => !modeled.has(row.source_code))).toEqual([]);
  });

  it('is deterministic', async () => {
    const { frame, files, model: a } = await model();
    const b = buildRealizationModel(frame, files);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.realizations.length).toBeGreaterThan(10_000);
  });
});

describe('calibration to the published regional FLPP figures', () => {
  it('reproduces Kabupaten Bekasi 2024 to 17 May (4,810 units): Jan-Apr plus 17/31 of May', async () => {
    const { model: m } = await model();
    const bekasi = m.realizations.filter((r) => r.scheme === FundingScheme.FLPP && r.year === 2024 && r.regency_code === '32.16');
    const month = (n: number) => units(bekasi.filter((r) => r.month === n));
    expect(month(1) + month(2) + month(3) + month(4) + Math.round((month(5) * 17) / 31)).toBe(4_810);
    // The year goes on at a similar pace, far above the figure to May.
    expect(units(bekasi)).toBeGreaterThan(4_810 * 2);
  });

  it('keeps the published FLPP 2025 province order: Jawa Barat, Jawa Tengah, Sulawesi Selatan, Banten, Jawa Timur', async () => {
    const { model: m } = await model();
    const byProvince = new Map<string, number>();
    for (const row of m.realizations.filter((r) => r.scheme === FundingScheme.FLPP && r.year === 2025)) {
      byProvince.set(row.province_code, (byProvince.get(row.province_code) ?? 0) + row.units);
    }
    const ranked = [...byProvince.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked.slice(0, 5)).toEqual(['32', '33', '73', '36', '35']);
    expect(byProvince.get('32')).toBe(62_591);
  });
});

describe('FLPP banks', () => {
  it('pays FLPP 2025 out through the 40 banks published', async () => {
    const { model: m } = await model();
    const banks = new Set(m.realizations.filter((r) => r.scheme === FundingScheme.FLPP && r.year === 2025).map((r) => r.channel));
    expect(banks.size).toBe(40);
    expect(banks.has('Bank BTN')).toBe(true);
  });
});
