export * from './hub.js';
export * from './hub-services.js';
