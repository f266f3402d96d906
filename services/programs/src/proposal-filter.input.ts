import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '@housing-hub/subgraph-kit';
import { ProposalOrderField } from './proposal-order-field.enum.js';
import { FundingScheme } from './funding-scheme.enum.js';
import { ProposalStatus } from './proposal-status.enum.js';

@InputType('ProposalFilter', { description: 'Which proposals to list' })
export class ProposalFilterInput {
  @Field(() => Int, { nullable: true })
  fiscalYear?: number | null;

  @Field(() => ID, { nullable: true })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  regencyCode?: string | null;

  @Field(() => FundingScheme, { nullable: true })
  scheme?: FundingScheme | null;

  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => [ProposalStatus], { nullable: true, description: 'Any of these statuses' })
  statuses?: ProposalStatus[] | null;

  @Field(() => [FundingScheme], { nullable: true, description: 'Any of these schemes' })
  schemes?: FundingScheme[] | null;

  @Field(() => [ID], { nullable: true, description: 'Any of these provinces' })
  provinceCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Any of these kab/kota' })
  regencyCodes?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Any of these fiscal years' })
  fiscalYears?: number[] | null;

  @Field(() => Int, { nullable: true, description: 'At least this many units proposed' })
  minUnits?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this many units proposed' })
  maxUnits?: number | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after' })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created at or before' })
  createdTo?: Date | null;
}

@InputType('ProposalOrder', { description: 'One key of the ordering of proposals; the id always breaks ties' })
export class ProposalOrderInput {
  @Field(() => ProposalOrderField)
  field!: ProposalOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
