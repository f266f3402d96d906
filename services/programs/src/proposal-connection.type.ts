import { ConnectionType } from '@housing-hub/subgraph-kit';
import { Proposal } from './proposal.entity.js';

/** The Relay connection of proposals, with the kit's shared `PageInfo`. */
export const ProposalConnectionType = ConnectionType(Proposal, 'Proposal');
