import type { EntityManager } from '@mikro-orm/core';
import type { SubgraphContext } from '@housing-hub/subgraph-kit';
import { AgencyService } from './agency.service.js';
import { DeskReviewService } from './desk-review.service.js';
import { FollowUpService } from './follow-up.service.js';
import { MeetingWriter } from './meeting-write.service.js';
import { MeetingService } from './meeting.service.js';
import type { MeetingsLoaders } from './meetings.loaders.js';

/** The rules of the meetings subgraph, one instance each per request: resolvers and loaders share them. */
export function createMeetingsServices(em: EntityManager) {
  const meetings = new MeetingService(em);
  return {
    meetings,
    agencies: new AgencyService(em),
    deskReviews: new DeskReviewService(em),
    followUps: new FollowUpService(em, meetings),
    writer: new MeetingWriter(em),
  };
}

export type MeetingsServices = ReturnType<typeof createMeetingsServices>;
export type MeetingsContext = SubgraphContext<MeetingsServices, MeetingsLoaders>;
