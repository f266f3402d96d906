import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertProvinceCode, assertYear } from '@housing-hub/subgraph-kit';
import { HousingNeed } from './housing-need.type.js';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import type { RegionsContext } from './regions.context.js';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { nullable: true, description: 'All 38 provinces, in code order' })
  provinces(@Ctx() { services }: RegionsContext): Promise<Province[]> {
    return services.areas.listProvinces();
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
    description: 'Need in the latest year on or before `year` (latest of all without it); its own figure, or the sum of its kab/kota',
  })
  need(
    @Root() province: Province,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<HousingNeed | null> {
    return loaders.provinceNeed.load({ code: province.code, year: year == null ? null : assertYear(year) });
  }

  @FieldResolver(() => HousingNeed, { nullable: true, description: 'The latest need figures (argument-free, for other subgraphs to @requires)' })
  latestNeed(@Root() province: Province, @Ctx() { loaders }: RegionsContext): Promise<HousingNeed | null> {
    return loaders.provinceNeed.load({ code: province.code, year: null });
  }
}
