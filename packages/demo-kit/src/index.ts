export * from './apportion.js';
export * from './province-weights.js';
export * from './seeded-random.js';
export * from './deterministic-uuid.js';
export * from './demo-proposals.js';
export * from './publication-date.js';
export * from './demo-sources.js';
export * from './demo-pendataan.js';
