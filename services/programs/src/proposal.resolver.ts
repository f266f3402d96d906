import { ProposalFunding } from './proposal-funding.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertUuid, assertYear, pageRequest, Role, WriteFor, type Connection } from '@housing-hub/subgraph-kit';
import { Province, Regency } from './area.types.js';
import { DataSource } from './data-source.entity.js';
import { Program } from './program.entity.js';
import { Proposal, ProposalEvent } from './proposal.entity.js';
import { ProposalStatus } from './proposal-status.enum.js';
import { ProposalFilterInput, ProposalOrderInput } from './proposal-filter.input.js';
import type { ProgramsContext } from './programs.context.js';
import { SubmitProposalInput } from './submit-proposal.input.js';
import { maySeeProposal } from './proposal-rights.js';
import { ProposalConnectionType } from './proposal-connection.type.js';

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => Proposal, { nullable: true, description: 'A proposal by id; null when there is none' })
  async proposal(@Arg('id', () => ID) id: string, @Ctx() { loaders, caller }: ProgramsContext): Promise<Proposal | null> {
    const proposal = await loaders.proposalById.load(assertUuid(id, 'id'));
    return proposal && maySeeProposal(caller, proposal) ? proposal : null;
  }

  @Query(() => ProposalConnectionType, {
    nullable: true,
    description:
      'Proposals a page at a time (first: default 20, at most 100), filtered and ordered in SQL (default: kab/kota order; the id breaks ties)',
  })
  proposals(
    @Arg('filter', () => ProposalFilterInput, { nullable: true }) filter: ProposalFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('orderBy', () => [ProposalOrderInput], {
      nullable: true,
      description: 'e.g. [{ field: PROPOSED_UNITS, direction: DESC }]',
    })
    orderBy: ProposalOrderInput[] | null,
    @Ctx() { services, caller }: ProgramsContext,
  ): Promise<Connection<Proposal>> {
    return services.proposals.page(filter ?? {}, pageRequest(first, after), caller, orderBy ?? []);
  }

  @Mutation(() => Proposal, {
    description:
      'Submits a proposal (or saves it as a draft). Idempotent: the same idempotencyKey returns the same proposal; ' +
      'the same key with a different payload is a CONFLICT. Unknown kab/kota: UNKNOWN_AREA_CODE; negative units: NEGATIVE_NUMBER.',
  })
  @WriteFor(Role.PEMDA, Role.DIRECTORATE, Role.DATA_STEWARD)
  submitProposal(
    @Arg('input', () => SubmitProposalInput) input: SubmitProposalInput,
    @Ctx() { services, caller }: ProgramsContext,
  ): Promise<Proposal> {
    return services.proposals.submit(input, caller);
  }

  @Mutation(() => Proposal, {
    description:
      'Moves a proposal one step through the flow: DRAFT -> SUBMITTED -> ADMIN_VERIFIED -> TECH_VERIFIED -> APPROVED, ' +
      'or REJECTED from a verification step. Any other step: INVALID_TRANSITION.',
  })
  @WriteFor(Role.PEMDA, Role.BP3KP, Role.DIRECTORATE)
  transitionProposal(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => ProposalStatus) to: ProposalStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { services, caller }: ProgramsContext,
  ): Promise<Proposal> {
    return services.proposals.transition(id, to, note, caller);
  }

  @FieldResolver(() => Regency, { nullable: true })
  regency(@Root() proposal: Proposal): Regency {
    return { code: proposal.regencyCode };
  }

  @FieldResolver(() => Province, { nullable: true })
  province(@Root() proposal: Proposal): Province {
    return { code: proposal.provinceCode };
  }

  @FieldResolver(() => Program)
  async program(@Root() proposal: Proposal, @Ctx() { loaders }: ProgramsContext): Promise<Program> {
    return (await loaders.programByCode.load(proposal.scheme))!;
  }

  @FieldResolver(() => DataSource, {
    nullable: true,
    description:
      'Where the proposal comes from: the file it was imported from, or the demo dataset (modeled: true); null when submitted through the API',
  })
  async source(@Root() proposal: Proposal, @Ctx() { loaders }: ProgramsContext): Promise<DataSource | null> {
    return proposal.sourceCode ? ((await loaders.sourceByCode.load(proposal.sourceCode)) ?? null) : null;
  }

  @FieldResolver(() => ProposalFunding, {
    description: 'What was funded from it (units, exact rupiah): 0 when nothing was, e.g. recommended at a desk but not funded',
  })
  funded(@Root() proposal: Proposal, @Ctx() { loaders }: ProgramsContext): Promise<ProposalFunding> {
    return loaders.proposalFunding.load(proposal.id);
  }

  @FieldResolver(() => [ProposalEvent], { description: 'Every step through the flow, oldest first' })
  history(@Root() proposal: Proposal, @Ctx() { loaders }: ProgramsContext): Promise<ProposalEvent[]> {
    return loaders.proposalHistory.load(proposal.id);
  }
}

@Resolver(() => Regency)
export class RegencyProposalResolver {
  @FieldResolver(() => [Proposal], { nullable: true, description: 'Its proposals (usulan), of one fiscal year or all' })
  async proposals(
    @Root() regency: Regency,
    @Arg('fiscalYear', () => Int, { nullable: true }) fiscalYear: number | null,
    @Ctx() { loaders, caller }: ProgramsContext,
  ): Promise<Proposal[]> {
    if (fiscalYear != null) assertYear(fiscalYear, 'fiscalYear');
    const all = (await loaders.proposalsByRegency.load(regency.code)).filter((p) => maySeeProposal(caller, p));
    return fiscalYear == null ? all : all.filter((p) => p.fiscalYear === fiscalYear);
  }
}
