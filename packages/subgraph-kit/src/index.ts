import 'reflect-metadata';

export * from './area-check.js';
export * from './build-subgraph.js';
export * from './collapse-errors.js';
export * from './caller.js';
export * from './rights.js';
export * from './context.js';
export * from './data-source.fields.js';
export * from './errors.js';
export * from './http-server.js';
export * from './limits.js';
export * from './hub-service.js';
export * from './loaders.js';
export * from './pagination.js';
export * from './scalars.js';
export * from './subgraph-server.js';
export * from './validation.js';
export * from './ordering.js';
