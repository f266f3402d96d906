import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { DateScalar } from '@housing-hub/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { FollowUpStatus } from './follow-up-status.enum.js';
import { LabelledMeetingItem } from './meeting-item.entity.js';

@ObjectType({ description: 'A follow-up action (tindak lanjut) agreed at a meeting' })
@Entity({ tableName: 'follow_up' })
export class FollowUp extends LabelledMeetingItem {
  @Field()
  @Property({ type: 'text' })
  description!: string;

  /** Resolved to `FollowUp.owner` through a loader. */
  @Property({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Field(() => FollowUpStatus)
  @Enum({ items: () => FollowUpStatus })
  status!: FollowUpStatus;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back to `updateFollowUpStatus`' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field()
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
