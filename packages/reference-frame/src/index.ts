export * from './area-frame.js';
