import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FundingScheme } from './funding-scheme.enum.js';
import { ProposalStatus } from './proposal-status.enum.js';

/** A proposal (usulan) of a kab/kota for a scheme and fiscal year. */
@ObjectType({ description: 'A proposal (usulan) of a kab/kota for next year’s aid, with its verification status' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'proposal' })
@Index({ properties: ['regencyCode', 'fiscalYear'] })
export class Proposal {
  @Field(() => ID, { description: 'A UUID' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Resolved to `Proposal.regency`. */
  @Property({ length: 5 })
  regencyCode!: string;

  @Property({ length: 2 })
  provinceCode!: string;

  @Field(() => FundingScheme)
  @Enum({ items: () => FundingScheme })
  scheme!: FundingScheme;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  fiscalYear!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  proposedUnits!: number;

  @Field(() => ProposalStatus)
  @Enum({ items: () => ProposalStatus })
  status!: ProposalStatus;

  @Field({ description: 'Who proposes (e.g. the Dinas Perkim of the kab/kota)' })
  @Property({ type: 'text' })
  proposer!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  /** The client's idempotency key of the submission; not public. */
  @Property({ type: 'text', nullable: true, unique: true })
  idempotencyKey!: string | null;

  /** A hash of the submitted payload: a retry with the same key must carry the same payload. */
  @Property({ type: 'text', nullable: true })
  requestHash!: string | null;

  /** The source of an imported proposal (resolved to `Proposal.source`); null when submitted through the API. */
  @Property({ type: 'text', nullable: true })
  sourceCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The proposer's own reference (e.g. the SIBARU number) when the proposal came in a file",
  })
  @Property({ type: 'text', nullable: true })
  externalReference!: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/** One step of a proposal through the flow. */
@ObjectType({ description: 'One step of a proposal through the verification flow' })
@Entity({ tableName: 'proposal_event' })
export class ProposalEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  proposalId!: string;

  @Field(() => ProposalStatus, { nullable: true, description: 'Null for the creation of the proposal' })
  @Enum({ items: () => ProposalStatus, nullable: true })
  fromStatus!: ProposalStatus | null;

  @Field(() => ProposalStatus)
  @Enum({ items: () => ProposalStatus })
  toStatus!: ProposalStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field({ description: 'Who made the step (the caller id; "demo" for the demo dataset)' })
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;
}
