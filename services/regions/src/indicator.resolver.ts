import { ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { assertYear } from '@housing-hub/subgraph-kit';
import { Indicator } from './indicator.entity.js';
import type { IndicatorValue } from './indicator-value.type.js';
import type { IndicatorRequest } from './indicator.service.js';
import type { RegionsContext } from './regions.context.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], {
    nullable: true,
    description: 'Every indicator the hub serves beside the need counts: unit, definition and the publisher wording',
  })
  indicators(@Ctx() { services }: RegionsContext): Promise<Indicator[]> {
    return services.indicators.catalogue();
  }
}

/** The arguments of every area's `indicators` field. */
@ArgsType()
export class IndicatorArgs {
  @Field(() => [ID], { nullable: true, description: 'Indicator codes (see `indicators`); default: all' })
  codes: string[] | null = null;

  @Field(() => Int, { nullable: true, description: 'One year' })
  year: number | null = null;

  @Field(() => Int, { nullable: true, description: 'From this year (with `to`), when `year` is not given' })
  from: number | null = null;

  @Field(() => Int, { nullable: true })
  to: number | null = null;
}

export const INDICATORS_DESCRIPTION =
  'Published (and modeled, labelled) figures of any unit for this area, exact decimals with their source: all indicators, ' +
  'or those of `codes`; one `year`, or `from`..`to` (default: every year)';

/** The values an area's `indicators` field answers, through the per-request loader. */
export function loadIndicators(areaCode: string, args: IndicatorArgs, { loaders }: RegionsContext): Promise<IndicatorValue[]> {
  const { codes, year, from, to } = args;
  const request: IndicatorRequest =
    year != null
      ? { areaCode, codes, from: assertYear(year), to: year }
      : { areaCode, codes, from: from == null ? 1900 : assertYear(from, 'from'), to: to == null ? 2100 : assertYear(to, 'to') };
  return loaders.indicatorValues.load(request);
}
