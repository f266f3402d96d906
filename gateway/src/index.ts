export * from './gateway.js';
export * from './subgraph-client.js';
export * from './access/authenticate.js';
export * from './access/field-rights.js';
export * from './access/local-keys.js';
export * from './access/access-config.js';
export * from './access/api-keys.js';
export * from './static-site.js';
