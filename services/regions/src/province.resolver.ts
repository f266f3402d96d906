import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertPositiveLimit, assertProvinceCode } from '@housing-hub/subgraph-kit';
import { AreaOrder } from './area-order.input.js';
import { assertAreaOrder } from './area-order.validation.js';
import { AreaNeedResolver } from './area-need.resolver.js';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import type { RegionsContext } from './regions.context.js';

@Resolver(() => Province)
export class ProvinceResolver extends AreaNeedResolver(
  Province,
  (loaders) => loaders.provinceNeed,
  'Need in the latest year on or before `year` (latest of all without it); its own figure, or the sum of its kab/kota',
) {
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
}
