import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgencyKind } from './agency-kind.enum.js';

@ObjectType({
  description: 'A body that organizes or takes part in meetings: ministry units, BP3KP, regional offices, companies',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agency' })
export class Agency {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'The official name where the hub knows it; otherwise the generic name of the office of that area' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The usual abbreviation, e.g. "BP3KP NT I", "Disperkimta Kota Singkawang"',
  })
  @Property({ type: 'text', nullable: true })
  shortName!: string | null;

  @Field(() => AgencyKind)
  @Enum({ items: () => AgencyKind })
  kind!: AgencyKind;

  /** Resolved to `Agency.province` (a stub); not a public field of its own. */
  @Property({ type: 'string', length: 2, nullable: true })
  provinceCode!: string | null;

  /** Resolved to `Agency.regency` (a stub). */
  @Property({ type: 'string', length: 5, nullable: true })
  regencyCode!: string | null;

  /** Resolved to `Agency.parent` through a loader. */
  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;
}

/** A province a BP3KP / Balai P3KP works in. */
@Entity({ tableName: 'agency_coverage' })
export class AgencyCoverage {
  [PrimaryKeyProp]?: ['agencyId', 'provinceCode'];

  @PrimaryKey({ type: 'uuid' })
  agencyId!: string;

  @PrimaryKey({ type: 'string', length: 2 })
  provinceCode!: string;
}
