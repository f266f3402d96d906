export * from './gateway.js';
export * from './subgraph-client.js';
