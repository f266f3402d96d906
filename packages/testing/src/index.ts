export * from './graphql-client.js';
export * from './sql-counter.js';
export * from './test-database.js';
export * from './abuse-queries.js';
export * from './callers.js';
export * from './free-port.js';
export * from './redis.js';
