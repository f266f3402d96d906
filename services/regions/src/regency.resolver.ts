import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import {
  assertProvinceCode,
  assertRegencyCode,
  assertYear,
  ConnectionType,
  pageRequest,
  type Connection,
} from '@housing-hub/subgraph-kit';
import { AreaOrder, RegencyFilterInput } from './area-order.input.js';
import { assertAreaOrder } from './area-order.validation.js';
import { AreaNeedResolver } from './area-need.resolver.js';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import { RegencyKind } from './regency-kind.enum.js';
import { PendataanProgress } from './pendataan.js';
import type { RegionsContext } from './regions.context.js';

export const RegencyConnection = ConnectionType(Regency, 'Regency');

@Resolver(() => Regency)
export class RegencyResolver extends AreaNeedResolver(
  Regency,
  (loaders) => loaders.regencyNeed,
  'Need in the latest year on or before `year` (latest of all without it)',
) {
  @Query(() => Regency, { nullable: true, description: 'A kab/kota by Kemendagri code ("52.01"); null when there is none' })
  regency(@Arg('code', () => ID) code: string, @Ctx() { loaders }: RegionsContext): Promise<Regency | null> {
    return loaders.regencyByCode.load(assertRegencyCode(code, 'code'));
  }

  @Query(() => RegencyConnection, {
    nullable: true,
    description:
      'Kab/kota a page at a time (first: default 20, at most 100), filtered and ordered in SQL: by code unless `orderBy` ' +
      'says otherwise (e.g. [{ field: UNINHABITABLE_HOMES, direction: DESC, year: 2023 }]); the code breaks ties',
  })
  regencies(
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('kind', () => RegencyKind, { nullable: true }) kind: RegencyKind | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => RegencyFilterInput, { nullable: true }) filter: RegencyFilterInput | null,
    @Arg('orderBy', () => [AreaOrder], { nullable: true }) orderBy: AreaOrder[] | null,
    @Ctx() { services }: RegionsContext,
  ): Promise<Connection<Regency>> {
    if (provinceCode != null) assertProvinceCode(provinceCode);
    for (const code of filter?.provinceCodes ?? []) assertProvinceCode(code, 'filter.provinceCodes');
    if (filter?.needYear != null) assertYear(filter.needYear, 'filter.needYear');
    for (const range of filter?.need ?? []) if (range.year != null) assertYear(range.year, 'filter.need.year');
    return services.areas.pageRegencies({ ...filter, provinceCode, kind }, pageRequest(first, after), assertAreaOrder(orderBy));
  }

  @FieldResolver(() => Province)
  async province(@Root() regency: Regency, @Ctx() { loaders }: RegionsContext): Promise<Province> {
    const province = await loaders.provinceByCode.load(regency.provinceCode);
    if (!province) throw new Error(`Regency ${regency.code} points at missing province ${regency.provinceCode}`);
    return province;
  }

  @FieldResolver(() => [PendataanProgress], {
    description: 'Pendataan (data collection) progress of Program 3 Juta Rumah: of one fiscal year, or every year (newest first)',
  })
  pendataan(
    @Root() regency: Regency,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<PendataanProgress[]> {
    return loaders.pendataan.load({
      regencyCode: regency.code,
      fiscalYear: fiscalYear == null ? null : assertYear(fiscalYear, 'fiscalYear'),
    });
  }
}
