import type { EntityManager } from '@mikro-orm/core';
import type { SubgraphContext } from '@housing-hub/subgraph-kit';
import { FundingService } from './funding.service.js';
import { NationalProgrammeService } from './national-programme.service.js';
import type { ProgramsLoaders } from './programs.loaders.js';
import { ProposalImportService } from './proposal-import.service.js';
import { ProposalService } from './proposal.service.js';
import { RealizationHistoryService } from './realization-history.service.js';
import { RealizationImportService } from './realization-import.service.js';

/** The rules of the programs subgraph, one instance each per request: resolvers and loaders share them. */
export function createProgramsServices(em: EntityManager) {
  const funding = new FundingService(em);
  return {
    funding,
    nationalProgrammes: new NationalProgrammeService(em, funding),
    proposals: new ProposalService(em),
    realizationImports: new RealizationImportService(em),
    proposalImports: new ProposalImportService(em),
    realizationHistory: new RealizationHistoryService(em),
  };
}

export type ProgramsServices = ReturnType<typeof createProgramsServices>;
export type ProgramsContext = SubgraphContext<ProgramsServices, ProgramsLoaders>;
