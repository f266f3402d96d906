export * from './area-frame.js';
export * from './area-codes.js';
export * from './village-counts.js';
