import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertMayChangeFollowUp, assertMayChangeMeeting } from './meeting-rights.js';
import { DateScalar, NeverCache, Role, WriteFor } from '@housing-hub/subgraph-kit';
import { Agency } from './agency.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { FollowUpStatus } from './follow-up-status.enum.js';
import { FollowUpStatusChange } from './follow-up-status-change.type.js';
import { Meeting } from './meeting.entity.js';
import type { MeetingsContext } from './meetings.context.js';
import { FollowUpInput } from './record-meeting.input.js';
import { calendarDay } from './validation.js';
import { loadMeeting } from './written-meeting.js';

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Query(() => [FollowUp], {
    nullable: true,
    description:
      'Follow-ups still open or in progress whose due date has passed (before `asOf`, default today, UTC), oldest first',
  })
  @NeverCache() // "overdue as of today" changes with the date, not with a write
  overdueFollowUps(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: Date | null,
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Ctx() { services }: MeetingsContext,
  ): Promise<FollowUp[]> {
    return services.followUps.overdue(calendarDay(asOf ?? new Date()), provinceCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'Who is to carry it out' })
  owner(@Root() followUp: FollowUp, @Ctx() { loaders }: MeetingsContext): Promise<Agency | null> | null {
    return followUp.ownerId ? loaders.agencyById.load(followUp.ownerId) : null;
  }

  @FieldResolver(() => [FollowUpStatusChange], {
    description: 'Every change of its status, oldest first (its first status is the one it was agreed with)',
  })
  statusHistory(@Root() followUp: FollowUp, @Ctx() { loaders }: MeetingsContext): Promise<FollowUpStatusChange[]> {
    return loaders.statusHistoryOfFollowUp.load(followUp.id);
  }

  @FieldResolver(() => Meeting, { description: 'The meeting that agreed it' })
  async meeting(@Root() followUp: FollowUp, @Ctx() { loaders }: MeetingsContext): Promise<Meeting> {
    const meeting = await loaders.meetingById.load(followUp.meetingId);
    if (!meeting) throw new Error(`Follow-up ${followUp.id} points at missing meeting ${followUp.meetingId}`);
    return meeting;
  }

  @Mutation(() => Meeting, { description: 'Adds follow-ups to a meeting, after those it has; all or none' })
  @WriteFor(Role.BP3KP, Role.DIRECTORATE)
  async addFollowUps(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('followUps', () => [FollowUpInput]) followUps: FollowUpInput[],
    @Ctx() ctx: MeetingsContext,
  ): Promise<Meeting> {
    await assertMayChangeMeeting(ctx.em, ctx.caller, meetingId);
    await ctx.services.followUps.addFollowUps(meetingId, followUps, ctx.caller);
    return loadMeeting(ctx, meetingId.toLowerCase());
  }

  @Mutation(() => FollowUp, {
    description:
      'Sets the status of a follow-up. Pass the version you read: if it changed since, the update is refused with CONFLICT ' +
      '(read it again and retry), so a concurrent update is never overwritten',
  })
  @WriteFor(Role.BP3KP, Role.DIRECTORATE)
  async updateFollowUpStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => FollowUpStatus) status: FollowUpStatus,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() { services, em, caller }: MeetingsContext,
  ): Promise<FollowUp> {
    await assertMayChangeFollowUp(em, caller, id);
    return services.followUps.updateStatus(id, status, expectedVersion, caller);
  }
}
