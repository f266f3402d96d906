import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DecimalScalar } from '@housing-hub/subgraph-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.entity.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { TargetKind } from './target-kind.enum.js';

@ObjectType({ description: 'A target, quota or plan of a scheme for a year: national, or for one province' })
@Entity({ tableName: 'target' })
export class Target {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => FundingScheme)
  @Enum({ items: () => FundingScheme })
  scheme!: FundingScheme;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  /** Null: a national target. Resolved to `Target.province`. */
  @Property({ length: 2, nullable: true })
  provinceCode!: string | null;

  @Field(() => TargetKind)
  @Enum({ items: () => TargetKind })
  kind!: TargetKind;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  units!: number | null;

  /** Integer rupiah (budget), where published. */
  @Field(() => String, { nullable: true, description: 'Budget in integer rupiah (exact), where published' })
  @Property({ type: 'decimal', precision: 20, scale: 0, nullable: true })
  amountIdr!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Share of the budget absorbed (percent, exact decimal) as of `budgetAbsorbedOn`, where published',
  })
  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  budgetAbsorbedPercent!: string | null;

  @Field(() => String, { nullable: true, description: 'The date (YYYY-MM-DD) the absorption was reported for' })
  @Property({ type: 'date', nullable: true })
  budgetAbsorbedOn!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Property({ type: 'text' })
  sourceCode!: string;

  @Field(() => DataSource)
  source?: DataSource;
}
