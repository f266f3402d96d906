import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WithSourceVersion } from '@housing-hub/subgraph-kit';
import { DataSource } from './data-source.entity.js';
import { FinancingSource } from './financing-source.enum.js';
import { RealizationStatus } from './realization-status.enum.js';
import { UnitCategory } from './unit-category.enum.js';

/** What tells realization facts of one scheme, kab/kota and year apart: month, category and channel. */
@ObjectType()
export class RealizationFactDimensions {
  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Field(() => UnitCategory, { nullable: true })
  category!: UnitCategory | null;

  @Field(() => String, { nullable: true })
  channel!: string | null;
}

/** A fact's figures, before what every source version carries. */
@ObjectType('RealizationFactFigures')
class RealizationFactFigures extends RealizationFactDimensions {
  @Field(() => Int)
  units!: number;

  @Field(() => String, { description: 'Integer rupiah, exact' })
  amountIdr!: string;

  @Field(() => RealizationStatus)
  status!: RealizationStatus;

  @Field(() => FinancingSource, { nullable: true, description: "Who paid, as the source gave it (none: the scheme's own)" })
  financingSource!: FinancingSource | null;

  @Field(() => ID, { nullable: true, description: 'The proposal (usulan) this fact funds, when the source names one' })
  proposalId!: string | null;
}

@ObjectType({ description: 'A realization fact as one source gave it: current, or replaced by a re-issue of that source' })
export class RealizationFactVersion extends WithSourceVersion(RealizationFactFigures, DataSource) {}
