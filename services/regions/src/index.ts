export { regionsService } from './regions.subgraph.js';
export { buildNeedModel, nationalTotals } from './demo/need-model.js';
export { NeedImportService, NEED_ROWS } from './need-import.service.js';
export { NATIONAL_BACKLOG_COLUMNS, REGIONAL_INDICATORS } from './indicator-catalogue.js';
