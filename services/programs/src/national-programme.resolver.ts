import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Agency } from './area.types.js';
import { assertProvinceCode, assertYear } from '@housing-hub/subgraph-kit';
import { assertThreeMillionHomesYear } from './national-programme.service.js';
import {
  SegmentRule,
  SejutaRumahYear,
  ThreeMillionHomes,
  ThreeMillionHomesProgress,
  ThreeMillionHomesTarget,
} from './national-programme.types.js';
import type { ProgramsContext } from './programs.context.js';
import { SEGMENT_RULES } from './three-million-homes.rules.js';

@Resolver(() => ThreeMillionHomes)
export class NationalProgrammeResolver {
  @Query(() => [SejutaRumahYear], {
    nullable: true,
    description: 'Program Sejuta Rumah (2015-2024): the yearly output as published, with MBR / non-MBR / CSR splits where known',
  })
  programSejutaRumah(
    @Arg('from', () => Int, { nullable: true }) from: number | null,
    @Arg('to', () => Int, { nullable: true }) to: number | null,
    @Ctx() { services }: ProgramsContext,
  ): Promise<SejutaRumahYear[]> {
    return services.nationalProgrammes.sejutaRumah(
      from == null ? 1900 : assertYear(from, 'from'),
      to == null ? 2100 : assertYear(to, 'to'),
    );
  }

  @Query(() => ThreeMillionHomes, {
    nullable: true,
    description:
      'Program 3 Juta Rumah (from 2025) in a year: target (rural, urban), which schemes count toward which segment, progress',
  })
  program3JutaRumah(@Arg('year', () => Int) year: number): ThreeMillionHomes {
    return { year: assertThreeMillionHomesYear(year), target: null, segmentRules: [...SEGMENT_RULES] };
  }

  @FieldResolver(() => ThreeMillionHomesTarget, { nullable: true })
  target(@Root() programme: ThreeMillionHomes, @Ctx() { loaders }: ProgramsContext): Promise<ThreeMillionHomesTarget | null> {
    return loaders.threeMillionHomesTarget.load(programme.year);
  }

  @FieldResolver(() => ThreeMillionHomesProgress, {
    description:
      'Progress of the nation, or of the provinces given (one province, or a BP3KP work area: its provinces, `Agency.coveredProvinces`)',
  })
  async progress(
    @Root() programme: ThreeMillionHomes,
    @Arg('provinceCodes', () => [ID], { nullable: true }) provinceCodes: string[] | null,
    @Ctx() { services, loaders }: ProgramsContext,
  ): Promise<ThreeMillionHomesProgress> {
    const codes = provinceCodes?.map((code) => assertProvinceCode(code, 'provinceCodes')) ?? null;
    const [delivered, target] = await Promise.all([
      loaders.deliveredByProvince.load(programme.year),
      loaders.threeMillionHomesTarget.load(programme.year),
    ]);
    return services.nationalProgrammes.progress(programme.year, delivered, codes, target);
  }

  @FieldResolver(() => [ThreeMillionHomesProgress], {
    description: 'Progress of every province with deliveries in the year, in code order',
  })
  async provinces(
    @Root() programme: ThreeMillionHomes,
    @Ctx() { services, loaders }: ProgramsContext,
  ): Promise<ThreeMillionHomesProgress[]> {
    const delivered = await loaders.deliveredByProvince.load(programme.year);
    const codes = [...new Set(delivered.map((f) => f.provinceCode!))].sort();
    return codes.map((code) => services.nationalProgrammes.progress(programme.year, delivered, [code], null));
  }

  @FieldResolver(() => [SegmentRule])
  segmentRules(@Root() programme: ThreeMillionHomes): SegmentRule[] {
    return programme.segmentRules;
  }
}

@Resolver(() => Agency)
export class AgencyThreeMillionHomesResolver {
  @FieldResolver(() => ThreeMillionHomesProgress, {
    nullable: true,
    description:
      'For a BP3KP: Program 3 Juta Rumah progress of its work area (the provinces it covers) in a year; null for an agency without a work area',
  })
  @Directive('@requires(fields: "coveredProvinces { code }")')
  async threeMillionHomes(
    @Root() agency: Agency,
    @Arg('year', () => Int) year: number,
    @Ctx() { services, loaders }: ProgramsContext,
  ): Promise<ThreeMillionHomesProgress | null> {
    const codes = agency.coveredProvinces?.map((province) => province.code) ?? [];
    if (codes.length === 0) return null;
    const delivered = await loaders.deliveredByProvince.load(assertThreeMillionHomesYear(year));
    return services.nationalProgrammes.progress(year, delivered, codes, null);
  }
}
