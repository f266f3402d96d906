import { apportionNumbers, stableFactor } from '@housing-hub/demo-kit';
import { provincesOfPreSplitFrame } from '@housing-hub/reference-frame';
import type { IndicatorValueRow } from '../published-figures.js';

/** The year the slum and SPM indicators are modeled for: the year of the published slum shares. */
export const KUMUH_SPM_YEAR = 2023;
export const KUMUH_SPM_SOURCE = 'DEMO-KUMUH-SPM-2023';

/** BPS's national share of households in slum housing in 2023 (the note of regional_figures.csv: "national 7.94"). */
export const NATIONAL_SLUM_HOUSING_PCT = 7.94;

export interface RegencyHouseholds {
  regencyCode: string;
  provinceCode: string;
  kind: string;
  households: number;
}

const twoDecimals = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/**
 * Slum and SPM indicators per kab/kota (seed 004 speaks of kawasan kumuh and SPM, with no figures):
 * - slum households: each province's households times its published share of households in slum
 *   housing (SLUM_HOUSING_PCT 2023; the national 7.94% where none is published), spread over its
 *   kab/kota by households (integer apportionment: the province total is exact); a share published for
 *   pre-split Papua calibrates Papua and the provinces split from it together;
 * - slum area: those households at 40-120 households per hectare (two decimals);
 * - SPM drinking water and sanitation: a share of households served, higher in a kota.
 * Every value is modeled and carries the modeled source.
 */
export function buildKumuhSpmModel(
  regencies: readonly RegencyHouseholds[],
  provinceSlumPct: ReadonlyMap<string, number>,
  preSplitShares: ReadonlySet<string> = new Set(),
): IndicatorValueRow[] {
  // A share published in the 34-province frame (Papua before its 2022 split) covers the province and
  // those split from it: it calibrates their households together, unless a successor has a share of its own.
  const calibrationArea = new Map<string, string>();
  for (const code of preSplitShares) {
    for (const covered of provincesOfPreSplitFrame(code)) {
      if (covered === code || !provinceSlumPct.has(covered)) calibrationArea.set(covered, code);
    }
  }
  const byProvince = new Map<string, RegencyHouseholds[]>();
  for (const regency of regencies) {
    const area = calibrationArea.get(regency.provinceCode) ?? regency.provinceCode;
    const list = byProvince.get(area) ?? [];
    list.push(regency);
    byProvince.set(area, list);
  }
  const rows: IndicatorValueRow[] = [];
  const row = (regency: RegencyHouseholds, indicator: string, value: string): IndicatorValueRow => ({
    area_code: regency.regencyCode,
    area_level: 'REGENCY',
    year: KUMUH_SPM_YEAR,
    period: '',
    indicator_code: indicator,
    value,
    note: 'Modeled (demo dataset)',
    source_code: KUMUH_SPM_SOURCE,
  });
  for (const [provinceCode, list] of byProvince) {
    const share = (provinceSlumPct.get(provinceCode) ?? NATIONAL_SLUM_HOUSING_PCT) / 100;
    const total = Math.round(list.reduce((sum, r) => sum + r.households, 0) * share);
    const slumHouseholds = apportionNumbers(
      total,
      list.map((r) => r.households * stableFactor(`kumuh/${r.regencyCode}`, 0.6, 1.4)),
    );
    list.forEach((regency, index) => {
      const households = slumHouseholds[index]!;
      const urban = regency.kind === 'KOTA';
      rows.push(row(regency, 'SLUM_HOUSEHOLDS', String(households)));
      rows.push(
        row(regency, 'SLUM_AREA_HA', twoDecimals(households / stableFactor(`kumuh-density/${regency.regencyCode}`, 40, 120))),
      );
      rows.push(
        row(
          regency,
          'SPM_DRINKING_WATER_PCT',
          twoDecimals(stableFactor(`spm-water/${regency.regencyCode}`, urban ? 85 : 65, urban ? 99.5 : 96)),
        ),
      );
      rows.push(
        row(
          regency,
          'SPM_SANITATION_PCT',
          twoDecimals(stableFactor(`spm-sanitation/${regency.regencyCode}`, urban ? 78 : 50, urban ? 98 : 92)),
        ),
      );
    });
  }
  return rows;
}
