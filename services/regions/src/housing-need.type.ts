import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.entity.js';
import { NeedIndicator } from './need-observation.entity.js';

@ObjectType({ description: 'One need figure with its own source and definition' })
export class NeedFigure {
  @Field(() => NeedIndicator)
  indicator!: NeedIndicator;

  @Field(() => Int)
  value!: number;

  @Field(() => String, { nullable: true, description: 'The definition the figure follows, where series differ' })
  definition!: string | null;

  @Field(() => DataSource)
  source!: DataSource;
}

@ObjectType({
  description:
    'Housing need of an area in one year: the latest year on or before the one asked for that has figures. ' +
    'A province without a figure of its own gets the sum of its kab/kota. ' +
    'An entity keyed by area and year, so that other subgraphs (coverage) can point at the figures they used.',
})
@Directive('@key(fields: "areaCode year")')
export class HousingNeed {
  @Field(() => ID, { description: 'The Kemendagri code of the province or kab/kota' })
  areaCode!: string;

  @Field(() => Int, { description: 'The year the figures are for (may be earlier than the year asked for)' })
  year!: number;

  @Field(() => Int, { nullable: true })
  households!: number | null;

  @Field(() => Int, { nullable: true, description: 'Backlog kepemilikan (households)' })
  ownershipBacklog!: number | null;

  @Field(() => Int, { nullable: true, description: 'Backlog kelayakan (households)' })
  habitabilityBacklog!: number | null;

  @Field(() => Int, { nullable: true, description: 'RTLH: uninhabitable houses' })
  uninhabitableHomes!: number | null;

  @Field(() => DataSource, { description: 'Source of the ownership backlog figure (or of the first figure there is); see `figures` for each' })
  source!: DataSource;

  @Field(() => [NeedFigure], { description: 'Every figure of that year, each with its source' })
  figures!: NeedFigure[];
}
