import { MEETINGS_TRACKED_TABLES } from './export/change-log.tables.js';
import type { HubService } from '@housing-hub/subgraph-kit';
import { buildSubgraph, dataFeedOwner } from '@housing-hub/subgraph-kit';
import { Agency, AgencyCoverage } from './agency.entity.js';
import { agencyReference } from './agency.reference.js';
import { AgencyResolver } from './agency.resolver.js';
import { ApiKeyResolver } from './api-key.resolver.js';
import { AuditLogResolver, auditLogReference } from './audit-log.resolver.js';
import { AgendaItem } from './agenda-item.entity.js';
import { NationMeetingsResolver, ProvinceMeetingsResolver, RegencyMeetingsResolver } from './area.resolver.js';
import { nationReference, proposalReference, provinceReference, regencyReference } from './area.reference.js';
import { Nation } from './area.types.js';
import { Decision } from './decision.entity.js';
import { DeskReview } from './desk-review.entity.js';
import { DeskReviewResolver, ProposalDeskReviewsResolver } from './desk-review.resolver.js';
import { AgendaItemResolver, DecisionResolver, ParticipantResolver, SpeakerResolver } from './meeting-details.resolver.js';
import { FollowUp } from './follow-up.entity.js';
import { FollowUpResolver } from './follow-up.resolver.js';
import { Meeting, MeetingNote, MeetingProvince, MeetingRegency } from './meeting.entity.js';
import { meetingReference } from './meeting.reference.js';
import { MeetingResolver } from './meeting.resolver.js';
import { createMeetingsServices, type MeetingsServices } from './meetings.context.js';
import { createMeetingsLoaders, type MeetingsLoaders } from './meetings.loaders.js';
import { seedDemoDesks, seedReference } from './meetings.seed.js';
import { seedDemoAwards } from './award.js';
import { AwardResolver, MeetingAwardsResolver } from './award.resolver.js';
import { followUpsExport, meetingsExport } from './export/meetings.export.js';
import { meetingsMigrations } from './migrations/index.js';
import { Participant } from './participant.entity.js';
import { Recommendation } from './recommendation.entity.js';

/** `changes` and `datasets` over every service (regions and programs add their slices). */
const feed = dataFeedOwner({
  service: 'meetings',
  tracked: MEETINGS_TRACKED_TABLES,
  datasets: async () => [meetingsExport, followUpsExport],
});

/** The meetings subgraph: agencies, meetings and all they hold, follow-ups, desk reviews of proposals. */
export const meetingsService: HubService<MeetingsServices, MeetingsLoaders> = {
  name: 'meetings',
  defaultPort: 4003,
  entities: [
    Agency,
    AgencyCoverage,
    Meeting,
    MeetingProvince,
    MeetingRegency,
    MeetingNote,
    Participant,
    AgendaItem,
    Decision,
    Recommendation,
    FollowUp,
    DeskReview,
  ],
  migrations: meetingsMigrations,
  changeLog: MEETINGS_TRACKED_TABLES,
  // The gateway reports keys' last use every few seconds while partners pull data; no cacheable answer
  // shows it (`apiKeys` is never cached), so it must not empty every meetings entry of the response cache.
  versionIgnoredColumns: { api_key: ['last_used_at'] },
  exports: async () => [meetingsExport, followUpsExport],
  createServices: createMeetingsServices,
  createLoaders: createMeetingsLoaders,
  buildSubgraph: () =>
    buildSubgraph({
      name: 'meetings',
      resolvers: [
        MeetingResolver,
        MeetingAwardsResolver,
        AwardResolver,
        AgencyResolver,
        FollowUpResolver,
        ParticipantResolver,
        AgendaItemResolver,
        SpeakerResolver,
        DecisionResolver,
        DeskReviewResolver,
        ProposalDeskReviewsResolver,
        RegencyMeetingsResolver,
        ProvinceMeetingsResolver,
        NationMeetingsResolver,
        ApiKeyResolver,
        AuditLogResolver,
        ...feed.resolvers,
      ],
      // Nation is reachable only through its representation (its field here extends regions' type).
      orphanedTypes: [Nation, ...feed.types],
      referenceResolvers: {
        Meeting: meetingReference,
        Agency: agencyReference,
        Province: provinceReference,
        Nation: nationReference,
        Regency: regencyReference,
        Proposal: proposalReference,
        AuditLogConnection: auditLogReference,
        ...feed.references,
      },
    }),
  async seed(em, options) {
    await seedReference(em);
    if (options.demo) {
      await seedDemoDesks(em);
      await seedDemoAwards(em);
    }
  },
};
