import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { FundingScheme } from './funding-scheme.enum.js';
import { FundingInstrument } from './funding-instrument.enum.js';

@ObjectType({ description: 'A funding scheme: its instrument, managing agency, unit values and targets' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'program' })
export class Program {
  [PrimaryKeyProp]?: 'code';

  @Field(() => FundingScheme)
  @PrimaryKey({ type: 'text' })
  code!: FundingScheme;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => FundingInstrument)
  @Enum({ items: () => FundingInstrument })
  instrument!: FundingInstrument;

  @Field({ description: 'The agency that runs the scheme (e.g. BP Tapera for FLPP since 2021)' })
  @Property({ type: 'text' })
  managingAgency!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field({ description: 'True when the hub holds realization facts for the scheme (funding, coverage)' })
  @Property({ type: 'boolean' })
  reportsRealization!: boolean;

  @Field(() => Int, { nullable: true, description: 'First year of the scheme, where known' })
  @Property({ type: 'smallint', nullable: true })
  sinceYear!: number | null;

  @Property({ type: 'smallint' })
  sortOrder!: number;
}
