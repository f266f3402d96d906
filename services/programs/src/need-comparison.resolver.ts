import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  Int,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { assertPositiveLimit, assertYear, SortDirection } from '@housing-hub/subgraph-kit';
import { Nation, Province, Regency, type RequiredArea } from './area.types.js';
import { countedStatuses, type FundingFigure } from './funding.service.js';
import {
  NeedComparison,
  NeedIndicator,
  proposalsAgainstNeed,
  rankFundingAgainstNeed,
  REQUIRED_NEED_SELECTION,
  withoutVerifiedProposal,
  type FundingAgainstNeedRow,
} from './need-comparison.service.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { REALIZATION_SCHEMES } from './program-catalogue.js';
import { Proposal } from './proposal.entity.js';
import { ProposalStatus } from './proposal-status.enum.js';
import type { ProgramsContext } from './programs.context.js';

registerEnumType(NeedIndicator, { name: 'NeedIndicator', description: 'What a need figure counts' });
registerEnumType(NeedComparison, {
  name: 'NeedComparison',
  description: 'Why a proposal is listed against need',
  valuesConfig: {
    EXCEEDS_NEED: { description: 'More units proposed than the RTLH count of the kab/kota' },
    NO_NEED_DATA: { description: 'The kab/kota has no RTLH figure' },
  },
});

@ObjectType({ description: 'What the schemes delivered in an area against one of its need figures, ranked' })
export class FundingAgainstNeed {
  @Field(() => Int, { description: '1 = the highest ratio (or the lowest, ascending); areas without the need figure come last' })
  rank!: number;

  @Field(() => Province, { nullable: true, description: 'Set when the ranking is over provinces' })
  province!: Province | null;

  @Field(() => Regency, { nullable: true, description: 'Set when the ranking is over kab/kota' })
  regency!: Regency | null;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Delivered units of the schemes asked for' })
  units!: number;

  @Field(() => String, { description: 'Integer rupiah, exact' })
  amountIdr!: string;

  @Field(() => NeedIndicator)
  needIndicator!: NeedIndicator;

  @Field(() => Int, { nullable: true, description: 'The need figure (the latest there is)' })
  needValue!: number | null;

  @Field(() => Int, { nullable: true, description: 'The year of the need figure' })
  needYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'units / needValue; null without a need figure' })
  ratio!: number | null;

  @Field({ description: 'True when the units or the need figure are modeled' })
  modeled!: boolean;
}

@ObjectType({ description: 'A proposal checked against the RTLH count of its kab/kota' })
export class ProposalAgainstNeed {
  @Field(() => Proposal)
  proposal!: Proposal;

  @Field(() => NeedComparison)
  comparison!: NeedComparison;

  @Field(() => Int, { nullable: true, description: 'The RTLH count of the kab/kota (latest figure)' })
  rtlh!: number | null;

  @Field(() => Int, { nullable: true })
  needYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'proposedUnits - rtlh' })
  excess!: number | null;

  @Field({ description: 'True when the RTLH figure is modeled' })
  needModeled!: boolean;
}

@ArgsType()
class FundingAgainstNeedArgs {
  @Field(() => Int)
  year!: number;

  @Field(() => [FundingScheme], { nullable: true, description: 'Default: BSPS, FLPP, CSR' })
  schemes!: FundingScheme[] | null;

  @Field(() => NeedIndicator, { defaultValue: NeedIndicator.UNINHABITABLE_HOMES })
  need!: NeedIndicator;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;

  @Field(() => Int, { nullable: true, description: 'Keep the first n' })
  first!: number | null;
}

const ranking =
  (level: 'province' | 'regency', year: number, indicator: NeedIndicator) =>
  (row: FundingAgainstNeedRow): FundingAgainstNeed => ({
    rank: row.rank,
    province: level === 'province' ? { code: row.code } : null,
    regency: level === 'regency' ? { code: row.code } : null,
    year,
    units: row.units,
    amountIdr: row.amountIdr,
    needIndicator: indicator,
    needValue: row.needValue,
    needYear: row.needYear,
    ratio: row.ratio,
    modeled: row.modeled,
  });

const FUNDING_AGAINST_NEED =
  'Delivered units of the schemes (default BSPS, FLPP, CSR) in `year` against a need indicator (default RTLH: coverage), ranked by the ratio ' +
  '(default highest first); the need comes from regions through the graph';

