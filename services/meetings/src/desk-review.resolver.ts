import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { assertCoversAreas, RequiresScopes, Role, WriteFor } from '@housing-hub/subgraph-kit';
import { assertMayChangeMeeting } from './meeting-rights.js';
import { RecordDeskReviewInput } from './record-desk-review.input.js';
import { proposalStub, regencyStub, Proposal, Regency } from './area.types.js';
import { DeskReview } from './desk-review.entity.js';
import { Meeting } from './meeting.entity.js';
import type { MeetingsContext } from './meetings.context.js';

@Resolver(() => DeskReview)
export class DeskReviewResolver {
  @Mutation(() => DeskReview, {
    description:
      'Records the review of a proposal at a desk (a DESK_SINKRONISASI, or a meeting that held one): proposed against recommended units, the need figure used ' +
      'and the priority indicators; recording the same meeting and proposal again replaces the review (a retry is harmless). ' +
      'A BP3KP reviews proposals of its work area only. Unknown kab/kota: UNKNOWN_AREA_CODE; negative units: NEGATIVE_NUMBER; ' +
      'more units recommended than proposed: VALIDATION_FAILED; unknown meeting: NOT_FOUND',
  })
  @WriteFor(Role.BP3KP, Role.DIRECTORATE)
  async recordDeskReview(
    @Arg('input', () => RecordDeskReviewInput) input: RecordDeskReviewInput,
    @Ctx() ctx: MeetingsContext,
  ): Promise<DeskReview> {
    assertCoversAreas(ctx.caller, [input.regencyCode], 'review proposals of this kab/kota');
    await assertMayChangeMeeting(ctx.em, ctx.caller, input.meetingId);
    const id = await ctx.services.deskReviews.recordDeskReview(input, ctx.caller);
    const review = await ctx.services.deskReviews.reviewById(id);
    return review!;
  }

  @FieldResolver(() => Proposal, { nullable: true })
  proposal(@Root() review: DeskReview): Proposal {
    return proposalStub(review.proposalId);
  }

  @FieldResolver(() => Regency, { nullable: true, description: 'The kab/kota of the proposal' })
  regency(@Root() review: DeskReview): Regency {
    return regencyStub(review.regencyCode);
  }

  @FieldResolver(() => Meeting, { description: 'The desk meeting that reviewed it' })
  async meeting(@Root() review: DeskReview, @Ctx() { loaders }: MeetingsContext): Promise<Meeting> {
    const meeting = await loaders.meetingById.load(review.meetingId);
    if (!meeting) throw new Error(`Desk review ${review.id} points at missing meeting ${review.meetingId}`);
    return meeting;
  }
}

@Resolver(() => Proposal)
export class ProposalDeskReviewsResolver {
  @FieldResolver(() => [DeskReview], {
    nullable: true,
    description: 'Its reviews at desk sinkronisasi meetings, in date order; staff only',
  })
  @RequiresScopes(Role.PEMDA, Role.BP3KP, Role.DIRECTORATE, Role.DATA_STEWARD)
  deskReviews(@Root() proposal: Proposal, @Ctx() { loaders }: MeetingsContext): Promise<DeskReview[]> {
    return loaders.deskReviewsOfProposal.load(proposal.id.toLowerCase());
  }
}
