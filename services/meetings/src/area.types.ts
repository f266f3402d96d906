import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A province, owned by the regions subgraph: here only its key, extended with the meetings that covered it. */
@ObjectType()
@Directive('@key(fields: "code")')
export class Province {
  @Field(() => ID)
  code!: string;
}

/** A kab/kota, owned by the regions subgraph: here only its key, extended with its meetings. */
@ObjectType()
@Directive('@key(fields: "code")')
export class Regency {
  @Field(() => ID)
  code!: string;
}

/** Indonesia as a whole, owned by the regions subgraph: here its key, extended with who took part in coordination meetings. */
@ObjectType()
@Directive('@key(fields: "code")')
export class Nation {
  @Field(() => ID)
  code!: string;
}

/** A proposal (usulan), owned by the programs subgraph: here only its key, extended with its desk reviews. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Proposal {
  @Field(() => ID)
  id!: string;
}

export const provinceStub = (code: string): Province => ({ code });
export const regencyStub = (code: string): Regency => ({ code });
export const proposalStub = (id: string): Proposal => ({ id });
