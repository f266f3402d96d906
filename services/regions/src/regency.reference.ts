import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import type { Regency } from './regency.entity.js';
import type { RegionsContext } from './regions.context.js';

/** Another subgraph points at a kab/kota by its code: one query per batch of references. */
export const regencyReference: ReferenceResolver<Pick<Regency, 'code'>, RegionsContext> = {
  __resolveReference: (reference, { loaders }) => loaders.regencyByCode.load(reference.code),
};
