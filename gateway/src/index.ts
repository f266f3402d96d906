export * from './gateway.js';
export * from './static-site.js';
