export * from './datasets.js';
export * from './import-command.js';
