import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** What an indicator measures, in which unit, and how its publisher words it (`regions.indicator`). */
@ObjectType({ description: 'An indicator of any unit (percent, hectares, million households...), with its definition' })
@Entity({ tableName: 'indicator' })
export class Indicator {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'A stable code, e.g. "HOMEOWNERSHIP_PCT"' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The unit of every value: "%", "million households", "ha", "households", "units"' })
  @Property({ type: 'text' })
  unit!: string;

  @Field({ description: 'What is counted, and how it differs from a like indicator' })
  @Property({ type: 'text' })
  definition!: string;

  @Field(() => String, { nullable: true, description: "The publisher's own wording (Bahasa Indonesia)" })
  @Property({ type: 'text', nullable: true })
  publisherWording!: string | null;

  @Property({ type: 'smallint', default: 0 })
  sortOrder!: number;
}
