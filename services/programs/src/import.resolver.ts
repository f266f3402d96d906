import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ImportFileInput, ImportReport } from '@housing-hub/import-kit';
import { assertCoversAreas, assertRegencyCode, assertYear, Role, WriteFor } from '@housing-hub/subgraph-kit';
import { DataSource } from './data-source.entity.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { RealizationStatus } from './realization-status.enum.js';
import { UnitCategory } from './unit-category.enum.js';
import { RealizationHistoryService } from './realization-history.service.js';
import type { ProgramsContext } from './programs.context.js';

@ObjectType({ description: 'A realization fact as one source gave it: current, or replaced by a re-issue of that source' })
export class RealizationFactVersion {
  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Field(() => UnitCategory, { nullable: true })
  category!: UnitCategory | null;

  @Field(() => String, { nullable: true })
  channel!: string | null;

  @Field(() => Int)
  units!: number;

  @Field(() => String, { description: 'Integer rupiah, exact' })
  amountIdr!: string;

  @Field(() => RealizationStatus)
  status!: RealizationStatus;

  @Field(() => DataSource)
  source!: DataSource;

  @Field()
  current!: boolean;

  @Field(() => String, { nullable: true, description: 'When a re-issue replaced this value (ISO 8601)' })
  supersededAt!: string | null;
}

/** The import command's operations over GraphQL, for administrators: the same services, the same report. */
@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports a file of realization facts (columns: area_code or bps_code, scheme, year, month, category, channel, units, amount_idr, status). ' +
      'Every row is checked first; a bad row rejects the whole file and nothing is written. The same file twice changes nothing; ' +
      'a re-issue of the same source replaces its facts for the keys it carries and keeps the previous values as history.',
  })
  @WriteFor(Role.DATA_STEWARD)
  importRealization(
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Ctx() { services, caller }: ProgramsContext,
  ): Promise<ImportReport> {
    return services.realizationImports.importUpload(file, {
      importedBy: caller.id,
    });
  }

  @Mutation(() => ImportReport, {
    description:
      'Submits proposals (usulan) in bulk from a file (columns: area_code or bps_code, scheme, fiscal_year, proposed_units, proposer, reference, note). ' +
      'Checked whole, one transaction; the same file twice changes nothing; a re-issue of the same source updates the proposals it carries ' +
      '(by reference, else by kab/kota, scheme and fiscal year) while they are DRAFT or SUBMITTED.',
  })
  @WriteFor(Role.PEMDA, Role.DATA_STEWARD)
  importProposals(
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Ctx() { services, caller }: ProgramsContext,
  ): Promise<ImportReport> {
    return services.proposalImports.importUpload(file, {
      importedBy: caller.id,
      areaGuard: (codes) => assertCoversAreas(caller, codes, 'import proposals'),
    });
  }

  @Query(() => [RealizationFactVersion], {
    nullable: true,
    description:
      'Every realization fact of a kab/kota, year and scheme from every source, with the values re-issues replaced (at most 5,000)',
  })
  realizationHistory(
    @Arg('regencyCode', () => ID) regencyCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('scheme', () => FundingScheme) scheme: FundingScheme,
    @Ctx() { em }: ProgramsContext,
  ): Promise<RealizationFactVersion[]> {
    return new RealizationHistoryService(em).versions(assertRegencyCode(regencyCode, 'regencyCode'), assertYear(year), scheme);
  }
}
