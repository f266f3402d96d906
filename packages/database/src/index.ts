export * from './database-location.js';
export * from './embedded-database.js';
export * from './service-orm.js';
export { Migration } from '@mikro-orm/migrations';
export * from './bulk-executor.js';
export * from './audit-trail.js';
export * from './data-version.js';
export * from './bound-parameters.js';
export * from './change-log.js';
