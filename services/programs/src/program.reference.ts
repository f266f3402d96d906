import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import type { Program } from './program.entity.js';
import type { ProgramsContext } from './programs.context.js';

/** Another subgraph points at a scheme by its code: one query per batch of references. */
export const programReference: ReferenceResolver<Pick<Program, 'code'>, ProgramsContext> = {
  __resolveReference: (reference, { loaders }) => loaders.programByCode.load(reference.code),
};
