import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { DataSource } from './data-source.entity.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { UnitCategory } from './unit-category.enum.js';

@ObjectType({ description: 'The value of one unit of a scheme in a year (and category, e.g. BSPS PK / PB)' })
@Entity({ tableName: 'unit_value' })
export class UnitValue {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => FundingScheme)
  @Enum({ items: () => FundingScheme })
  scheme!: FundingScheme;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => UnitCategory, { nullable: true })
  @Enum({ items: () => UnitCategory, nullable: true })
  category!: UnitCategory | null;

  @Field(() => String, { description: 'Integer rupiah per unit (exact)' })
  @Property({ type: 'decimal', precision: 20, scale: 0 })
  amountIdr!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Of the unit value, integer rupiah for building materials (bahan), where the source splits it',
  })
  @Property({ type: 'decimal', precision: 20, scale: 0, nullable: true })
  materialsIdr!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Of the unit value, integer rupiah for wages (upah), where the source splits it',
  })
  @Property({ type: 'decimal', precision: 20, scale: 0, nullable: true })
  wagesIdr!: string | null;

  @Field(() => String, { nullable: true, description: 'How the value breaks down, e.g. materials and wages' })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Property({ type: 'text' })
  sourceCode!: string;

  @Field(() => DataSource)
  source?: DataSource;
}
