import { Field, ID, InputType, Int } from 'type-graphql';
import { FundingScheme } from './funding-scheme.enum.js';

@InputType({ description: 'A proposal (usulan) to submit' })
export class SubmitProposalInput {
  @Field({ description: 'Chosen by the client (e.g. a UUID): a retry with the same key returns the same proposal' })
  idempotencyKey!: string;

  @Field(() => ID, { description: 'Kemendagri kab/kota code, e.g. "52.01"' })
  regencyCode!: string;

  @Field(() => FundingScheme)
  scheme!: FundingScheme;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int)
  proposedUnits!: number;

  @Field({ description: 'Who proposes, e.g. "Dinas Perkim Kabupaten Lombok Barat"' })
  proposer!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep it as a DRAFT instead of submitting it (default false)' })
  draft?: boolean | null;
}
