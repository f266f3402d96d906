export * from './gateway.js';
export * from './subgraph-source.js';
export * from './rate-limit.js';
export * from './outage-paths.js';
