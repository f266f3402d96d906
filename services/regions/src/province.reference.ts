import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import type { Province } from './province.entity.js';
import type { RegionsContext } from './regions.context.js';

/** Another subgraph points at a province by its code: one query per batch of references. */
export const provinceReference: ReferenceResolver<Pick<Province, 'code'>, RegionsContext> = {
  __resolveReference: (reference, { loaders }) => loaders.provinceByCode.load(reference.code),
};
