import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { readCsv } from '@housing-hub/import-kit';
import { NATIONAL_BACKLOG_COLUMNS, REGIONAL_INDICATORS } from '@housing-hub/regions';
import type { ReferenceRegionalQuery } from './generated/graphql.js';
import { graphql } from './generated/index.js';
import { useHubFixture } from './hub-fixture.js';

/*
 * Every published figure of the reference files (copied into services/regions/data and
 * services/programs/data with their provenance) is served by the graph at its area and year, equal
 * to the published value. The files are read here: a new row is checked too, and a new column or
 * indicator without a place in the graph fails the test. Rows whose note says UNVERIFIED are left
 * out, as PROVENANCE.md says.
 */

const fixture = useHubFixture();

async function rows(path: string): Promise<Record<string, string>[]> {
  const text = await readFile(new URL(`../../services/${path}`, import.meta.url), 'utf8');
  return readCsv(text)
    .rows.map((row) => row.cells as Record<string, string>)
    .filter((row) => !/unverified/i.test(row.note ?? ''));
}

/** "34.64" trillion rupiah as exact integer rupiah, without a float. */
function trillionRupiah(text: string): string {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(`${whole}${fraction.padEnd(12, '0')}`).toString();
}

const NOT_FIGURES = new Set(['year', 'source_url', 'note']);

describe('every published reference figure is in the graph', () => {
  it('national_backlog.csv: every series of the nation, at its year, as published, and the nation need', async () => {
    const published = await rows('regions/data/national_backlog.csv');
    const { data, errors } = await fixture.query(
      graphql(`query ReferenceNation { nation { indicators { indicator { code unit } year period value source { url modeled } }
          need(year: 2023) { ownershipBacklog habitabilityBacklog } } }`),
    );
    expect(errors).toBeUndefined();
    const nation = data!.nation!;
    let compared = 0;
    for (const row of published) {
      for (const [column, text] of Object.entries(row)) {
        if (NOT_FIGURES.has(column) || text === '') continue;
        const code = NATIONAL_BACKLOG_COLUMNS[column];
        expect([column, code]).toEqual([column, expect.any(String)]);
        const served = nation.indicators.filter((v) => v.indicator.code === code && v.year === Number(row.year));
        expect({ column, year: row.year, served: served.map((v) => v.value) }).toEqual({
          column,
          year: row.year,
          served: [text],
        });
        expect(served[0]!.source).toEqual({ url: row.source_url, modeled: false });
        compared++;
      }
    }
    expect(compared).toBe(25);
    expect(nation.need).toEqual({ ownershipBacklog: 9_900_000, habitabilityBacklog: 14_840_000 });
  });

  it('regional_figures.csv: every figure at its area, year and period', async () => {
    const published = await rows('programs/data/regional_figures.csv');
    const { data, errors } = await fixture.query(
      graphql(`query ReferenceRegional { provinces {
        code indicators { indicator { code unit } year period value source { url } }
        regencies { code indicators { indicator { code unit } year period value source { url } } }
      } }`),
    );
    expect(errors).toBeUndefined();
    // A province or a kab/kota: its code and its indicators (the same selection on both).
    type Area = NonNullable<ReferenceRegionalQuery['provinces']>[number]['regencies'][number];
    const areas = new Map<string, Area>();
    for (const province of data!.provinces!) {
      areas.set(province.code, province);
      for (const regency of province.regencies) areas.set(regency.code, regency);
    }
    for (const row of published) {
      const code = REGIONAL_INDICATORS[row.indicator!];
      expect([row.indicator, code]).toEqual([row.indicator, expect.any(String)]);
      const area = areas.get(row.kode_wilayah!)!;
      const year = Number(/^\d{4}/.exec(row.year!)![0]);
      const period = row.year === String(year) ? null : row.year;
      const served = area.indicators.filter((v) => v.indicator.code === code && v.year === year && v.period === period);
      expect({ row: `${row.kode_wilayah} ${row.year} ${row.indicator}`, values: served.map((v) => v.value) }).toEqual({
        row: `${row.kode_wilayah} ${row.year} ${row.indicator}`,
        values: [row.value],
      });
      expect(served[0]!.source.url).toBe(row.source_url);
    }
  });

  it('national_flpp.csv: units, exact rupiah and quota of every year', async () => {
    const published = await rows('programs/data/national_flpp.csv');
    for (const row of published) {
      const { data, errors } = await fixture.query(
        graphql(`query ReferenceFlppYear($year: Int!) {
          fundingSummary(year: $year, schemes: [FLPP], groupBy: NATIONAL) { units amountIdr target { kind units } } }`),
        { year: Number(row.year) },
      );
      expect(errors).toBeUndefined();
      const served = data!.fundingSummary![0]!;
      expect({ year: row.year, units: served.units, amountIdr: served.amountIdr }).toEqual({
        year: row.year,
        units: Number(row.units),
        amountIdr: trillionRupiah(row.value_rp_triliun!),
      });
      if (row.target_units) expect(served.target).toEqual({ kind: 'QUOTA', units: Number(row.target_units) });
    }
  });

  it('national_bsps.csv: realized units as delivered, planned units and stated targets as targets, budgets exact', async () => {
    const published = await rows('programs/data/national_bsps.csv');
    const { data, errors } = await fixture.query(
      graphql(`query ReferenceTargets { programs { code targets { year kind units amountIdr province { code } } } }`),
    );
    expect(errors).toBeUndefined();
    const delivered = new Map<string, number | undefined>();
    for (const row of published) {
      const answer = await fixture.query(
        graphql(
          `query ReferenceBspsYear($year: Int!) { fundingSummary(year: $year, schemes: [BSPS], groupBy: NATIONAL) { units } }`,
        ),
        { year: Number(row.year) },
      );
      expect(answer.errors).toBeUndefined();
      delivered.set(row.year!, answer.data!.fundingSummary![0]?.units);
    }
    const targets = data!.programs!.find((p) => p.code === 'BSPS')!.targets.filter((t) => t.province == null);
    for (const row of published) {
      const planned = /^planned/.test(row.kind!);
      // A plan is served as the scheme's PLAN target (spread over areas as ALLOCATED only where the model has it).
      if (!planned)
        expect({ year: row.year, units: delivered.get(row.year!) }).toEqual({ year: row.year, units: Number(row.units) });
      const target = targets.find((t) => t.year === Number(row.year));
      if (planned) expect(target).toMatchObject({ kind: 'PLAN', units: Number(row.units) });
      if (row.budget_rp_triliun)
        expect({ year: row.year, budget: target!.amountIdr }).toEqual({
          year: row.year,
          budget: trillionRupiah(row.budget_rp_triliun),
        });
      const stated = /target (\d+)/.exec(row.kind!);
      if (stated) expect(target).toMatchObject({ kind: 'TARGET', units: Number(stated[1]) });
    }
  });

  it('national_psr.csv: Program Sejuta Rumah output of every year, with its MBR, non-MBR and CSR splits', async () => {
    const published = await rows('programs/data/national_psr.csv');
    const { data, errors } = await fixture.query(
      graphql(
        `query ReferenceSejutaRumah { programSejutaRumah { year unitsTotal unitsMbr unitsNonMbr unitsCsr note source { url modeled } } }`,
      ),
    );
    expect(errors).toBeUndefined();
    const byYear = new Map(data!.programSejutaRumah!.map((y) => [y.year, y]));
    const number = (text: string | undefined) => (text ? Number(text) : null);
    for (const row of published) {
      expect(byYear.get(Number(row.year))).toMatchObject({
        unitsTotal: number(row.units_total),
        unitsMbr: number(row.units_mbr),
        unitsNonMbr: number(row.units_non_mbr),
        unitsCsr: number(row.units_csr),
        source: { url: row.source_url, modeled: false },
      });
    }
  });
});

