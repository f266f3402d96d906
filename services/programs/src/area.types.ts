import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

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
}

/** What the gateway sends for `@requires(fields: "latestNeed { year uninhabitableHomes }")`. */
export interface RequiredNeed {
  year: number;
  uninhabitableHomes: number | null;
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
