import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertPositiveLimit, assertProvinceCode, assertYear } from '@housing-hub/subgraph-kit';
import { AreaOrder } from './area-order.input.js';
import { assertAreaOrder } from './area-order.validation.js';
import { HousingNeed, NeedFigure } from './housing-need.type.js';
import { NeedIndicator } from './need-indicator.enum.js';
import { needSeriesKeys, needSeriesPoints } from './need-series.js';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import { IndicatorArgs, INDICATORS_DESCRIPTION, loadIndicators } from './indicator.resolver.js';
import { IndicatorValue } from './indicator-value.type.js';
import type { RegionsContext } from './regions.context.js';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], {
    nullable: true,
    description:
      'The 38 provinces, in code order unless `orderBy` says otherwise (e.g. by OWNERSHIP_BACKLOG of a year, DESC); ' +
      '`first` keeps the first n. Ordered and cut in SQL.',
  })
  provinces(
    @Arg('orderBy', () => [AreaOrder], { nullable: true }) orderBy: AreaOrder[] | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() { services }: RegionsContext,
  ): Promise<Province[]> {
    const service = services.areas;
    if (!orderBy && first == null) return service.listProvinces();
    if (first != null) assertPositiveLimit(first, 'first');
    return service.listProvincesOrdered(assertAreaOrder(orderBy), first);
  }

  @Query(() => Province, { nullable: true, description: 'A province by Kemendagri code ("52"); null when there is none' })
  province(@Arg('code', () => ID) code: string, @Ctx() { loaders }: RegionsContext): Promise<Province | null> {
    return loaders.provinceByCode.load(assertProvinceCode(code, 'code'));
  }

  @FieldResolver(() => [Regency], { description: 'Its kab/kota, in code order' })
  regencies(@Root() province: Province, @Ctx() { loaders }: RegionsContext): Promise<Regency[]> {
    return loaders.regenciesByProvince.load(province.code);
  }

  @FieldResolver(() => HousingNeed, {
    nullable: true,
    description:
      'Need in the latest year on or before `year` (latest of all without it); its own figure, or the sum of its kab/kota',
  })
  need(
    @Root() province: Province,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<HousingNeed | null> {
    return loaders.provinceNeed.load({ code: province.code, year: year == null ? null : assertYear(year) });
  }

  @FieldResolver(() => [NeedFigure], {
    description:
      'Need over a range of years in one field: the figures of each year (each with its source), never carried over from an earlier year',
  })
  async needSeries(
    @Root() province: Province,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Arg('indicators', () => [NeedIndicator], { nullable: true, description: 'Default: every indicator' }) indicators:
      | NeedIndicator[]
      | null,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<NeedFigure[]> {
    const keys = needSeriesKeys(province.code, from, to);
    return needSeriesPoints(keys, await loaders.provinceNeed.loadMany(keys), indicators);
  }

  @FieldResolver(() => HousingNeed, {
    nullable: true,
    description: 'The latest need figures (argument-free, for other subgraphs to @requires)',
  })
  latestNeed(@Root() province: Province, @Ctx() { loaders }: RegionsContext): Promise<HousingNeed | null> {
    return loaders.provinceNeed.load({ code: province.code, year: null });
  }

  @FieldResolver(() => [IndicatorValue], { description: INDICATORS_DESCRIPTION })
  indicators(
    @Root() area: Province,
    @Args(() => IndicatorArgs) args: IndicatorArgs,
    @Ctx() context: RegionsContext,
  ): Promise<IndicatorValue[]> {
    return loadIndicators(area.code, args, context);
  }
}
