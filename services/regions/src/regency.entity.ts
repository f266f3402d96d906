import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RegencyKind } from './regency-kind.enum.js';

@ObjectType({ description: 'A kab/kota (kabupaten or kota) of the current Kemendagri frame' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'regency' })
@Index({ properties: ['provinceCode', 'code'] })
export class Regency {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'Kemendagri code, e.g. "52.01" (Kabupaten Lombok Barat)' })
  @PrimaryKey({ length: 5 })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'BPS code (2020 bridging table), e.g. "5201"; differs from the Kemendagri code for 199 kab/kota',
  })
  @Property({ type: 'string', length: 4, nullable: true })
  bpsCode!: string | null;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => RegencyKind)
  @Enum({ items: () => RegencyKind })
  kind!: RegencyKind;

  /** Resolved to `Regency.province` through a loader; not a public field of its own. */
  @Property({ length: 2 })
  provinceCode!: string;
}
