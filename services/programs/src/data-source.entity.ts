import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Where a programs figure comes from. The same shape as regions' `DataSource`; a type of its own
 * because a value type defined in two subgraphs would have to be `@shareable` in both.
 */
@ObjectType({ description: 'Where a funding figure comes from (published, or modeled for the demo dataset)' })
@Entity({ tableName: 'data_source' })
export class ProgramDataSource {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'A stable code, e.g. "DEMO-FLPP-2025"' })
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
