import {
  apportionNumbers,
  type DemoSourceRow as SourceRow,
  provinceWeight,
  publishedSourceRow,
  regenciesByProvinceCode,
  stableFactor,
} from '@housing-hub/demo-kit';
import type { AreaFrame, FrameRegency, VillageCount } from '@housing-hub/reference-frame';
import { AreaLevel } from '../need-observation.entity.js';
import { NeedIndicator } from '../need-indicator.enum.js';
import { NATION_AREA_CODE } from '../nation-area.js';

export interface ObservationRow {
  area_code: string;
  area_level: AreaLevel | 'NATION';
  year: number;
  indicator: NeedIndicator;
  value: number;
  definition: string | null;
  source_code: string;
}

export interface NeedModel {
  sources: SourceRow[];
  observations: ObservationRow[];
}

/**
 * RTLH counts are not in the published national series; the demo models them as this share of the
 * habitability backlog (most households in unfit housing live in an RTLH).
 */
export const RTLH_SHARE_OF_HABITABILITY_BACKLOG = 0.45;

export const NEED_DEFINITIONS: Record<NeedIndicator, string> = {
  [NeedIndicator.HOUSEHOLDS]: 'Households (Susenas), derived as backlog kepemilikan / its share of households',
  [NeedIndicator.OWNERSHIP_BACKLOG]: 'Backlog kepemilikan: households not living in a home they own (Susenas)',
  [NeedIndicator.HABITABILITY_BACKLOG]: 'Backlog kelayakan: households living in housing that is not layak huni (Susenas)',
  [NeedIndicator.UNINHABITABLE_HOMES]: `RTLH, modeled as ${RTLH_SHARE_OF_HABITABILITY_BACKLOG * 100}% of the backlog kelayakan`,
};

type NationalRow = Record<string, string>;

const millions = (value: string | undefined) => (value ? Math.round(Number(value) * 1_000_000) : null);

/** National totals per year and indicator, exactly as published (or derived, where noted). */
export function nationalTotals(rows: NationalRow[]): Map<number, Map<NeedIndicator, number>> {
  const totals = new Map<number, Map<NeedIndicator, number>>();
  const households = new Map<number, number>();
  for (const row of rows) {
    const year = Number(row.year);
    const perYear = new Map<NeedIndicator, number>();
    const ownership = millions(row.backlog_kepemilikan_juta_rt);
    const habitability = millions(row.backlog_kelayakan_juta_rt);
    if (ownership !== null) perYear.set(NeedIndicator.OWNERSHIP_BACKLOG, ownership);
    if (habitability !== null) {
      perYear.set(NeedIndicator.HABITABILITY_BACKLOG, habitability);
      perYear.set(NeedIndicator.UNINHABITABLE_HOMES, Math.round(habitability * RTLH_SHARE_OF_HABITABILITY_BACKLOG));
    }
    if (ownership !== null && row.backlog_kepemilikan_pct) {
      households.set(year, Math.round(ownership / (Number(row.backlog_kepemilikan_pct) / 100)));
    }
    totals.set(year, perYear);
  }
  // Years between two known household counts get their mean (2021 has no published share).
  for (const [year, perYear] of totals) {
    const known = households.get(year);
    const before = households.get(year - 1);
    const after = households.get(year + 1);
    const value = known ?? (before !== undefined && after !== undefined ? Math.round((before + after) / 2) : undefined);
    if (value !== undefined) perYear.set(NeedIndicator.HOUSEHOLDS, value);
  }
  return totals;
}

/** Published province figures that the model must reproduce: (province, year, indicator) -> value. */
export interface ProvinceAnchor {
  provinceCode: string;
  year: number;
  indicator: NeedIndicator;
  value: number;
  sourceUrl: string;
  note: string;
}

export function provinceAnchors(regionalRows: Record<string, string>[]): ProvinceAnchor[] {
  return regionalRows
    .filter(
      (row) =>
        row.level === 'province' &&
        row.indicator === 'backlog_kepemilikan' &&
        /^\d{4}$/.test(row.year ?? '') &&
        !/UNVERIFIED/i.test(row.note ?? ''),
    )
    .map((row) => ({
      provinceCode: row.kode_wilayah!,
      year: Number(row.year),
      indicator: NeedIndicator.OWNERSHIP_BACKLOG,
      value: Number(row.value),
      sourceUrl: row.source_url!,
      note: row.note ?? '',
    }));
}

/**
 * How many desa one kelurahan weighs: an urban village holds several times the households of a rural
 * one (a kelurahan of Kota Bekasi ~45,000 people, a desa of Kabupaten Bima ~2,500); 3 keeps small
 * cities (Kota Sukabumi, Kepulauan Seribu's six island kelurahan) at the scale of a town.
 */
export const KELURAHAN_WEIGHT = 3;

