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

  @Field(() => Int, { nullable: true })
  @Directive('@external')
  households?: number | null;

  @Field(() => DataSource, { nullable: true })
  @Directive('@external')
  householdsSource?: Pick<DataSource, 'modeled'> | null;

  @Field(() => Int, { nullable: true })
  @Directive('@external')
  ownershipBacklog?: number | null;

  @Field(() => DataSource, { nullable: true })
  @Directive('@external')
  ownershipBacklogSource?: Pick<DataSource, 'modeled'> | null;

  @Field(() => Int, { nullable: true })
  @Directive('@external')
  habitabilityBacklog?: number | null;

  @Field(() => DataSource, { nullable: true })
  @Directive('@external')
  habitabilityBacklogSource?: Pick<DataSource, 'modeled'> | null;
}

/** What the gateway sends for `@requires(fields: "latestNeed { year uninhabitableHomes uninhabitableHomesSource { modeled } ... }")`. */
export interface RequiredNeed {
  year: number;
  uninhabitableHomes: number | null;
  uninhabitableHomesSource?: { modeled: boolean } | null;
  households?: number | null;
  householdsSource?: { modeled: boolean } | null;
  ownershipBacklog?: number | null;
  ownershipBacklogSource?: { modeled: boolean } | null;
  habitabilityBacklog?: number | null;
  habitabilityBacklogSource?: { modeled: boolean } | null;
}

/** An area as a `@requires` brings it: its code and its latest need. */
export interface RequiredArea {
  code: string;
  latestNeed?: RequiredNeed | null;
}

// A kab/kota or province stub comes by the thousand in funding rows: `simpleResolvers` serves its
// fields as plain property reads (no type-graphql resolver, no deadline check per field and row).
@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "code")')
export class Regency {
  @Field(() => ID)
  code!: string;

  @Field(() => HousingNeed, { nullable: true })
  @Directive('@external')
  latestNeed?: RequiredNeed | null;
}

@ObjectType({ simpleResolvers: true })
@Directive('@key(fields: "code")')
export class Province {
  @Field(() => ID)
  code!: string;

  @Field(() => HousingNeed, { nullable: true })
  @Directive('@external')
  latestNeed?: RequiredNeed | null;

  @Field(() => [Regency])
  @Directive('@external')
  regencies?: RequiredArea[];
}

/** Indonesia as a whole (regions owns it): here its key, and the areas programs requires to rank or filter over them. */
@ObjectType()
@Directive('@key(fields: "code")')
export class Nation {
  @Field(() => ID)
  code!: string;

  @Field(() => [Province])
  @Directive('@external')
  provinces?: RequiredArea[];

  @Field(() => [Regency])
  @Directive('@external')
  regencies?: RequiredArea[];

  @Field(() => [Regency])
  @Directive('@external')
  coordinationAttendees?: { code: string }[];
}

/** An agency (meetings owns it): here its key, and the provinces of a BP3KP's work area, which programs requires. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Agency {
  @Field(() => ID)
  id!: string;

  @Field(() => [Province], { nullable: true })
  @Directive('@external')
  coveredProvinces?: { code: string }[] | null;
}
