import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '@housing-hub/subgraph-kit';
import { DataSource } from './data-source.entity.js';
import { Indicator } from './indicator.entity.js';

@ObjectType({ description: 'One figure of an indicator for an area and a year (or a part of a year), exactly as published' })
export class IndicatorValue {
  @Field(() => Indicator)
  indicator!: Indicator;

  @Field(() => ID, { description: 'The Kemendagri code of the area; "00" for Indonesia as a whole' })
  areaCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The part of the year as the publisher gave it ("2025H1", "2024 (to 17 May)"); null for the whole year',
  })
  period!: string | null;

  @Field(() => DecimalScalar, {
    description: 'Exact, with the scale the publisher gave ("17.00", "37.98"), in the unit of the indicator',
  })
  value!: string;

  @Field(() => String, { nullable: true, description: "The source's note on this figure, where it has one" })
  note!: string | null;

  @Field(() => DataSource)
  source!: DataSource;
}
