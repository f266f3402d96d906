import { Field, Int, ObjectType } from 'type-graphql';
import type { Connection, Edge, PageInfo } from '@housing-hub/subgraph-kit';
import { Proposal } from './proposal.entity.js';

/**
 * The Relay connection of proposals. Its page info is a type of its own: the kit's `PageInfo` is a
 * value type that regions also defines, and composition refuses a non-@shareable type defined in two
 * subgraphs (INVALID_FIELD_SHARING). Same fields, same meaning.
 */
@ObjectType({ description: 'Relay page information (of a proposal page)' })
export class ProposalPageInfo implements PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('ProposalEdge')
export class ProposalEdge implements Edge<Proposal> {
  @Field()
  cursor!: string;

  @Field(() => Proposal)
  node!: Proposal;
}

@ObjectType('ProposalConnection', { description: 'A page of Proposal (Relay connection)' })
export class ProposalConnectionType implements Connection<Proposal> {
  @Field(() => [ProposalEdge])
  edges!: Edge<Proposal>[];

  @Field(() => [Proposal])
  nodes!: Proposal[];

  @Field(() => ProposalPageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many nodes match, over all pages' })
  totalCount!: number;
}
