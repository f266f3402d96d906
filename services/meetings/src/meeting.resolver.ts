import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  DateScalar,
  pageRequest,
  RequiresScopes,
  Role,
  SortDirection,
  WriteFor,
  type Connection,
} from '@housing-hub/subgraph-kit';
import { assertMayChangeMeeting, assertMayRecordMeetingFor } from './meeting-rights.js';
import { Agency } from './agency.entity.js';
import { AgencyKind } from './agency-kind.enum.js';
import { AgendaItem } from './agenda-item.entity.js';
import { provinceStub, regencyStub, Province, Regency } from './area.types.js';
import { Decision } from './decision.entity.js';
import { DeskReview } from './desk-review.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { Meeting } from './meeting.entity.js';
import { MeetingKind } from './meeting-kind.enum.js';
import { MeetingConnection } from './meeting-connection.type.js';
import type { MeetingsContext } from './meetings.context.js';
import { Participant } from './participant.entity.js';
import { Recommendation } from './recommendation.entity.js';
import { DecisionInput, RecordMeetingInput } from './record-meeting.input.js';
import { calendarDay } from './validation.js';
import { loadMeeting } from './written-meeting.js';

@InputType({ description: 'Which meetings to list; all conditions must hold' })
export class MeetingFilter {
  @Field(() => ID, { nullable: true, description: 'Meetings covering the province or any of its kab/kota' })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meetings covering the kab/kota' })
  regencyCode?: string | null;

  @Field(() => MeetingKind, { nullable: true })
  kind?: MeetingKind | null;

  @Field(() => ID, { nullable: true, description: 'Meetings this agency organized or took part in' })
  agencyId?: string | null;

  @Field(() => AgencyKind, {
    nullable: true,
    description: 'Meetings organized or attended by an agency of this kind (e.g. LAND_OFFICE for ATR/BPN)',
  })
  agencyKind?: AgencyKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on or after this day (local time of the meeting)' })
  from?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on or before this day' })
  to?: Date | null;

  @Field(() => [MeetingKind], { nullable: true, description: 'Any of these kinds' })
  kinds?: MeetingKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Covering any of these provinces (or any of their kab/kota)' })
  provinceCodes?: string[] | null;
}

export enum MeetingOrderField {
  STARTS_AT = 'STARTS_AT',
}
registerEnumType(MeetingOrderField, {
  name: 'MeetingOrderField',
  description: 'What meetings are ordered by (the id breaks ties)',
});

@InputType({ description: 'The ordering of meetings: by start, earliest (ASC, the default) or latest first' })
export class MeetingOrder {
  @Field(() => MeetingOrderField)
  field!: MeetingOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, {
    nullable: true,
    description:
      'Meetings in date order (earliest first unless orderBy says DESC), a page at a time (first: default 20, at most 100)',
  })
  meetings(
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter: MeetingFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('orderBy', () => [MeetingOrder], {
      nullable: true,
      description: 'e.g. [{ field: STARTS_AT, direction: DESC }] for the latest first',
    })
    orderBy: MeetingOrder[] | null,
    @Ctx() { services }: MeetingsContext,
  ): Promise<Connection<Meeting>> {
    return services.meetings.pageMeetings(
      {
        provinceCode: filter?.provinceCode ?? null,
        regencyCode: filter?.regencyCode ?? null,
        kind: filter?.kind ?? null,
        agencyId: filter?.agencyId?.toLowerCase() ?? null,
        agencyKind: filter?.agencyKind ?? null,
        from: filter?.from ? calendarDay(filter.from) : null,
        to: filter?.to ? calendarDay(filter.to) : null,
        kinds: filter?.kinds ?? null,
        provinceCodes: filter?.provinceCodes ?? null,
        newestFirst: orderBy?.[0]?.direction === SortDirection.DESC,
      },
      pageRequest(first, after),
    );
  }

  @Query(() => Meeting, { nullable: true, description: 'A meeting by id; null when there is none' })
  meeting(@Arg('id', () => ID) id: string, @Ctx() { loaders }: MeetingsContext): Promise<Meeting | null> {
    return loaders.meetingById.load(id.toLowerCase());
  }

  @FieldResolver(() => Agency)
  async organizer(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<Agency> {
    const agency = await loaders.agencyById.load(meeting.organizerId);
    if (!agency) throw new Error(`Meeting ${meeting.id} points at missing agency ${meeting.organizerId}`);
    return agency;
  }

  @FieldResolver(() => [Province], { nullable: true, description: 'The provinces it covers' })
  async provinces(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<Province[]> {
    return (await loaders.provincesOfMeeting.load(meeting.id)).map((row) => provinceStub(row.code));
  }

  @FieldResolver(() => [Regency], { nullable: true, description: 'The kab/kota it covers, in code order' })
  async regencies(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<Regency[]> {
    return (await loaders.regenciesOfMeeting.load(meeting.id)).map((row) => regencyStub(row.code));
  }

  @FieldResolver(() => [Participant])
  participants(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<Participant[]> {
    return loaders.participantsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [AgendaItem])
  agenda(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<AgendaItem[]> {
    return loaders.agendaOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [Decision])
  decisions(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<Decision[]> {
    return loaders.decisionsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [Recommendation])
  recommendations(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<Recommendation[]> {
    return loaders.recommendationsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [FollowUp])
  followUps(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<FollowUp[]> {
    return loaders.followUpsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => [String], {
    description: 'Notes attached to the record: context, and what the source says where the record differs from it',
  })
  async notes(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<string[]> {
    return (await loaders.notesOfMeeting.load(meeting.id)).map((note) => note.text);
  }

  @FieldResolver(() => [DeskReview], {
    nullable: true,
    description: 'The proposals reviewed at this meeting (desk sinkronisasi); staff only',
  })
  @RequiresScopes(Role.PEMDA, Role.BP3KP, Role.DIRECTORATE, Role.DATA_STEWARD)
  deskReviews(@Root() meeting: Meeting, @Ctx() { loaders }: MeetingsContext): Promise<DeskReview[]> {
    return loaders.deskReviewsOfMeeting.load(meeting.id);
  }

  @Mutation(() => Meeting, {
    description:
      'Records a meeting with everything it holds, in one transaction; area codes are checked against the Kemendagri frame ' +
      '(INVALID_AREA_CODE, UNKNOWN_AREA_CODE) and nothing is written when any input is refused',
  })
  @WriteFor(Role.BP3KP, Role.DIRECTORATE)
  async recordMeeting(
    @Arg('input', () => RecordMeetingInput) input: RecordMeetingInput,
    @Ctx() ctx: MeetingsContext,
  ): Promise<Meeting> {
    assertMayRecordMeetingFor(ctx.caller, input.provinceCodes, input.regencyCodes);
    const id = await ctx.services.writer.recordMeeting(input, ctx.caller);
    return loadMeeting(ctx, id);
  }

  @Mutation(() => Meeting, { description: 'Adds decisions to a meeting, after those it has; all or none' })
  @WriteFor(Role.BP3KP, Role.DIRECTORATE)
  async addDecisions(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('decisions', () => [DecisionInput]) decisions: DecisionInput[],
    @Ctx() ctx: MeetingsContext,
  ): Promise<Meeting> {
    await assertMayChangeMeeting(ctx.em, ctx.caller, meetingId);
    await ctx.services.writer.addDecisions(meetingId, decisions, ctx.caller);
    return loadMeeting(ctx, meetingId.toLowerCase());
  }
}
