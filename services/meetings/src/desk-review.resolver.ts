import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequiresScopes, Role } from '@housing-hub/subgraph-kit';
import { proposalStub, regencyStub, Proposal, Regency } from './area.types.js';
import { DeskReview } from './desk-review.entity.js';
import { Meeting } from './meeting.entity.js';
import type { MeetingsContext } from './meetings.context.js';

@Resolver(() => DeskReview)
export class DeskReviewResolver {
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
