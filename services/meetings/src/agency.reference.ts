import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import type { Agency } from './agency.entity.js';
import type { MeetingsContext } from './meetings.context.js';

/** Another subgraph points at an agency by its id (any case): one query per batch of references. */
export const agencyReference: ReferenceResolver<Pick<Agency, 'id'>, MeetingsContext> = {
  __resolveReference: (reference, { loaders }) => loaders.agencyById.load(reference.id.toLowerCase()),
};
