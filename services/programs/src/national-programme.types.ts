import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.entity.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { HousingSegment } from './housing-segment.enum.js';

@ObjectType({ description: 'Program Sejuta Rumah (2015-2024): the output of one year, as published, across all builders' })
export class SejutaRumahYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Homes counted toward the programme in the year' })
  unitsTotal!: number;

  @Field(() => Int, { nullable: true, description: 'For low-income households (MBR), where published' })
  unitsMbr!: number | null;

  @Field(() => Int, { nullable: true, description: 'For other households (non-MBR), where published' })
  unitsNonMbr!: number | null;

  @Field(() => Int, { nullable: true, description: 'Built with CSR funds, where published' })
  unitsCsr!: number | null;

  @Field(() => String, { nullable: true, description: 'How the figure was obtained (e.g. DERIVED from a cumulative total)' })
  note!: string | null;

  @Field(() => DataSource)
  source!: DataSource;
}

@ObjectType({ description: 'The Program 3 Juta Rumah target of a year' })
export class ThreeMillionHomesTarget {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '3,000,000 homes' })
  units!: number;

  @Field(() => Int, { description: 'Rural (perdesaan): 2,000,000' })
  ruralUnits!: number;

  @Field(() => Int, { description: 'Urban (perkotaan): 1,000,000' })
  urbanUnits!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => DataSource)
  source!: DataSource;
}

@ObjectType({ description: 'Which scheme counts toward which segment of Program 3 Juta Rumah, and why' })
export class SegmentRule {
  @Field(() => FundingScheme)
  scheme!: FundingScheme;

  @Field(() => HousingSegment)
  segment!: HousingSegment;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'Units one scheme delivered toward a segment' })
export class SchemeUnits {
  @Field(() => FundingScheme)
  scheme!: FundingScheme;

  @Field(() => Int)
  units!: number;
}

@ObjectType({ description: 'Progress of one segment: the units its schemes delivered' })
export class SegmentProgress {
  @Field(() => HousingSegment)
  segment!: HousingSegment;

  @Field(() => Int)
  units!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The segment target; national progress only (the target is not split by area)',
  })
  targetUnits!: number | null;

  @Field(() => Float, { nullable: true, description: 'units / targetUnits; national progress only' })
  ratio!: number | null;

  @Field(() => [SchemeUnits])
  schemes!: SchemeUnits[];
}

@ObjectType({
  description:
    'Program 3 Juta Rumah progress of an area in a year, computed from what the schemes delivered (status REALIZED, and IN_PROGRESS ' +
    'for a year still running), never published as such: modeled wherever the facts are',
})
export class ThreeMillionHomesProgress {
  @Field(() => Int)
  year!: number;

  @Field(() => [ID], { nullable: true, description: 'The provinces summed; null for the nation' })
  provinceCodes!: string[] | null;

  @Field(() => Int, { description: 'Every segment together: the segments add up to it' })
  units!: number;

  @Field(() => Int, { nullable: true, description: 'The whole target; national progress only' })
  targetUnits!: number | null;

  @Field(() => [SegmentProgress], { description: 'RURAL then URBAN' })
  segments!: SegmentProgress[];

  @Field({ description: 'True when any delivered unit counted comes from modeled facts' })
  modeled!: boolean;
}

@ObjectType({ description: 'Program 3 Juta Rumah (from 2025) in one year: its target, its rules and its progress' })
export class ThreeMillionHomes {
  @Field(() => Int)
  year!: number;

  @Field(() => ThreeMillionHomesTarget, { nullable: true, description: 'Null for a year without a published target' })
  target!: ThreeMillionHomesTarget | null;

  @Field(() => [SegmentRule])
  segmentRules!: SegmentRule[];
}
