import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import type { ProgramsContext } from './programs.context.js';
import type { Proposal } from './proposal.entity.js';

/** Another subgraph (meetings' desk reviews) points at a proposal by its id: one query per batch of references. */
export const proposalReference: ReferenceResolver<Pick<Proposal, 'id'>, ProgramsContext> = {
  __resolveReference: (reference, { loaders }) => loaders.proposalById.load(reference.id),
};
