import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a figure comes from: every figure the hub serves can say so' })
@Entity({ tableName: 'data_source' })
export class DataSource {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'A stable code, e.g. "SUSENAS-2023-PKP"' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  url!: string | null;

  @Field({ description: 'True when the figure is modeled (e.g. the demo dataset), not published' })
  @Property({ type: 'boolean', default: false })
  modeled!: boolean;
}
