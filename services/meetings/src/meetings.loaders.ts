import { awardsOfMeetings } from './award.js';
import type { EntityManager } from '@mikro-orm/core';
import { DataLoader, groupedLoader, keyedLoader } from '@housing-hub/subgraph-kit';
import type { Agency } from './agency.entity.js';
import type { Meeting } from './meeting.entity.js';
import { areaMeetingsKeyId, type AreaMeetingsKey } from './meeting.service.js';
import type { MeetingsServices } from './meetings.context.js';

/** The per-request DataLoaders of the meetings subgraph: whatever a list of meetings triggers is one statement per loader. */
export function createMeetingsLoaders(
  em: EntityManager,
  { meetings, agencies, deskReviews: reviews, followUps }: MeetingsServices,
) {
  const agencyById = keyedLoader(
    (ids: readonly string[]) => agencies.agenciesByIds(ids),
    (a: Agency) => a.id,
  );
  // Participants and follow-ups come with their agencies (one join each): they prime the agency loader, so
  // a list of meetings costs the same statements however its agencies are spread over the levels of the query.
  const primeAgencies = <T>(rows: T[], agencyOf: (row: T) => Agency | null): T[] => {
    for (const row of rows) {
      const agency = agencyOf(row);
      if (agency) agencyById.prime(agency.id, agency);
    }
    return rows;
  };
  return {
    agencyById,
    meetingById: keyedLoader(
      (ids: readonly string[]) => meetings.meetingsByIds(ids),
      (m) => m.id,
    ),
    coverageOfAgency: groupedLoader(
      (ids: readonly string[]) => agencies.coverageOfAgencies(ids),
      (c) => c.agencyId,
    ),
    provincesOfMeeting: groupedLoader(
      (ids: readonly string[]) => meetings.provincesOfMeetings(ids),
      (row) => row.meetingId,
    ),
    regenciesOfMeeting: groupedLoader(
      (ids: readonly string[]) => meetings.regenciesOfMeetings(ids),
      (row) => row.meetingId,
    ),
    participantsOfMeeting: groupedLoader(
      async (ids: readonly string[]) => primeAgencies(await meetings.participantsOfMeetings(ids), (row) => row.agency),
      (row) => row.meetingId,
    ),
    agendaOfMeeting: groupedLoader(
      (ids: readonly string[]) => meetings.agendaOfMeetings(ids),
      (row) => row.meetingId,
    ),
    decisionsOfMeeting: groupedLoader(
      (ids: readonly string[]) => meetings.decisionsOfMeetings(ids),
      (row) => row.meetingId,
    ),
    awardsOfMeeting: groupedLoader(
      (ids: readonly string[]) => awardsOfMeetings(em, ids),
      (row) => row.meetingId,
    ),
    recommendationsOfMeeting: groupedLoader(
      (ids: readonly string[]) => meetings.recommendationsOfMeetings(ids),
      (row) => row.meetingId,
    ),
    followUpsOfMeeting: groupedLoader(
      async (ids: readonly string[]) => primeAgencies(await meetings.followUpsOfMeetings(ids), (row) => row.owner),
      (row) => row.meetingId,
    ),
    followUpById: keyedLoader(
      (ids: readonly string[]) => meetings.followUpsByIds(ids),
      (row) => row.id,
    ),
    statusHistoryOfFollowUp: groupedLoader(
      (ids: readonly string[]) => followUps.statusHistoryOf(ids),
      (row) => row.followUpId,
    ),
    notesOfMeeting: groupedLoader(
      (ids: readonly string[]) => meetings.notesOfMeetings(ids),
      (row) => row.meetingId,
    ),
    deskReviewsOfMeeting: groupedLoader(
      (ids: readonly string[]) => reviews.reviewsOfMeetings(ids),
      (row) => row.meetingId,
    ),
    deskReviewsOfProposal: groupedLoader(
      (ids: readonly string[]) => reviews.reviewsOfProposals(ids),
      (row) => row.proposalId,
    ),
    meetingsOfRegency: new DataLoader<AreaMeetingsKey, Meeting[], string>((keys) => meetings.meetingsOfRegencies(keys), {
      cacheKeyFn: areaMeetingsKeyId,
    }),
    meetingsOfProvince: new DataLoader<AreaMeetingsKey, Meeting[], string>((keys) => meetings.meetingsOfProvinces(keys), {
      cacheKeyFn: areaMeetingsKeyId,
    }),
  };
}

export type MeetingsLoaders = ReturnType<typeof createMeetingsLoaders>;
