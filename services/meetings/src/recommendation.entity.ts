import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A recommendation (rekomendasi) of a meeting' })
@Entity({ tableName: 'recommendation' })
export class Recommendation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'Its label in the source, e.g. "a"' })
  @Property({ type: 'text', nullable: true })
  label!: string | null;

  @Field()
  @Property({ type: 'text' })
  text!: string;
}
