import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { assertYear } from '@housing-hub/subgraph-kit';
import { HousingNeed } from './housing-need.type.js';
import { IndicatorArgs, INDICATORS_DESCRIPTION, loadIndicators } from './indicator.resolver.js';
import { IndicatorValue } from './indicator-value.type.js';
import { NATION_AREA_CODE } from './nation-area.js';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import type { RegionsContext } from './regions.context.js';

/** The one key of the nation entity. */
export const NATION_CODE = 'ID';

/**
 * Indonesia as a whole, an entity so that other subgraphs can answer questions over every province or
 * kab/kota at once: they `@requires` the areas (and their need) from here, and rank or filter in their
 * own SQL, without a query that crosses schemas.
 */
@ObjectType({ description: 'Indonesia as a whole: questions over every province or kab/kota at once' })
@Directive('@key(fields: "code")')
export class Nation {
  @Field(() => ID, { description: 'Always "ID"' })
  code!: string;
}

@Resolver(() => Nation)
export class NationResolver {
  @Query(() => Nation, {
    nullable: true,
    description: 'Indonesia as a whole (rankings and filters over all provinces or kab/kota)',
  })
  nation(): Nation {
    return { code: NATION_CODE };
  }

  @FieldResolver(() => [Province], { description: 'All 38 provinces, in code order' })
  provinces(@Ctx() { services }: RegionsContext): Promise<Province[]> {
    return services.areas.listProvinces();
  }

  @FieldResolver(() => [Regency], { description: 'All 514 kab/kota, in code order' })
  regencies(@Ctx() { services }: RegionsContext): Promise<Regency[]> {
    return services.areas.listRegencies();
  }

  @FieldResolver(() => HousingNeed, {
    nullable: true,
    description:
      'Need of Indonesia as a whole (area code "00"): the published national figures, latest on or before `year` ' +
      '(backlog kepemilikan 2023: 9,900,000), never a sum the client must do',
  })
  need(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<HousingNeed | null> {
    return loaders.provinceNeed.load({ code: NATION_AREA_CODE, year: year == null ? null : assertYear(year) });
  }

  @FieldResolver(() => [IndicatorValue], { description: INDICATORS_DESCRIPTION })
  indicators(@Args(() => IndicatorArgs) args: IndicatorArgs, @Ctx() context: RegionsContext): Promise<IndicatorValue[]> {
    return loadIndicators(NATION_AREA_CODE, args, context);
  }
}
