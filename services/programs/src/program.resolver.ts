import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { assertYear } from '@housing-hub/subgraph-kit';
import { Province } from './area.types.js';
import { DataSource } from './data-source.entity.js';
import { Program } from './program.entity.js';
import type { ProgramsContext } from './programs.context.js';
import { Target } from './target.entity.js';
import { UnitValue } from './unit-value.entity.js';

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => [Program], { nullable: true, description: 'Every funding scheme the hub knows, BSPS, FLPP and CSR first' })
  programs(@Ctx() { em }: ProgramsContext): Promise<Program[]> {
    return em.find(Program, {}, { orderBy: { sortOrder: 'asc' } });
  }

  @FieldResolver(() => [Target], { description: 'Targets, quotas and plans: national, and per province where known' })
  async targets(
    @Root() program: Program,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() { loaders }: ProgramsContext,
  ): Promise<Target[]> {
    if (year != null) assertYear(year);
    const all = await loaders.targetsByScheme.load(program.code);
    return year == null ? all : all.filter((t) => t.year === year);
  }

  @FieldResolver(() => [UnitValue], { description: 'Value of one unit per year and category (e.g. BSPS PK and PB)' })
  unitValues(@Root() program: Program, @Ctx() { loaders }: ProgramsContext): Promise<UnitValue[]> {
    return loaders.unitValuesByScheme.load(program.code);
  }
}

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Province, { nullable: true, description: 'The province of a provincial target; null for a national one' })
  province(@Root() target: Target): Province | null {
    return target.provinceCode ? { code: target.provinceCode } : null;
  }

  @FieldResolver(() => DataSource)
  async source(@Root() target: Target, @Ctx() { loaders }: ProgramsContext): Promise<DataSource> {
    return (await loaders.sourceByCode.load(target.sourceCode))!;
  }
}

@Resolver(() => UnitValue)
export class UnitValueResolver {
  @FieldResolver(() => DataSource)
  async source(@Root() value: UnitValue, @Ctx() { loaders }: ProgramsContext): Promise<DataSource> {
    return (await loaders.sourceByCode.load(value.sourceCode))!;
  }
}
