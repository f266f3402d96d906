import type { ReferenceResolver } from '@housing-hub/subgraph-kit';
import {
  proposalStub,
  provinceStub,
  regencyStub,
  type Nation,
  type Proposal,
  type Province,
  type Regency,
} from './area.types.js';

// Types owned elsewhere: the key is all this subgraph holds; their fields here go through loaders.
export const provinceReference: ReferenceResolver<Pick<Province, 'code'>, unknown> = {
  __resolveReference: (reference) => provinceStub(reference.code),
};

export const regencyReference: ReferenceResolver<Pick<Regency, 'code'>, unknown> = {
  __resolveReference: (reference) => regencyStub(reference.code),
};

export const proposalReference: ReferenceResolver<Pick<Proposal, 'id'>, unknown> = {
  __resolveReference: (reference) => proposalStub(reference.id),
};

export const nationReference: ReferenceResolver<Pick<Nation, 'code'>, unknown> = {
  __resolveReference: (reference) => ({ code: reference.code }),
};
