import type { GraphQLResolveInfo } from 'graphql';
import { Arg, type ClassType, Ctx, Directive, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Target } from './target.entity.js';
import { TargetKind } from './target-kind.enum.js';
import {
  type DataLoader,
  assertPositiveLimit,
  assertProvinceCode,
  assertRegencyCode,
  assertYear,
  ErrorCode,
  HubError,
  selectsField,
} from '@housing-hub/subgraph-kit';
import { type RequiredArea, Province, Regency, type RequiredNeed } from './area.types.js';
import { countedStatuses, type FundingFigure, type FundingKey } from './funding.service.js';
import { FinancingSource } from './financing-source.enum.js';
import {
  Coverage,
  FundingBreakdown,
  FundingBreakdownRow,
  FundingGroup,
  FundingSeriesPoint,
  FundingSummaryOrder,
  FundingSummaryRow,
  SchemeFunding,
  SeriesInterval,
} from './funding.types.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { REALIZATION_SCHEMES } from './program-catalogue.js';
import { RealizationStatus } from './realization-status.enum.js';
import type { ProgramsContext } from './programs.context.js';
import type { ProgramsLoaders } from './programs.loaders.js';

const STATUSES_DESCRIPTION =
  'The statuses to count (default: delivered units, REALIZED and IN_PROGRESS; ALLOCATED is a plan, served as a target)';

const FINANCING_SOURCES_DESCRIPTION =
  "Count only these financing sources (default: all); a fact naming none counts as its scheme's own (CSR: CSR, else APBN)";
const BY_FINANCING_SOURCE_DESCRIPTION = 'One entry per scheme and financing source with figures, instead of one per scheme';

const REQUIRES_NEED = '@requires(fields: "latestNeed { year uninhabitableHomes uninhabitableHomesSource { modeled } }")';

/** One entry per scheme asked for (default: the schemes with realization facts), zero where nothing was funded. */
export function perScheme(figures: FundingFigure[], year: number, schemes: readonly FundingScheme[] | null): SchemeFunding[] {
  const wanted = schemes ? [...new Set(schemes)] : REALIZATION_SCHEMES;
  return wanted.map((scheme) => {
    const figure = figures.find((f) => f.scheme === scheme);
    return figure ?? { scheme, year, units: 0, amountIdr: '0', source: null };
  });
}

/** Funded units of every scheme against the RTLH count regions holds (`latestNeed`, brought by @requires). */
export function coverageOf(
  code: string,
  year: number,
  figures: FundingFigure[],
  need: RequiredNeed | null | undefined,
): Coverage {
  const fundedUnits = figures.reduce((total, f) => total + f.units, 0);
  const rtlh = need?.uninhabitableHomes ?? null;
  return {
    year,
    fundedUnits,
    need: need ? { areaCode: code, year: need.year } : null,
    ratio: rtlh ? fundedUnits / rtlh : null,
    modeled: figures.some((f) => f.source?.modeled === true) || need?.uninhabitableHomesSource?.modeled === true,
  };
}

/**
 * `funding` and `coverage` of a kab/kota and of a province, each from its own loader: one resolver class per
 * area type extends this (type-graphql's resolver inheritance).
 */
function AreaFundingResolver<TArea extends RequiredArea>(
  area: ClassType<TArea>,
  loaderOf: (loaders: ProgramsLoaders) => DataLoader<FundingKey, FundingFigure[], string>,
  fundingDescription: string,
) {
  @Resolver(() => area)
  abstract class AreaFundingFields {
    @FieldResolver(() => [SchemeFunding], { nullable: true, description: fundingDescription })
    async funding(
      @Root() root: TArea,
      @Arg('year', () => Int) year: number,
      @Arg('schemes', () => [FundingScheme], { nullable: true }) schemes: FundingScheme[] | null,
      @Arg('statuses', () => [RealizationStatus], { nullable: true, description: STATUSES_DESCRIPTION }) statuses:
        | RealizationStatus[]
        | null,
      @Arg('financingSources', () => [FinancingSource], { nullable: true, description: FINANCING_SOURCES_DESCRIPTION })
      financingSources: FinancingSource[] | null,
      @Arg('byFinancingSource', () => Boolean, {
        nullable: true,
        defaultValue: false,
        description: BY_FINANCING_SOURCE_DESCRIPTION,
      })
      byFinancingSource: boolean,
      @Ctx() { loaders }: ProgramsContext,
    ): Promise<SchemeFunding[]> {
      const figures = await loaderOf(loaders).load({
        code: root.code,
        year: assertYear(year),
        statuses: countedStatuses(statuses),
        financingSources,
        byFinancingSource: Boolean(byFinancingSource),
      });
      if (!byFinancingSource) return perScheme(figures, year, schemes);
      // Split: only the parts with figures (a scheme without any has no part).
      return schemes ? figures.filter((f) => schemes.includes(f.scheme)) : figures;
    }

    @FieldResolver(() => Coverage, {
      nullable: true,
      description:
        'Delivered units (REALIZED, IN_PROGRESS) of all schemes in `year` against the RTLH count (latest need figures); plans do not count',
    })
    @Directive(REQUIRES_NEED)
    async coverage(
      @Root() root: TArea,
      @Arg('year', () => Int) year: number,
      @Ctx() { loaders }: ProgramsContext,
    ): Promise<Coverage> {
      const figures = await loaderOf(loaders).load({ code: root.code, year: assertYear(year), statuses: countedStatuses(null) });
      return coverageOf(root.code, year, figures, root.latestNeed);
    }
  }
  return AreaFundingFields;
}

