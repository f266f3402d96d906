import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertProvinceCode, assertRegencyCode, assertYear, ConnectionType, pageRequest, type Connection } from '@housing-hub/subgraph-kit';
import { HousingNeed } from './housing-need.type.js';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import { RegencyKind } from './regency-kind.enum.js';
import type { RegionsContext } from './regions.context.js';

export const RegencyConnection = ConnectionType(Regency, 'Regency');

@Resolver(() => Regency)
export class RegencyResolver {
  @Query(() => Regency, { nullable: true, description: 'A kab/kota by Kemendagri code ("52.01"); null when there is none' })
  regency(@Arg('code', () => ID) code: string, @Ctx() { loaders }: RegionsContext): Promise<Regency | null> {
    return loaders.regencyByCode.load(assertRegencyCode(code, 'code'));
  }

  @Query(() => RegencyConnection, { nullable: true, description: 'Kab/kota in code order, a page at a time (first: default 20, at most 100)' })
  regencies(
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('kind', () => RegencyKind, { nullable: true }) kind: RegencyKind | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { services }: RegionsContext,
  ): Promise<Connection<Regency>> {
    if (provinceCode != null) assertProvinceCode(provinceCode);
    return services.areas.pageRegencies({ provinceCode, kind }, pageRequest(first, after));
  }

  @FieldResolver(() => Province)
  async province(@Root() regency: Regency, @Ctx() { loaders }: RegionsContext): Promise<Province> {
    const province = await loaders.provinceByCode.load(regency.provinceCode);
    if (!province) throw new Error(`Regency ${regency.code} points at missing province ${regency.provinceCode}`);
    return province;
  }

  @FieldResolver(() => HousingNeed, { nullable: true, description: 'Need in the latest year on or before `year` (latest of all without it)' })
  need(
    @Root() regency: Regency,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders }: RegionsContext,
  ): Promise<HousingNeed | null> {
    return loaders.regencyNeed.load({ code: regency.code, year: year == null ? null : assertYear(year) });
  }

  @FieldResolver(() => HousingNeed, { nullable: true, description: 'The latest need figures (argument-free, for other subgraphs to @requires)' })
  latestNeed(@Root() regency: Regency, @Ctx() { loaders }: RegionsContext): Promise<HousingNeed | null> {
    return loaders.regencyNeed.load({ code: regency.code, year: null });
  }
}
