import { DateScalar } from '@housing-hub/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';
import { AgencyKind } from './agency-kind.enum.js';
import { FollowUpStatus } from './follow-up-status.enum.js';
import { AttendanceMode } from './attendance-mode.enum.js';
import { MeetingKind } from './meeting-kind.enum.js';

@InputType({ description: 'An agency taking part in a meeting' })
export class ParticipantInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => AttendanceMode, { nullable: true })
  mode?: AttendanceMode | null;

  @Field(() => String, { nullable: true })
  role?: string | null;
}

@InputType({ description: 'One agenda item, in order' })
export class AgendaItemInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  speakerName?: string | null;

  @Field(() => String, { nullable: true })
  speakerRole?: string | null;

  @Field(() => ID, { nullable: true })
  speakerAgencyId?: string | null;
}

@InputType({ description: 'A decision, optionally about one kab/kota or one proposal' })
export class DecisionInput {
  @Field()
  text!: string;

  @Field(() => ID, { nullable: true, description: 'Kemendagri kab/kota code, checked against the reference frame' })
  regencyCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of a proposal of the programs subgraph' })
  proposalId?: string | null;
}

@InputType({ description: 'A recommendation' })
export class RecommendationInput {
  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field()
  text!: string;
}

@InputType({ description: 'A follow-up action' })
export class FollowUpInput {
  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field()
  description!: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dueDate?: Date | null;

  @Field(() => FollowUpStatus, { nullable: true, description: 'OPEN unless given' })
  status?: FollowUpStatus | null;
}

@InputType({ description: 'A meeting to record, with everything it holds; written in one transaction or not at all' })
export class RecordMeetingInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'A client-chosen UUID makes the write idempotent: recording the same id again returns the meeting already recorded',
  })
  id?: string | null;

  @Field()
  title!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the venue; "Asia/Jakarta" (WIB) unless given' })
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => AttendanceMode)
  mode!: AttendanceMode;

  @Field(() => ID)
  organizerId!: string;

  @Field(() => [ID], { nullable: true, description: 'Province codes covered, checked against the reference frame' })
  provinceCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Kab/kota codes covered, checked against the reference frame' })
  regencyCodes?: string[] | null;

  @Field(() => [ParticipantInput], { nullable: true })
  participants?: ParticipantInput[] | null;

  @Field(() => [AgendaItemInput], { nullable: true })
  agenda?: AgendaItemInput[] | null;

  @Field(() => [DecisionInput], { nullable: true })
  decisions?: DecisionInput[] | null;

  @Field(() => [RecommendationInput], { nullable: true })
  recommendations?: RecommendationInput[] | null;

  @Field(() => [FollowUpInput], { nullable: true })
  followUps?: FollowUpInput[] | null;

  @Field(() => [String], { nullable: true })
  notes?: string[] | null;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@InputType({ description: 'An agency to record' })
export class RecordAgencyInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => AgencyKind)
  kind!: AgencyKind;

  @Field(() => ID, { nullable: true, description: 'The province it belongs to (implied by regencyCode)' })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The kab/kota it belongs to' })
  regencyCode?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'For a BP3KP: the provinces it works in' })
  coveredProvinceCodes?: string[] | null;
}
