import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Authored } from './authorship.js';

@ObjectType({ description: 'A decision (keputusan) of a meeting, optionally about one kab/kota or one proposal' })
@Entity({ tableName: 'decision' })
export class Decision extends Authored {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  /** Resolved to `Decision.regency` (a stub). */
  @Property({ type: 'string', length: 5, nullable: true })
  regencyCode!: string | null;

  /** Resolved to `Decision.proposal` (a stub). */
  @Property({ type: 'uuid', nullable: true })
  proposalId!: string | null;
}