/** Cities have fewer uninhabitable houses per household than the countryside (BPS: layak huni is higher in kota). */
const URBAN_HABITABILITY_FACTOR = 0.5;

/**
 * The weight of a kab/kota in its province for an indicator: its villages (kelurahan counting more),
 * halved for a kota's habitability figures, varied a little so that the demo is not a formula.
 */
export function regencyNeedWeight(regency: FrameRegency, villages: VillageCount | undefined, indicator: NeedIndicator): number {
  const size = villages ? villages.desa + KELURAHAN_WEIGHT * villages.kelurahan : 1;
  const habitability = indicator === NeedIndicator.HABITABILITY_BACKLOG || indicator === NeedIndicator.UNINHABITABLE_HOMES;
  const urban = habitability && regency.kind === 'KOTA' ? URBAN_HABITABILITY_FACTOR : 1;
  return (
    Math.max(size, 1) * urban * stableFactor(regency.code, 0.85, 1.15) * stableFactor(`${regency.code}/${indicator}`, 0.95, 1.05)
  );
}

/** The data source of a figure published at `url` (one per address, whoever cites it). */
export const publishedSource = (url: string): SourceRow => publishedSourceRow(url);

/**
 * The modeled need of every kab/kota: each national total is shared over provinces by population
 * (a published province figure is kept as published), then over each province's kab/kota by stable
 * weights of their size (villages, kelurahan counting more; see `regencyNeedWeight`). Integer
 * apportionment keeps every sum exact.
 */
export function buildNeedModel(
  frame: AreaFrame,
  nationalRows: NationalRow[],
  regionalRows: Record<string, string>[],
  villages: ReadonlyMap<string, VillageCount>,
): NeedModel {
  const totals = nationalTotals(nationalRows);
  const anchors = provinceAnchors(regionalRows);
  const sources: SourceRow[] = [];
  const observations: ObservationRow[] = [];
  const regenciesByProvince = regenciesByProvinceCode(frame.regencies);

  for (const anchor of anchors) {
    const source = publishedSource(anchor.sourceUrl);
    const code = source.code;
    if (!sources.some((s) => s.code === code)) sources.push(source);
    observations.push({
      area_code: anchor.provinceCode,
      area_level: AreaLevel.PROVINCE,
      year: anchor.year,
      indicator: anchor.indicator,
      value: anchor.value,
      definition: NEED_DEFINITIONS[anchor.indicator],
      source_code: code,
    });
  }

  for (const [year, perIndicator] of totals) {
    const nationalRow = nationalRows.find((row) => Number(row.year) === year)!;
    const sourceCode = `DEMO-NEED-${year}`;
    sources.push({
      code: sourceCode,
      name: `Demo model: kab/kota need ${year}, spread from the published national totals`,
      publisher: 'Housing data hub (modeled demo dataset)',
      published_on: null,
      url: nationalRow.source_url || null,
      modeled: true,
    });
    for (const [indicator, national] of perIndicator) {
      // The published backlogs of the nation are loaded as published (published-figures.ts); the
      // nation's households (derived from the backlog share) and RTLH (modeled) are the model's.
      if (indicator === NeedIndicator.HOUSEHOLDS || indicator === NeedIndicator.UNINHABITABLE_HOMES) {
        observations.push({
          area_code: NATION_AREA_CODE,
          area_level: 'NATION',
          year,
          indicator,
          value: national,
          definition: NEED_DEFINITIONS[indicator],
          source_code: sourceCode,
        });
      }
      const fixed = new Map(
        anchors.filter((a) => a.year === year && a.indicator === indicator).map((a) => [a.provinceCode, a.value]),
      );
      const free = frame.provinces.filter((p) => !fixed.has(p.code));
      const remaining = national - [...fixed.values()].reduce((a, b) => a + b, 0);
      const shares = apportionNumbers(
        remaining,
        free.map((p) => provinceWeight(p.code) * stableFactor(`${p.code}/${indicator}`, 0.8, 1.2)),
      );
      const provinceTotals = new Map(fixed);
      for (const [index, province] of free.entries()) provinceTotals.set(province.code, shares[index]!);

      for (const [provinceCode, provinceTotal] of provinceTotals) {
        const regencies = regenciesByProvince.get(provinceCode) ?? [];
        const values = apportionNumbers(
          provinceTotal,
          regencies.map((r) => regencyNeedWeight(r, villages.get(r.code), indicator)),
        );
        for (const [index, regency] of regencies.entries()) {
          observations.push({
            area_code: regency.code,
            area_level: AreaLevel.REGENCY,
            year,
            indicator,
            value: values[index]!,
            definition: NEED_DEFINITIONS[indicator],
            source_code: sourceCode,
          });
        }
      }
    }
  }
  return { sources, observations };
}
