import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.entity.js';

/**
 * Stubs of the types that regions owns: programs knows them by their key only. `latestNeed` is
 * external: programs receives it (through `@requires`) to compute coverage, and never resolves it.
 */
// No descriptions on the stubs: the owner's descriptions are the ones the supergraph shows.
@ObjectType()
@Directive('@key(fields: "areaCode year", resolvable: false)')
export class HousingNeed {
  @Field(() => ID)
  areaCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  @Directive('@external')
  uninhabitableHomes?: number | null;

  @Field(() => DataSource, { nullable: true })
  @Directive('@external')
  uninhabitableHomesSource?: Pick<DataSource, 'modeled'> | null;
}

/** What the gateway sends for `@requires(fields: "latestNeed { year uninhabitableHomes uninhabitableHomesSource { modeled } }")`. */
export interface RequiredNeed {
  year: number;
  uninhabitableHomes: number | null;
  uninhabitableHomesSource?: { modeled: boolean } | null;
}

@ObjectType()
@Directive('@key(fields: "code")')
export class Regency {
  @Field(() => ID)
  code!: string;

  @Field(() => HousingNeed, { nullable: true })
  @Directive('@external')
  latestNeed?: RequiredNeed | null;
}

@ObjectType()
@Directive('@key(fields: "code")')
export class Province {
  @Field(() => ID)
  code!: string;

  @Field(() => HousingNeed, { nullable: true })
  @Directive('@external')
  latestNeed?: RequiredNeed | null;
}
