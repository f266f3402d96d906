export { regionsService } from './regions.service.js';
export { buildNeedModel, nationalTotals } from './demo/need-model.js';
