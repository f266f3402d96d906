export { programsService } from './programs.subgraph.js';
export { buildRealizationModel, publishedFlpp, publishedBsps, publishedCsr, trillionToRupiah } from './demo/realization-model.js';
export { buildProposalModel, DEMO_FISCAL_YEAR } from './demo/proposal-model.js';
export { readReferenceFiles } from './programs.seed.js';
export { ALLOWED_TRANSITIONS, canTransition } from './proposal-flow.js';
export { RealizationImportService, REALIZATION_ROWS, validateRealization } from './realization-import.service.js';
export { ProposalImportService, PROPOSAL_ROWS, PROPOSAL_UNDER_REVIEW } from './proposal-import.service.js';
export { loadLargeProfile } from './large-profile.js';
// The benchmark times the funding statements alone, beside the same read through GraphQL.
export { FundingService, countedStatuses, winnerBit } from './funding.service.js';
export { FundingGroup } from './funding.types.js';
