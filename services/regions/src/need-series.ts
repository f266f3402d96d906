import { assertYear, ErrorCode, HubError } from '@housing-hub/subgraph-kit';
import type { HousingNeed, NeedFigure } from './housing-need.type.js';
import type { NeedIndicator } from './need-indicator.enum.js';
import type { NeedKey } from './need.service.js';

/** The (area, year) requests of a need series over [from, to]; checks the range. */
export function needSeriesKeys(code: string, from: number, to: number): NeedKey[] {
  assertYear(from, 'from');
  assertYear(to, 'to');
  if (from > to)
    throw new HubError(ErrorCode.VALIDATION_FAILED, `from (${from}) is after to (${to})`, { argument: 'from', value: from });
  return Array.from({ length: to - from + 1 }, (_, i) => ({ code, year: from + i }));
}

/**
 * The points of a need series: for each year, the figures OF that year (as `need(year)` chooses them:
 * best source, a province's own figure or its kab/kota's sum), never one carried over from an earlier
 * year, so a gap in the data shows as a gap.
 */
export function needSeriesPoints(
  keys: readonly NeedKey[],
  needs: readonly (HousingNeed | Error | null)[],
  indicators: readonly NeedIndicator[] | null,
): NeedFigure[] {
  const wanted = indicators && indicators.length > 0 ? new Set(indicators) : null;
  return keys.flatMap((key, index) => {
    const need = needs[index];
    if (!need || need instanceof Error) return [];
    return need.figures.filter((f) => f.year === key.year && (!wanted || wanted.has(f.indicator)));
  });
}
