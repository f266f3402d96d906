import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A province (provinsi) of the current Kemendagri frame' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'province' })
export class Province {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'Kemendagri code, e.g. "52" (Nusa Tenggara Barat)' })
  @PrimaryKey({ length: 2 })
  code!: string;

  @Field(() => String, { nullable: true, description: 'BPS code (2020 bridging table); none for the provinces created in 2022' })
  @Property({ type: 'string', length: 2, nullable: true })
  bpsCode!: string | null;

  @Field()
  @Property({ type: 'text' })
  name!: string;
}
