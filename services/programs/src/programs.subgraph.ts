import { PROGRAMS_CHANGE_LOG } from './export/change-log.tables.js';
import type { HubService } from '@housing-hub/subgraph-kit';
import { publicationDateStatements } from '@housing-hub/demo-kit';
import { auditSliceOwner, buildSubgraph, dataFeedSlices } from '@housing-hub/subgraph-kit';
import { auditTrail } from './audit-trail.js';
import { DataSource } from './data-source.entity.js';
import { areaNamesSql } from './export/area-names.js';
import { proposalsExport } from './export/proposals.export.js';
import { realizationExport } from './export/realization.export.js';
import { ImportResolver } from './import.resolver.js';
import { Agency, Nation } from './area.types.js';
import { NationNeedComparisonResolver, ProvinceNeedComparisonResolver } from './need-comparison.resolver.js';
import {
  FundingSeriesResolver,
  FundingSummaryResolver,
  ProvinceFundingResolver,
  RegencyFundingResolver,
} from './funding.resolver.js';
import { AgencyThreeMillionHomesResolver, NationalProgrammeResolver } from './national-programme.resolver.js';
import { seedNationalProgrammes } from './national-programme.seed.js';
import { programsMigrations } from './migrations/index.js';
import { Program } from './program.entity.js';
import { ProgramResolver, TargetResolver, UnitValueResolver } from './program.resolver.js';
import { programReference } from './program.reference.js';
import { createProgramsServices, type ProgramsServices } from './programs.context.js';
import { createProgramsLoaders, type ProgramsLoaders } from './programs.loaders.js';
import { fillPublishedBspsDetails, seedDemo, seedPrograms } from './programs.seed.js';
import { Proposal, ProposalEvent } from './proposal.entity.js';
import { proposalReference } from './proposal.reference.js';
import { ProposalResolver, RegencyProposalResolver } from './proposal.resolver.js';
import { Realization } from './realization.entity.js';
import { Target } from './target.entity.js';
import { UnitValue } from './unit-value.entity.js';

/** This subgraph's slice of `auditLog` (served by meetings, which merges the slices). */
const auditSlice = auditSliceOwner(auditTrail);
/** This subgraph's slices of `changes` and `datasets` (served by meetings, which merges them). */
const feedSlices = dataFeedSlices({
  service: 'programs',
  tracked: PROGRAMS_CHANGE_LOG,
  datasets: () => programsService.exports!(),
});

/** The programs subgraph: schemes, targets, realization, proposals (usulan), funding and coverage. */
export const programsService: HubService<ProgramsServices, ProgramsLoaders> = {
  name: 'programs',
  defaultPort: 4002,
  entities: [Program, DataSource, UnitValue, Target, Realization, Proposal, ProposalEvent],
  migrations: programsMigrations,
  changeLog: PROGRAMS_CHANGE_LOG,
  async exports() {
    const areaNames = await areaNamesSql();
    return [realizationExport(areaNames), proposalsExport(areaNames)];
  },
  createServices: createProgramsServices,
  createLoaders: createProgramsLoaders,
  buildSubgraph: () =>
    buildSubgraph({
      name: 'programs',
      resolvers: [
        ProgramResolver,
        NationalProgrammeResolver,
        AgencyThreeMillionHomesResolver,
        TargetResolver,
        UnitValueResolver,
        RegencyFundingResolver,
        ProvinceFundingResolver,
        FundingSummaryResolver,
        FundingSeriesResolver,
        ProvinceNeedComparisonResolver,
        NationNeedComparisonResolver,
        ProposalResolver,
        RegencyProposalResolver,
        ImportResolver,
        auditSlice.resolver,
        ...feedSlices.resolvers,
      ],
      // Nation and Agency are reachable only through the entities' representations (their fields extend the owners' types).
      orphanedTypes: [Nation, Agency, auditSlice.type, ...feedSlices.types],
      referenceResolvers: {
        Program: programReference,
        Proposal: proposalReference,
        AuditLogConnection: auditSlice.reference,
        ...feedSlices.references,
      },
    }),
  async seed(em, options) {
    await seedPrograms(em);
    if (options.demo && !(await seedDemo(em))) await fillPublishedBspsDetails(em);
    // After the demo: its loader takes any data source as a sign that it has run.
    await seedNationalProgrammes(em);
    // Every source gets its publication date, or the reason it has none (also for a database seeded before).
    for (const statement of publicationDateStatements('programs')) await em.getConnection().execute(statement);
  },
};