@Resolver(() => Regency)
export class RegencyFundingResolver extends AreaFundingResolver(
  Regency,
  (loaders) => loaders.regencyFunding,
  'Units and rupiah per scheme in a year (default: BSPS, FLPP, CSR)',
) {}

@Resolver(() => Province)
export class ProvinceFundingResolver extends AreaFundingResolver(
  Province,
  (loaders) => loaders.provinceFunding,
  'Units and rupiah per scheme in a year: the sum over its kab/kota',
) {}

/** The target a delivered figure stands beside: the scheme's quota, else its plan, else its announced target, for the year and area. */
export function targetFor(targets: readonly Target[], year: number, provinceCode: string | null): Target | null {
  const rank = [TargetKind.QUOTA, TargetKind.PLAN, TargetKind.TARGET];
  return (
    targets
      .filter((t) => t.year === year && t.provinceCode === provinceCode)
      .sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))[0] ?? null
  );
}

/** The years a summary covers: `year`, `years`, or both (deduplicated, in order); at least one. */
export function summaryYears(year: number | null, years: readonly number[] | null): number[] {
  const all = [...(year != null ? [year] : []), ...(years ?? [])].map((y) =>
    assertYear(y, year != null && y === year ? 'year' : 'years'),
  );
  if (all.length === 0) throw new HubError(ErrorCode.VALIDATION_FAILED, 'Give a year or a list of years', { argument: 'year' });
  return [...new Set(all)].sort((a, b) => a - b);
}

@Resolver(() => FundingSeriesPoint)
export class FundingSeriesResolver {
  @Query(() => [FundingSeriesPoint], {
    description:
      'Funding over a range of years in one field: a point per scheme and year (per month with interval MONTH where the facts ' +
      'are monthly, per BSPS category with byCategory), nationally or for one province or kab/kota, summed in SQL; zero points ' +
      'where nothing was delivered; each point with its source and the plan or quota beside it',
  })
  fundingSeries(
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Arg('schemes', () => [FundingScheme], { nullable: true, description: 'Default: every scheme with facts' }) schemes:
      | FundingScheme[]
      | null,
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('regencyCode', () => ID, { nullable: true }) regencyCode: string | null,
    @Arg('interval', () => SeriesInterval, { nullable: true, defaultValue: SeriesInterval.YEAR }) interval: SeriesInterval,
    @Arg('byCategory', () => Boolean, { nullable: true, defaultValue: false, description: 'Split BSPS by PK / PB' })
    byCategory: boolean,
    @Arg('statuses', () => [RealizationStatus], { nullable: true, description: STATUSES_DESCRIPTION }) statuses:
      | RealizationStatus[]
      | null,
    @Ctx() { services }: ProgramsContext,
  ): Promise<FundingSeriesPoint[]> {
    assertYear(from, 'from');
    assertYear(to, 'to');
    if (from > to)
      throw new HubError(ErrorCode.VALIDATION_FAILED, `from (${from}) is after to (${to})`, { argument: 'from', value: from });
    if (provinceCode != null) assertProvinceCode(provinceCode);
    if (regencyCode != null) assertRegencyCode(regencyCode);
    return services.funding
      .series({
        from,
        to,
        schemes,
        provinceCode,
        regencyCode,
        monthly: interval === SeriesInterval.MONTH,
        byCategory: Boolean(byCategory),
        statuses,
      })
      .then((points) => points.map((point) => ({ ...point, targetProvinceCode: provinceCode, targetless: regencyCode != null })));
  }

