import { Arg, Args, type ClassType, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertYear, type DataLoader } from '@housing-hub/subgraph-kit';
import { HousingNeed, NeedFigure } from './housing-need.type.js';
import { IndicatorArgs, INDICATORS_DESCRIPTION, loadIndicators } from './indicator.resolver.js';
import { IndicatorValue } from './indicator-value.type.js';
import { NeedIndicator } from './need-indicator.enum.js';
import { needSeriesKeys, needSeriesPoints } from './need-series.js';
import type { NeedKey } from './need.service.js';
import type { RegionsContext } from './regions.context.js';
import type { RegionsLoaders } from './regions.loaders.js';

/**
 * The need and indicator fields a province and a kab/kota both serve, each from its own loader: the province's and the
 * kab/kota's resolvers extend this (type-graphql's resolver inheritance), one base class per area type.
 */
export function AreaNeedResolver<TArea extends { code: string }>(
  area: ClassType<TArea>,
  loaderOf: (loaders: RegionsLoaders) => DataLoader<NeedKey, HousingNeed | null, string>,
  needDescription: string,
) {
  @Resolver(() => area)
  abstract class AreaNeedFields {
    @FieldResolver(() => HousingNeed, { nullable: true, description: needDescription })
    need(
      @Root() root: TArea,
      @Arg('year', () => Int, { nullable: true }) year: number | null,
      @Ctx() { loaders }: RegionsContext,
    ): Promise<HousingNeed | null> {
      return loaderOf(loaders).load({ code: root.code, year: year == null ? null : assertYear(year) });
    }

    @FieldResolver(() => [NeedFigure], {
      description:
        'Need over a range of years in one field: the figures of each year (each with its source), never carried over from an earlier year',
    })
    async needSeries(
      @Root() root: TArea,
      @Arg('from', () => Int) from: number,
      @Arg('to', () => Int) to: number,
      @Arg('indicators', () => [NeedIndicator], { nullable: true, description: 'Default: every indicator' }) indicators:
        | NeedIndicator[]
        | null,
      @Ctx() { loaders }: RegionsContext,
    ): Promise<NeedFigure[]> {
      const keys = needSeriesKeys(root.code, from, to);
      return needSeriesPoints(keys, await loaderOf(loaders).loadMany(keys), indicators);
    }

    @FieldResolver(() => HousingNeed, {
      nullable: true,
      description: 'The latest need figures (argument-free, for other subgraphs to @requires)',
    })
    latestNeed(@Root() root: TArea, @Ctx() { loaders }: RegionsContext): Promise<HousingNeed | null> {
      return loaderOf(loaders).load({ code: root.code, year: null });
    }

    @FieldResolver(() => [IndicatorValue], { description: INDICATORS_DESCRIPTION })
    indicators(
      @Root() root: TArea,
      @Args(() => IndicatorArgs) args: IndicatorArgs,
      @Ctx() context: RegionsContext,
    ): Promise<IndicatorValue[]> {
      return loadIndicators(root.code, args, context);
    }
  }
  return AreaNeedFields;
}
