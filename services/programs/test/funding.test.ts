import { describe, expect, it } from '@jest/globals';
import { coverageOf, perScheme } from '../src/funding.resolver.js';
import type { FundingFigure } from '../src/funding.service.js';
import { FundingScheme } from '../src/funding-scheme.enum.js';

const figure = (scheme: FundingScheme, units: number, amountIdr: string): FundingFigure => ({
  scheme,
  year: 2025,
  units,
  amountIdr,
  source: null,
});

describe('funding per scheme', () => {
  const figures = [figure(FundingScheme.FLPP, 120, '15000000000'), figure(FundingScheme.BSPS, 30, '600000000')];

  it('lists BSPS, FLPP and CSR by default, with zeros where nothing was funded', () => {
    expect(perScheme(figures, 2025, null)).toEqual([
      figures[1],
      figures[0],
      { scheme: FundingScheme.CSR, year: 2025, units: 0, amountIdr: '0', source: null },
    ]);
  });

  it('lists exactly the schemes asked for, once each, in the order asked', () => {
    expect(
      perScheme(figures, 2025, [FundingScheme.SBUM, FundingScheme.FLPP, FundingScheme.FLPP]).map((f) => [f.scheme, f.units]),
    ).toEqual([
      [FundingScheme.SBUM, 0],
      [FundingScheme.FLPP, 120],
    ]);
    expect(perScheme(figures, 2025, [])).toEqual([]);
  });
});

describe('coverage', () => {
  const figures = [figure(FundingScheme.FLPP, 120, '1'), figure(FundingScheme.BSPS, 30, '1'), figure(FundingScheme.CSR, 2, '1')];

  it('is the funded units of every scheme over the RTLH count, pointing at the need figures used', () => {
    expect(coverageOf('52.01', 2025, figures, { year: 2023, uninhabitableHomes: 1_520 })).toEqual({
      year: 2025,
      fundedUnits: 152,
      need: { areaCode: '52.01', year: 2023 },
      ratio: 0.1,
      modeled: false,
    });
    // Coverage rests on modeled figures when the RTLH count does, or any funded figure.
    expect(
      coverageOf('52.01', 2025, figures, { year: 2023, uninhabitableHomes: 1_520, uninhabitableHomesSource: { modeled: true } })
        .modeled,
    ).toBe(true);
  });

  it('has no ratio without an RTLH figure (or with none counted), and no need without need figures', () => {
    expect(coverageOf('52.01', 2025, figures, { year: 2023, uninhabitableHomes: null }).ratio).toBeNull();
    expect(coverageOf('52.01', 2025, figures, { year: 2023, uninhabitableHomes: 0 }).ratio).toBeNull();
    expect(coverageOf('52.01', 2025, figures, null)).toEqual({
      year: 2025,
      fundedUnits: 152,
      need: null,
      ratio: null,
      modeled: false,
    });
    expect(coverageOf('52.01', 2025, [], { year: 2023, uninhabitableHomes: 10 })).toMatchObject({ fundedUnits: 0, ratio: 0 });
  });
});
