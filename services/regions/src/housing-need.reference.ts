import { isProvinceCode, type ReferenceResolver } from '@housing-hub/subgraph-kit';
import type { HousingNeed } from './housing-need.type.js';
import type { RegionsContext } from './regions.context.js';

/** Other subgraphs point at the need figures of an area in a year (e.g. the RTLH that coverage used). */
export const housingNeedReference: ReferenceResolver<Pick<HousingNeed, 'areaCode' | 'year'>, RegionsContext> = {
  __resolveReference: (reference, { loaders }) =>
    (isProvinceCode(reference.areaCode) ? loaders.provinceNeed : loaders.regencyNeed).load({
      code: reference.areaCode,
      year: reference.year,
    }),
};
