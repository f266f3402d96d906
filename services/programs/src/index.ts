export { programsService } from './programs.service.js';
export { buildRealizationModel, publishedFlpp, publishedBsps, publishedCsr, trillionToRupiah } from './demo/realization-model.js';
export { buildProposalModel, DEMO_FISCAL_YEAR } from './demo/proposal-model.js';
export { readReferenceFiles } from './programs.seed.js';
export { ALLOWED_TRANSITIONS, canTransition } from './proposal-flow.js';