describe('national programmes', () => {
  it('Program 3 Juta Rumah 2025: target and progress by segment, nationally and for NTB, in one query; the segments add up', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query ReferenceProgram3JutaRumah {
      program3JutaRumah(year: 2025) {
        target { units ruralUnits urbanUnits }
        segmentRules { scheme segment reason }
        national: progress { units targetUnits segments { segment units targetUnits schemes { scheme units } } }
        ntb: progress(provinceCodes: ["52"]) { provinceCodes units segments { segment units schemes { scheme units } } }
        provinces { provinceCodes units }
      }
      flpp: fundingSummary(year: 2025, schemes: [FLPP, BSPS, CSR], groupBy: NATIONAL) { scheme units }
      ntbFunding: fundingSummary(year: 2025, provinceCode: "52", schemes: [FLPP, BSPS, CSR], groupBy: PROVINCE) { scheme units }
    }`),
    );
    expect(errors).toBeUndefined();
    const programme = data!.program3JutaRumah!;
    expect(programme.target).toEqual({ units: 3_000_000, ruralUnits: 2_000_000, urbanUnits: 1_000_000 });
    expect(programme.segmentRules.map((r) => `${r.scheme}:${r.segment}`)).toEqual(['BSPS:RURAL', 'CSR:RURAL', 'FLPP:URBAN']);
    for (const progress of [programme.national, programme.ntb]) {
      expect(progress.units).toBe(progress.segments.reduce((sum, s) => sum + s.units, 0));
      for (const segment of progress.segments) {
        expect(segment.units).toBe(segment.schemes.reduce((sum, s) => sum + s.units, 0));
      }
    }
    const units = (rows: { scheme: string; units: number }[] | null | undefined, scheme: string) =>
      rows!.find((r) => r.scheme === scheme)?.units ?? 0;
    const urban = programme.national.segments.find((s) => s.segment === 'URBAN');
    expect(urban).toMatchObject({ units: 278_868, targetUnits: 1_000_000 });
    expect(programme.national.units).toBe(units(data!.flpp, 'FLPP') + units(data!.flpp, 'BSPS') + units(data!.flpp, 'CSR'));
    expect(programme.ntb.units).toBe(
      units(data!.ntbFunding, 'FLPP') + units(data!.ntbFunding, 'BSPS') + units(data!.ntbFunding, 'CSR'),
    );
    expect(programme.provinces.reduce((sum, p) => sum + p.units, 0)).toBe(programme.national.units);
  });
});

describe('Program 3 Juta Rumah per BP3KP work area', () => {
  it('sums the provinces each BP3KP covers, as progress(provinceCodes) does', async () => {
    const { data, errors } = await fixture.query(
      graphql(`query ReferenceWorkAreas {
      agencies(kind: REGIONAL_UNIT) { shortName coveredProvinces { code } threeMillionHomes(year: 2025) { provinceCodes units segments { segment units } } }
      program3JutaRumah(year: 2025) { ntt: progress(provinceCodes: ["53"]) { units segments { segment units } } }
    }`),
    );
    expect(errors).toBeUndefined();
    const agencies = data!.agencies!;
    const units = agencies.flatMap((a) => (a.threeMillionHomes ? [a.threeMillionHomes.units] : []));
    expect(units.length).toBeGreaterThan(1);
    const ntt = agencies.find((a) => a.coveredProvinces?.length === 1 && a.coveredProvinces[0]!.code === '53')!;
    expect(ntt.threeMillionHomes).toEqual({ provinceCodes: ['53'], ...data!.program3JutaRumah!.ntt });
  });
});
