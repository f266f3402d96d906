import { Field, ID, InputType, Int } from 'type-graphql';
import { DeskRecommendation } from './desk-recommendation.enum.js';

@InputType({ description: 'The need figure the desk used, as it was at the desk' })
export class NeedSnapshotInput {
  @Field({ description: 'Which need figure: UNINHABITABLE_HOMES (RTLH), OWNERSHIP_BACKLOG, ...' })
  indicator!: string;

  @Field(() => Int, { nullable: true, description: 'Null when the kab/kota had no need data' })
  value!: number | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field({ description: 'The source code of the figure, as regions names it (need { ...Source { code } })' })
  sourceCode!: string;

  @Field()
  sourceName!: string;

  @Field()
  modeled!: boolean;
}

@InputType({ description: 'A priority indicator checked at the desk' })
export class PriorityIndicatorInput {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field()
  met!: boolean;
}

@InputType({
  description: 'The review of one proposal at a desk: who (the meeting), how many units recommended, on which need figure',
})
export class RecordDeskReviewInput {
  @Field(() => ID, { description: 'The meeting that held the desk' })
  meetingId!: string;

  @Field(() => ID, { description: 'The proposal of the programs subgraph' })
  proposalId!: string;

  @Field(() => ID, { description: 'The kab/kota of the proposal, checked against the Kemendagri frame' })
  regencyCode!: string;

  @Field({ description: 'The scheme code of the proposal, e.g. "BSPS"' })
  scheme!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int)
  proposedUnits!: number;

  @Field(() => Int, { description: 'At most the units proposed' })
  recommendedUnits!: number;

  @Field(() => DeskRecommendation)
  recommendation!: DeskRecommendation;

  @Field(() => NeedSnapshotInput)
  needUsed!: NeedSnapshotInput;

  @Field(() => [PriorityIndicatorInput], { nullable: true })
  priorityIndicators!: PriorityIndicatorInput[] | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}
