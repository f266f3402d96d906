import { RequiresScopes } from '@housing-hub/subgraph-kit';
import { Field, Int, ObjectType } from 'type-graphql';
import { STAFF } from './authorship.js';
import { FollowUpStatus } from './follow-up-status.enum.js';

@ObjectType({ description: 'One change of a follow-up status: from what, to what, by whom, when' })
export class FollowUpStatusChange {
  /** Resolved through `statusHistoryOfFollowUp`. */
  followUpId!: string;

  @Field(() => FollowUpStatus, { nullable: true })
  fromStatus!: FollowUpStatus | null;

  @Field(() => FollowUpStatus)
  toStatus!: FollowUpStatus;

  @Field(() => Int, { description: 'The version the follow-up had after the change' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Who changed it (token subject); staff only' })
  @RequiresScopes(...STAFF)
  actor!: string;

  @Field()
  at!: Date;
}
