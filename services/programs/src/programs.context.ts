import type { EntityManager } from '@mikro-orm/core';
import type { SubgraphContext } from '@housing-hub/subgraph-kit';
import { FundingService } from './funding.service.js';
import type { ProgramsLoaders } from './programs.loaders.js';
import { ProposalService } from './proposal.service.js';

/** The rules of the programs subgraph, one instance each per request: resolvers and loaders share them. */
export function createProgramsServices(em: EntityManager) {
  return {
    funding: new FundingService(em),
    proposals: new ProposalService(em),
  };
}

export type ProgramsServices = ReturnType<typeof createProgramsServices>;
export type ProgramsContext = SubgraphContext<ProgramsServices, ProgramsLoaders>;
