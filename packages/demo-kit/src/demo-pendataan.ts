import { stableFactor } from './seeded-random.js';

/** The fiscal year and day of the one evaluation of pendataan the seeds record (seed 002, NTT). */
export const DEMO_PENDATAAN_FISCAL_YEAR = 2025;
export const DEMO_PENDATAAN_AS_OF = '2025-12-04';
export const DEMO_PENDATAAN_PROVINCE = '53';

export interface DemoPendataan {
  regencyCode: string;
  fiscalYear: number;
  targetHouseholds: number;
  surveyed: number;
  verified: number;
}

/**
 * Modeled pendataan progress of Program 3 Juta Rumah per kab/kota (the article of seed 002 gives no
 * numbers): households to survey, surveyed, verified. Regions serves these figures and meetings picks
 * the award winners from them: one formula, so both tell the same story without reading each other.
 */
export function demoPendataan(
  regencies: readonly { code: string; kind: string }[],
  fiscalYear = DEMO_PENDATAAN_FISCAL_YEAR,
): DemoPendataan[] {
  return regencies.map((regency) => {
    const targetHouseholds = Math.round(
      (regency.kind === 'KOTA' ? 1_500 : 6_000) * stableFactor(`pendataan/${regency.code}/${fiscalYear}/target`, 0.5, 1.8),
    );
    const surveyed = Math.round(targetHouseholds * stableFactor(`pendataan/${regency.code}/${fiscalYear}/surveyed`, 0.45, 1));
    const verified = Math.round(surveyed * stableFactor(`pendataan/${regency.code}/${fiscalYear}/verified`, 0.55, 0.97));
    return { regencyCode: regency.code, fiscalYear, targetHouseholds, surveyed, verified };
  });
}

/** The best kab/kota by verified share of the households to survey (ties: the code), best first. */
export function bestPendataan(figures: readonly DemoPendataan[], count: number): DemoPendataan[] {
  const share = (f: DemoPendataan) => f.verified / f.targetHouseholds;
  return [...figures].sort((a, b) => share(b) - share(a) || a.regencyCode.localeCompare(b.regencyCode)).slice(0, count);
}
