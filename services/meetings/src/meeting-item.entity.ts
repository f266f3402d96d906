import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * What the numbered, labelled items of a meeting share (recommendations, follow-ups): their id, their
 * meeting, their order and the label the source gives them. Columns and fields are declared once here.
 */
@ObjectType()
export abstract class LabelledMeetingItem {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Resolved to the item's meeting through a loader. */
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int, { description: 'Its order in the meeting, from 1' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'Its label in the source, e.g. "1" or "a"' })
  @Property({ type: 'text', nullable: true })
  label!: string | null;
}
