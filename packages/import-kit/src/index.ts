import 'reflect-metadata';

export * from './decode-import-file.js';
export * from './import-file.input.js';
export * from './import-report.js';
export * from './import-source.js';
export * from './source-precedence.js';
export * from './progress.js';
export * from './row-checks.js';
export * from './import-bounds.js';
export * from './table-reader.js';
export * from './row-source.js';
export * from './csv-reader.js';
export * from './text-decoding.js';
export * from './area-columns.js';
export * from './import-pipeline.js';
export * from './dataset-rows.js';
export * from './import-transaction.js';
