import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import type { ProgramsContext } from './programs.context.js';
import type { Proposal } from './proposal.entity.js';
import { maySeeProposal } from './proposal-rights.js';

/** Another subgraph (meetings' desk reviews) points at a proposal by its id: one query per batch of references. */
export const proposalReference: ReferenceResolver<Pick<Proposal, 'id'>, ProgramsContext> = {
  __resolveReference: async (reference, { loaders, caller }) => {
    const proposal = await loaders.proposalById.load(reference.id);
    // A draft the caller may not see is not found, wherever the reference comes from.
    return proposal && maySeeProposal(caller, proposal) ? proposal : null;
  },
};
