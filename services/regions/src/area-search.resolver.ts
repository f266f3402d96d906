import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { assertPositiveLimit } from '@housing-hub/subgraph-kit';
import { AreaLevel } from './area-level.enum.js';
import { Province } from './province.entity.js';
import { Regency } from './regency.entity.js';
import { RegencyKind } from './regency-kind.enum.js';
import type { RegionsContext } from './regions.context.js';

@ObjectType({ description: 'A province or kab/kota found by name, with how well it matched' })
export class AreaMatch {
  @Field(() => AreaLevel)
  level!: AreaLevel;

  @Field(() => ID, { description: 'Kemendagri code' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => RegencyKind, { nullable: true, description: 'Kabupaten or kota; null for a province' })
  kind!: RegencyKind | null;

  @Field(() => Float, {
    description: 'Higher is better: whole name 100, start 80, a word 60, anywhere 40; +10 when the kind named matches',
  })
  score!: number;
}

const DEFAULT_RESULTS = 10;

@Resolver(() => AreaMatch)
export class AreaSearchResolver {
  @Query(() => [AreaMatch], {
    description:
      'Provinces and kab/kota by name, ranked, for search boxes: case- and accent-insensitive, with or without the kind ' +
      '("Kab. Bekasi", "Kabupaten Bekasi", "bekasi"; "Kota Bima" ranks Kota Bima before Kabupaten Bima); a code finds its area',
  })
  searchAreas(
    @Arg('text') text: string,
    @Arg('first', () => Int, { nullable: true, description: `At most this many (default ${DEFAULT_RESULTS}, at most 100)` })
    first: number | null,
    @Ctx() { services }: RegionsContext,
  ): Promise<AreaMatch[]> {
    const limit = first == null ? DEFAULT_RESULTS : assertPositiveLimit(first, 'first');
    return services.search.search(text, limit) as Promise<AreaMatch[]>;
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province found, or the province of the kab/kota found' })
  province(@Root() match: AreaMatch, @Ctx() { loaders }: RegionsContext): Promise<Province | null> {
    return loaders.provinceByCode.load(match.code.slice(0, 2));
  }

  @FieldResolver(() => Regency, { nullable: true, description: 'The kab/kota found; null for a province' })
  regency(@Root() match: AreaMatch, @Ctx() { loaders }: RegionsContext): Promise<Regency | null> | null {
    return match.level === AreaLevel.REGENCY ? loaders.regencyByCode.load(match.code) : null;
  }
}
