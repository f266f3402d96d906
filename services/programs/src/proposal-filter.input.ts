import { Field, ID, InputType, Int } from 'type-graphql';
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
}
