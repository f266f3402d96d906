import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ImportFileInput, ImportReport } from '@housing-hub/import-kit';
import { assertCoversAreas, assertRegencyCode, assertYear, Role, WriteFor } from '@housing-hub/subgraph-kit';
import { FundingScheme } from './funding-scheme.enum.js';
import { RealizationFactVersion } from './realization-fact.type.js';
import type { ProgramsContext } from './programs.context.js';

/** The import command's operations over GraphQL, for administrators: the same services, the same report. */
@Resolver()
export class ImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports a file of realization facts (columns: area_code or bps_code, scheme, year, month, category, channel, units, amount_idr, status, ' +
      'financing_source, proposal_id). ' +
      'Every row is checked first; a bad row rejects the whole file and nothing is written. The same file twice changes nothing; ' +
      'a re-issue of the same source replaces its facts for the keys it carries and keeps the previous values as history.',
  })
  @WriteFor(Role.DATA_STEWARD)
  importRealization(
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Ctx() { services, caller }: ProgramsContext,
  ): Promise<ImportReport> {
    return services.realizationImports.importUpload(file, {
      importedBy: caller,
      operation: 'importRealization',
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
      importedBy: caller,
      operation: 'importProposals',
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
    @Ctx() { services }: ProgramsContext,
  ): Promise<RealizationFactVersion[]> {
    return services.realizationHistory.versions(assertRegencyCode(regencyCode, 'regencyCode'), assertYear(year), scheme);
  }
}