  @FieldResolver(() => Target, {
    nullable: true,
    description: 'The plan or quota of the scheme for the year (national or the province’s), beside what was delivered',
  })
  async target(@Root() point: FundingSeriesPoint, @Ctx() { loaders }: ProgramsContext): Promise<Target | null> {
    if (point.targetless) return null;
    return targetFor(await loaders.targetsByScheme.load(point.scheme), point.year, point.targetProvinceCode ?? null);
  }
}

@Resolver(() => FundingSummaryRow)
export class FundingSummaryResolver {
  @FieldResolver(() => Target, {
    nullable: true,
    description:
      'The plan or quota for the same scheme, year and area (national or province rows), served beside what was delivered',
  })
  async target(@Root() row: FundingSummaryRow, @Ctx() { loaders }: ProgramsContext): Promise<Target | null> {
    if (row.regency) return null;
    return targetFor(await loaders.targetsByScheme.load(row.scheme), row.year, row.province?.code ?? null);
  }

  @Query(() => [FundingSummaryRow], {
    nullable: true,
    description:
      'Units and rupiah per scheme in a year (or `years`), summed in SQL at `groupBy` (default NATIONAL; with `provinceCode`, ' +
      'that province): one row per area, scheme and year that has figures, ordered (`orderBy`) and cut (`first`) in SQL, ' +
      'each with the plan or quota beside it (`target`)',
  })
  async fundingSummary(
    @Arg('year', () => Int, { nullable: true, description: 'One year (or give `years`)' }) year: number | null,
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('schemes', () => [FundingScheme], { nullable: true }) schemes: FundingScheme[] | null,
    @Arg('groupBy', () => FundingGroup, { nullable: true }) groupBy: FundingGroup | null,
    @Arg('statuses', () => [RealizationStatus], { nullable: true, description: STATUSES_DESCRIPTION }) statuses:
      | RealizationStatus[]
      | null,
    @Arg('years', () => [Int], { nullable: true, description: 'Several years at once: one row per area, scheme and year' }) years:
      | number[]
      | null,
    @Arg('orderBy', () => [FundingSummaryOrder], { nullable: true, description: 'e.g. [{ field: UNITS, direction: DESC }]' })
    orderBy: FundingSummaryOrder[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'Keep the first n rows (after ordering)' }) first: number | null,
    @Arg('financingSources', () => [FinancingSource], { nullable: true, description: FINANCING_SOURCES_DESCRIPTION })
    financingSources: FinancingSource[] | null,
    @Arg('byFinancingSource', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'One row per area, scheme, year and financing source with figures',
    })
    byFinancingSource: boolean,
    @Ctx() { services }: ProgramsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<FundingSummaryRow[]> {
    const wanted = summaryYears(year, years);
    if (provinceCode != null) assertProvinceCode(provinceCode);
    if (first != null) assertPositiveLimit(first, 'first');
    const rows = await services.funding.summary({
      years: wanted,
      provinceCode,
      schemes,
      statuses,
      groupBy: groupBy ?? FundingGroup.NATIONAL,
      orderBy,
      limit: first,
      financingSources,
      byFinancingSource: Boolean(byFinancingSource),
      // A summary by kab/kota has hundreds of rows: their sources are read only when asked for.
      withSource: selectsField(info, 'source'),
    });
    return rows.map((row) => ({
      province: row.provinceCode ? { code: row.provinceCode } : null,
      regency: row.regencyCode ? { code: row.regencyCode } : null,
      scheme: row.scheme,
      year: row.year,
      financingSource: row.financingSource ?? null,
      units: row.units,
      amountIdr: row.amountIdr,
      source: row.source,
    }));
  }

  @Query(() => [FundingBreakdownRow], {
    nullable: true,
    description:
      'A scheme’s units and rupiah in a year split by month (FLPP), category (BSPS PK/PB), channel (bank, company), status or financing source; ' +
      'nationally, or for one province or kab/kota. Summed in SQL.',
  })
  fundingBreakdown(
    @Arg('year', () => Int) year: number,
    @Arg('scheme', () => FundingScheme) scheme: FundingScheme,
    @Arg('by', () => FundingBreakdown) by: FundingBreakdown,
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('regencyCode', () => ID, { nullable: true }) regencyCode: string | null,
    @Arg('statuses', () => [RealizationStatus], {
      nullable: true,
      description: 'The statuses to count (default: delivered units; split BY STATUS, every status)',
    })
    statuses: RealizationStatus[] | null,
    @Ctx() { services }: ProgramsContext,
  ): Promise<FundingBreakdownRow[]> {
    assertYear(year);
    if (provinceCode != null) assertProvinceCode(provinceCode);
    if (regencyCode != null) assertRegencyCode(regencyCode);
    return services.funding.breakdown({ year, scheme, by, provinceCode, regencyCode, statuses });
  }
}
