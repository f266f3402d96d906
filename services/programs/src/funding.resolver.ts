import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertProvinceCode, assertRegencyCode, assertYear } from '@housing-hub/subgraph-kit';
import { Province, Regency, type RequiredNeed } from './area.types.js';
import type { FundingFigure } from './funding.service.js';
import { Coverage, FundingBreakdown, FundingBreakdownRow, FundingGroup, FundingSummaryRow, SchemeFunding } from './funding.types.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { REALIZATION_SCHEMES } from './program-catalogue.js';
import type { ProgramsContext } from './programs.context.js';

const REQUIRES_NEED = '@requires(fields: "latestNeed { year uninhabitableHomes }")';

/** One entry per scheme asked for (default: the schemes with realization facts), zero where nothing was funded. */
export function perScheme(figures: FundingFigure[], year: number, schemes: readonly FundingScheme[] | null): SchemeFunding[] {
  const wanted = schemes ? [...new Set(schemes)] : REALIZATION_SCHEMES;
  return wanted.map((scheme) => {
    const figure = figures.find((f) => f.scheme === scheme);
    return figure ?? { scheme, year, units: 0, amountIdr: '0', source: null };
  });
}

/** Funded units of every scheme against the RTLH count regions holds (`latestNeed`, brought by @requires). */
export function coverageOf(code: string, year: number, figures: FundingFigure[], need: RequiredNeed | null | undefined): Coverage {
  const fundedUnits = figures.reduce((total, f) => total + f.units, 0);
  const rtlh = need?.uninhabitableHomes ?? null;
  return {
    year,
    fundedUnits,
    need: need ? { areaCode: code, year: need.year } : null,
    ratio: rtlh ? fundedUnits / rtlh : null,
  };
}

@Resolver(() => Regency)
export class RegencyFundingResolver {
  @FieldResolver(() => [SchemeFunding], { nullable: true, description: 'Units and rupiah per scheme in a year (default: BSPS, FLPP, CSR)' })
  async funding(
    @Root() regency: Regency,
    @Arg('year', () => Int) year: number,
    @Arg('schemes', () => [FundingScheme], { nullable: true }) schemes: FundingScheme[] | null,
    @Ctx() { loaders }: ProgramsContext,
  ): Promise<SchemeFunding[]> {
    const figures = await loaders.regencyFunding.load({ code: regency.code, year: assertYear(year) });
    return perScheme(figures, year, schemes);
  }

  @FieldResolver(() => Coverage, { nullable: true, description: 'Funded units of all schemes in `year` against the RTLH count (latest need figures)' })
  @Directive(REQUIRES_NEED)
  async coverage(@Root() regency: Regency, @Arg('year', () => Int) year: number, @Ctx() { loaders }: ProgramsContext): Promise<Coverage> {
    const figures = await loaders.regencyFunding.load({ code: regency.code, year: assertYear(year) });
    return coverageOf(regency.code, year, figures, regency.latestNeed);
  }
}

@Resolver(() => Province)
export class ProvinceFundingResolver {
  @FieldResolver(() => [SchemeFunding], { nullable: true, description: 'Units and rupiah per scheme in a year: the sum over its kab/kota' })
  async funding(
    @Root() province: Province,
    @Arg('year', () => Int) year: number,
    @Arg('schemes', () => [FundingScheme], { nullable: true }) schemes: FundingScheme[] | null,
    @Ctx() { loaders }: ProgramsContext,
  ): Promise<SchemeFunding[]> {
    const figures = await loaders.provinceFunding.load({ code: province.code, year: assertYear(year) });
    return perScheme(figures, year, schemes);
  }

  @FieldResolver(() => Coverage, { nullable: true, description: 'Funded units of all schemes in `year` against the RTLH count (latest need figures)' })
  @Directive(REQUIRES_NEED)
  async coverage(@Root() province: Province, @Arg('year', () => Int) year: number, @Ctx() { loaders }: ProgramsContext): Promise<Coverage> {
    const figures = await loaders.provinceFunding.load({ code: province.code, year: assertYear(year) });
    return coverageOf(province.code, year, figures, province.latestNeed);
  }
}

@Resolver()
export class FundingSummaryResolver {
  @Query(() => [FundingSummaryRow], {
    nullable: true,
    description:
      'Units and rupiah per scheme in a year, summed in SQL at `groupBy` (default NATIONAL; with `provinceCode`, that province): ' +
      'one row per area and scheme that has figures',
  })
  async fundingSummary(
    @Arg('year', () => Int) year: number,
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('schemes', () => [FundingScheme], { nullable: true }) schemes: FundingScheme[] | null,
    @Arg('groupBy', () => FundingGroup, { nullable: true }) groupBy: FundingGroup | null,
    @Ctx() { services }: ProgramsContext,
  ): Promise<FundingSummaryRow[]> {
    assertYear(year);
    if (provinceCode != null) assertProvinceCode(provinceCode);
    const rows = await services.funding.summary({ year, provinceCode, schemes, groupBy: groupBy ?? FundingGroup.NATIONAL });
    return rows.map((row) => ({
      province: row.provinceCode ? { code: row.provinceCode } : null,
      regency: row.regencyCode ? { code: row.regencyCode } : null,
      scheme: row.scheme,
      year: row.year,
      units: row.units,
      amountIdr: row.amountIdr,
      source: row.source,
    }));
  }

  @Query(() => [FundingBreakdownRow], {
    nullable: true,
    description:
      'A scheme’s units and rupiah in a year split by month (FLPP), category (BSPS PK/PB), channel (bank, company) or status; ' +
      'nationally, or for one province or kab/kota. Summed in SQL.',
  })
  fundingBreakdown(
    @Arg('year', () => Int) year: number,
    @Arg('scheme', () => FundingScheme) scheme: FundingScheme,
    @Arg('by', () => FundingBreakdown) by: FundingBreakdown,
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('regencyCode', () => ID, { nullable: true }) regencyCode: string | null,
    @Ctx() { services }: ProgramsContext,
  ): Promise<FundingBreakdownRow[]> {
    assertYear(year);
    if (provinceCode != null) assertProvinceCode(provinceCode);
    if (regencyCode != null) assertRegencyCode(regencyCode);
    return services.funding.breakdown({ year, scheme, by, provinceCode, regencyCode });
  }
}