async function fundingAgainstNeed(
  ctx: ProgramsContext,
  areas: readonly RequiredArea[],
  level: 'province' | 'regency',
  { year, schemes, need, direction, first }: FundingAgainstNeedArgs,
): Promise<FundingAgainstNeed[]> {
  assertYear(year);
  if (first != null) assertPositiveLimit(first, 'first');
  const loader = level === 'province' ? ctx.loaders.provinceFunding : ctx.loaders.regencyFunding;
  const statuses = countedStatuses(null);
  const funding = await loader.loadMany(areas.map((area) => ({ code: area.code, year, statuses })));
  const figures = funding.map((f: FundingFigure[] | Error) => {
    if (f instanceof Error) throw f;
    return f;
  });
  const rows = rankFundingAgainstNeed(
    areas,
    figures,
    schemes ?? REALIZATION_SCHEMES,
    need,
    direction === SortDirection.DESC,
    first,
  );
  return rows.map(ranking(level, year, need));
}

@Resolver(() => Province)
export class ProvinceNeedComparisonResolver {
  @FieldResolver(() => [FundingAgainstNeed], { nullable: true, description: `Its kab/kota: ${FUNDING_AGAINST_NEED}` })
  @Directive(`@requires(fields: "regencies { code ${REQUIRED_NEED_SELECTION} }")`)
  fundingAgainstNeed(
    @Root() province: Province,
    @Args() args: FundingAgainstNeedArgs,
    @Ctx() ctx: ProgramsContext,
  ): Promise<FundingAgainstNeed[]> {
    return fundingAgainstNeed(ctx, province.regencies ?? [], 'regency', args);
  }
}

@Resolver(() => Nation)
export class NationNeedComparisonResolver {
  @FieldResolver(() => [FundingAgainstNeed], { nullable: true, description: `The provinces: ${FUNDING_AGAINST_NEED}` })
  @Directive(`@requires(fields: "provinces { code ${REQUIRED_NEED_SELECTION} }")`)
  fundingAgainstNeed(
    @Root() nation: Nation,
    @Args() args: FundingAgainstNeedArgs,
    @Ctx() ctx: ProgramsContext,
  ): Promise<FundingAgainstNeed[]> {
    return fundingAgainstNeed(ctx, nation.provinces ?? [], 'province', args);
  }

  @FieldResolver(() => [ProposalAgainstNeed], {
    nullable: true,
    description:
      'Proposals of a fiscal year that exceed the RTLH count of their kab/kota (largest excess first), and those from a kab/kota ' +
      'with no RTLH figure; the RTLH comes from regions through the graph',
  })
  @Directive(
    '@requires(fields: "regencies { code latestNeed { year uninhabitableHomes uninhabitableHomesSource { modeled } } }")',
  )
  proposalsAgainstNeed(
    @Root() nation: Nation,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('schemes', () => [FundingScheme], { nullable: true }) schemes: FundingScheme[] | null,
    @Arg('statuses', () => [ProposalStatus], { nullable: true }) statuses: ProposalStatus[] | null,
    @Arg('exceedingNeed', () => Boolean, { defaultValue: true }) exceedingNeed: boolean,
    @Arg('withoutNeed', () => Boolean, { defaultValue: true }) withoutNeed: boolean,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() { em }: ProgramsContext,
  ): Promise<ProposalAgainstNeed[]> {
    assertYear(fiscalYear, 'fiscalYear');
    if (first != null) assertPositiveLimit(first, 'first');
    return proposalsAgainstNeed(em, nation.regencies ?? [], {
      fiscalYear,
      schemes,
      statuses,
      exceedingNeed,
      withoutNeed,
      limit: first,
    });
  }

  @FieldResolver(() => [Regency], {
    nullable: true,
    description:
      'Kab/kota that took part in a coordination meeting (rakor, rakornis; from meetings, through the graph) and have no verified ' +
      '(ADMIN_VERIFIED, TECH_VERIFIED or APPROVED) proposal for the fiscal year',
  })
  @Directive('@requires(fields: "coordinationAttendees { code }")')
  async attendeesWithoutVerifiedProposal(
    @Root() nation: Nation,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Ctx() { em }: ProgramsContext,
  ): Promise<Regency[]> {
    assertYear(fiscalYear, 'fiscalYear');
    const codes = await withoutVerifiedProposal(
      em,
      (nation.coordinationAttendees ?? []).map((r) => r.code),
      fiscalYear,
    );
    return codes.map((code) => ({ code }));
  }
}
