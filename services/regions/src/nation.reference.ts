import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import { NATION_CODE, type Nation } from './nation.resolver.js';

/** There is one nation: its key is "ID"; any other key is not an entity here. */
export const nationReference: ReferenceResolver<Pick<Nation, 'code'>, unknown> = {
  __resolveReference: (reference) => (reference.code === NATION_CODE ? { code: NATION_CODE } : null),
};
