import type { HubService } from '@housing-hub/subgraph-kit';
import { buildSubgraph } from '@housing-hub/subgraph-kit';
import { DataSource } from './data-source.entity.js';
import { ImportResolver } from './import.resolver.js';
import { FundingSummaryResolver, ProvinceFundingResolver, RegencyFundingResolver } from './funding.resolver.js';
import { programsMigrations } from './migrations/index.js';
import { Program } from './program.entity.js';
import { ProgramResolver, TargetResolver, UnitValueResolver } from './program.resolver.js';
import { createProgramsLoaders, type ProgramsContext, type ProgramsLoaders } from './programs.loaders.js';
import { seedDemo, seedPrograms } from './programs.seed.js';
import { Proposal, ProposalEvent } from './proposal.entity.js';
import { ProposalResolver, RegencyProposalResolver } from './proposal.resolver.js';
import { Realization } from './realization.entity.js';
import { Target } from './target.entity.js';
import { UnitValue } from './unit-value.entity.js';
import type { FundingScheme } from './program.entity.js';

/** The programs subgraph: schemes, targets, realization, proposals (usulan), funding and coverage. */
export const programsService: HubService<ProgramsLoaders> = {
  name: 'programs',
  defaultPort: 4002,
  entities: [Program, DataSource, UnitValue, Target, Realization, Proposal, ProposalEvent],
  migrations: programsMigrations,
  createLoaders: createProgramsLoaders,
  buildSubgraph: () =>
    buildSubgraph({
      name: 'programs',
      resolvers: [
        ProgramResolver,
        TargetResolver,
        UnitValueResolver,
        RegencyFundingResolver,
        ProvinceFundingResolver,
        FundingSummaryResolver,
        ProposalResolver,
        RegencyProposalResolver,
        ImportResolver,
      ],
      referenceResolvers: {
        Program: { __resolveReference: (ref: { code: FundingScheme }, ctx: ProgramsContext) => ctx.loaders.programByCode.load(ref.code) },
        Proposal: { __resolveReference: (ref: { id: string }, ctx: ProgramsContext) => ctx.loaders.proposalById.load(ref.id) },
      },
    }),
  async seed(em, options) {
    await seedPrograms(em);
    if (options.demo) await seedDemo(em);
  },
};
