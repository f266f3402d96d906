import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import {
  assertCoversAreas,
  assertProvinceCode,
  assertYear,
  ErrorCode,
  HubError,
  isProvinceCode,
  isRegencyCode,
  Role,
  WithSourceVersion,
  WriteFor,
} from '@housing-hub/subgraph-kit';
import { ImportFileInput, ImportReport } from '@housing-hub/import-kit';
import { DataSource } from './data-source.entity.js';
import { NeedFigure } from './housing-need.type.js';
import { NeedDiscrepancyService } from './need-discrepancy.service.js';
import { NeedIndicator } from './need-indicator.enum.js';
import type { RegionsContext } from './regions.context.js';

@ObjectType({ description: 'Two or more sources disagree on one area, year and indicator' })
export class NeedDiscrepancy {
  @Field(() => ID, { description: 'Kemendagri code of the province or kab/kota' })
  areaCode!: string;

  @Field(() => ID)
  provinceCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => NeedIndicator)
  indicator!: NeedIndicator;

  @Field(() => Int, { description: 'Highest minus lowest value' })
  difference!: number;

  @Field(() => Float, { description: 'difference / highest value' })
  relativeDifference!: number;

  @Field(() => [NeedFigure], {
    description: "Each source's figure; the first is the one `need` serves (published before modeled, then newest)",
  })
  figures!: NeedFigure[];
}

/** The figure itself, before what every source version carries. */
@ObjectType('NeedFigureValue')
class NeedFigureValue {
  @Field(() => Int)
  value!: number;

  @Field(() => String, { nullable: true })
  definition!: string | null;
}

@ObjectType({ description: 'A value a source gave, current or replaced by a re-issue' })
export class NeedFigureVersion extends WithSourceVersion(NeedFigureValue, DataSource) {}

function assertAreaCode(code: string): string {
  if (!isProvinceCode(code) && !isRegencyCode(code)) {
    throw new HubError(ErrorCode.INVALID_AREA_CODE, `"${code}" is not a Kemendagri province or kab/kota code`, {
      argument: 'areaCode',
      value: code,
    });
  }
  return code;
}

@Resolver()
export class NeedImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports a file of need figures (columns: area_code or bps_code, year, indicator, value, definition). ' +
      'Every row is checked first; a bad row rejects the whole file and nothing is written. The same file twice changes nothing.',
  })
  @WriteFor(Role.PEMDA, Role.DATA_STEWARD)
  importNeed(
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Ctx() { services, caller }: RegionsContext,
  ): Promise<ImportReport> {
    // A PEMDA sends its own need figures (pendataan); the data steward imports nationally.
    return services.needImports.importUpload(file, {
      importedBy: caller,
      operation: 'importNeed',
      areaGuard: (codes) => assertCoversAreas(caller, codes, 'import need figures'),
    });
  }

  @Query(() => [NeedDiscrepancy], {
    nullable: true,
    description: 'Where published sources disagree by more than `threshold` (relative), per province, for a desk to resolve',
  })
  needDiscrepancies(
    @Arg('provinceCode', () => ID, { nullable: true }) provinceCode: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('indicator', () => NeedIndicator, { nullable: true }) indicator: NeedIndicator | null,
    @Arg('threshold', () => Float, { defaultValue: 0.1 }) threshold: number,
    @Arg('includeModeled', { defaultValue: false }) includeModeled: boolean,
    @Ctx() { em }: RegionsContext,
  ): Promise<NeedDiscrepancy[]> {
    if (provinceCode != null) assertProvinceCode(provinceCode);
    if (year != null) assertYear(year);
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new HubError(ErrorCode.VALIDATION_FAILED, 'threshold must be between 0 and 1', {
        argument: 'threshold',
        value: threshold,
      });
    }
    return new NeedDiscrepancyService(em).discrepancies({ provinceCode, year, indicator, threshold, includeModeled }) as Promise<
      NeedDiscrepancy[]
    >;
  }

  @Query(() => [NeedFigureVersion], {
    nullable: true,
    description: 'Every value each source gave for an area, year and indicator, replaced values included',
  })
  needFigureHistory(
    @Arg('areaCode', () => ID) areaCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('indicator', () => NeedIndicator) indicator: NeedIndicator,
    @Ctx() { em }: RegionsContext,
  ): Promise<NeedFigureVersion[]> {
    return new NeedDiscrepancyService(em).history(assertAreaCode(areaCode), assertYear(year), indicator);
  }
}
