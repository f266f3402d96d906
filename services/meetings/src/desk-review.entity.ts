import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DeskRecommendation } from './desk-recommendation.enum.js';

@ObjectType({
  description: 'The need figure a desk used for a proposal, as it was at the desk (a snapshot, not the live figure)',
})
export class NeedSnapshot {
  @Field({ description: 'Which need figure: UNINHABITABLE_HOMES (RTLH), OWNERSHIP_BACKLOG, ...' })
  indicator!: string;

  @Field(() => Int, { nullable: true, description: 'The value used; null when the kab/kota had no need data' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'The year of the figure' })
  year!: number | null;

  @Field({ description: 'The source code of the figure (as regions names its data sources)' })
  sourceCode!: string;

  @Field()
  sourceName!: string;

  @Field({ description: 'True when the figure was modeled, not published' })
  modeled!: boolean;
}

@ObjectType({ description: 'A priority indicator of the ministry checked at a desk' })
export class PriorityIndicator {
  @Field({ description: 'A stable code, e.g. "RTLH_BY_NAME_ADDRESS"' })
  code!: string;

  @Field()
  label!: string;

  @Field({ description: 'Whether the proposal met it' })
  met!: boolean;
}

@ObjectType({ description: 'The review of one proposal at a desk sinkronisasi: proposed against recommended units, and why' })
@Entity({ tableName: 'desk_review' })
export class DeskReview {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Resolved to `DeskReview.meeting` through a loader. */
  @Property({ type: 'uuid' })
  meetingId!: string;

  /** Resolved to `DeskReview.proposal` (a stub). */
  @Property({ type: 'uuid' })
  proposalId!: string;

  /** Resolved to `DeskReview.regency` (a stub). */
  @Property({ type: 'string', length: 5 })
  regencyCode!: string;

  @Field({ description: 'The funding scheme code of the proposal, e.g. "BSPS"' })
  @Property({ type: 'text' })
  scheme!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Field(() => Int, { description: 'Units as proposed when the desk reviewed it' })
  @Property({ type: 'integer' })
  proposedUnits!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  recommendedUnits!: number;

  @Field(() => NeedSnapshot)
  needUsed!: NeedSnapshot;

  @Field(() => [PriorityIndicator])
  @Property({ type: 'json' })
  priorityIndicators!: PriorityIndicator[];

  @Field(() => DeskRecommendation)
  @Enum({ items: () => DeskRecommendation })
  recommendation!: DeskRecommendation;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field({ description: 'True for reviews of the modeled demo dataset' })
  @Property({ type: 'boolean', default: false })
  modeled!: boolean;

  @Property({ type: 'text' })
  needIndicator!: string;

  @Property({ type: 'integer', nullable: true })
  needValue!: number | null;

  @Property({ type: 'smallint', nullable: true })
  needYear!: number | null;

  @Property({ type: 'text' })
  needSourceCode!: string;

  @Property({ type: 'text' })
  needSourceName!: string;

  @Property({ type: 'boolean' })
  needSourceModeled!: boolean;
}

/** A row of `meetings.desk_review` as written (the demo seed) and read back (the service). */
export interface DeskReviewRecord {
  id: string;
  meeting_id: string;
  proposal_id: string;
  regency_code: string;
  scheme: string;
  fiscal_year: number;
  proposed_units: number;
  recommended_units: number;
  need_indicator: string;
  need_value: number | null;
  need_year: number | null;
  need_source_code: string;
  need_source_name: string;
  need_source_modeled: boolean;
  priority_indicators: PriorityIndicator[];
  recommendation: DeskRecommendation;
  note: string | null;
  modeled: boolean;
}
