import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import type { Meeting } from './meeting.entity.js';
import type { MeetingsContext } from './meetings.context.js';

/** Another subgraph points at a meeting by its id (any case): one query per batch of references. */
export const meetingReference: ReferenceResolver<Pick<Meeting, 'id'>, MeetingsContext> = {
  __resolveReference: (reference, { loaders }) => loaders.meetingById.load(reference.id.toLowerCase()),
};
