import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.entity.js';
import { NeedIndicator } from './need-indicator.enum.js';

@ObjectType({ description: 'One need figure with its own source and definition' })
export class NeedFigure {
  @Field(() => NeedIndicator)
  indicator!: NeedIndicator;

  @Field(() => Int, { description: 'The year this figure is for' })
  year!: number;

  @Field(() => Int)
  value!: number;

  @Field(() => String, { nullable: true, description: 'The definition the figure follows, where series differ' })
  definition!: string | null;

  @Field(() => DataSource)
  source!: DataSource;
}

@ObjectType({
  description:
    'Housing need of an area: for each indicator, the latest figure on or before the year asked for. ' +
    'A province without a figure of its own (or with an older one) gets the sum of its kab/kota. ' +
    'An entity keyed by area and year, so that other subgraphs (coverage) can point at the figures they used.',
})
@Directive('@key(fields: "areaCode year")')
export class HousingNeed {
  @Field(() => ID, { description: 'The Kemendagri code of the province or kab/kota' })
  areaCode!: string;

  @Field(() => Int, {
    description: 'The year of the newest figure (may be earlier than the year asked for; see figures for each)',
  })
  year!: number;

  @Field(() => Int, { nullable: true })
  households!: number | null;

  @Field(() => Int, { nullable: true, description: 'Backlog kepemilikan (households)' })
  ownershipBacklog!: number | null;

  @Field(() => Int, { nullable: true, description: 'Backlog kelayakan (households)' })
  habitabilityBacklog!: number | null;

  @Field(() => Int, { nullable: true, description: 'RTLH: uninhabitable houses' })
  uninhabitableHomes!: number | null;

  @Field(() => DataSource, {
    description:
      'The source of every figure when they share one; when they come from several, a "MIXED" source (code MIXED) whose ' +
      '`modeled` is true if any figure is modeled: each indicator then has its own source (`<indicator>Source`, `figures`)',
  })
  source!: DataSource;

  @Field({ description: 'True when any of the figures is modeled (not published)' })
  modeled!: boolean;

  @Field(() => DataSource, { nullable: true, description: 'Where `households` comes from' })
  householdsSource!: DataSource | null;

  @Field(() => DataSource, { nullable: true, description: 'Where `ownershipBacklog` comes from' })
  ownershipBacklogSource!: DataSource | null;

  @Field(() => DataSource, { nullable: true, description: 'Where `habitabilityBacklog` comes from' })
  habitabilityBacklogSource!: DataSource | null;

  @Field(() => DataSource, { nullable: true, description: 'Where `uninhabitableHomes` (RTLH) comes from' })
  uninhabitableHomesSource!: DataSource | null;

  @Field(() => [NeedFigure], { description: "Every indicator's figure, each with its own year, definition and source" })
  figures!: NeedFigure[];
}
