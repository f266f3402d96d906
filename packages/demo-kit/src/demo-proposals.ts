import { apportionNumbers } from './apportion.js';
import { provinceWeight } from './province-weights.js';
import { stableFactor } from './seeded-random.js';

/** The fiscal year of the demo proposals. */
export const DEMO_PROPOSAL_FISCAL_YEAR = 2026;

/** BSPS demo proposals add up to more than the 2026 plan (400,000 units): local governments ask for more than there is. */
export const DEMO_BSPS_PROPOSED_UNITS = 560_000;

/**
 * The units of each kab/kota's 2026 BSPS demo proposal (at least one each; kota ask for less).
 * Programs seeds the proposals with these, meetings the desk reviews of them: one formula, so the
 * desk saw what was proposed without either service reading the other's schema.
 */
export function demoBspsProposedUnits(
  regencies: readonly { code: string; provinceCode: string; kind: string }[],
): Map<string, number> {
  const units = apportionNumbers(
    DEMO_BSPS_PROPOSED_UNITS - regencies.length,
    regencies.map(
      (r) => provinceWeight(r.provinceCode) * stableFactor(`proposal/${r.code}`, 0.3, 1.7) * (r.kind === 'KOTA' ? 0.4 : 1),
    ),
  ).map((u) => u + 1);
  return new Map(regencies.map((r, index) => [r.code, units[index]!]));
}
