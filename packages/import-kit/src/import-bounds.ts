import { positiveIntegerFromEnv } from '@housing-hub/subgraph-kit';

/**
 * What one import may hold. A file past a bound is rejected with FILE_TOO_LARGE before its rows are
 * checked: an XLSX can declare (or hold one cell at) XFD1048576 in a few KB, so a sheet is bounded by
 * its declared dimension and by the cells actually present, and costs what it holds.
 */
export interface ImportBounds {
  /** `HUB_IMPORT_MAX_FILE_BYTES` (default 256 MB): the file as sent (over GraphQL the body limit comes first). */
  maxFileBytes: number;
  /** `HUB_IMPORT_MAX_ROWS` (default 2,000,000): data rows (CSV: lines), and the rows a sheet declares. */
  maxRows: number;
  /** `HUB_IMPORT_MAX_COLUMNS` (default 500): header columns, a cell's column, and the columns a sheet declares. */
  maxColumns: number;
  /** `HUB_IMPORT_MAX_CELLS` (default 5,000,000): the cells an XLSX sheet actually holds. */
  maxCells: number;
}

export const DEFAULT_IMPORT_BOUNDS: Readonly<ImportBounds> = Object.freeze({
  maxFileBytes: 256 * 1024 * 1024,
  maxRows: 2_000_000,
  maxColumns: 500,
  maxCells: 5_000_000,
});

const BOUND_ENV: Record<keyof ImportBounds, string> = {
  maxFileBytes: 'HUB_IMPORT_MAX_FILE_BYTES',
  maxRows: 'HUB_IMPORT_MAX_ROWS',
  maxColumns: 'HUB_IMPORT_MAX_COLUMNS',
  maxCells: 'HUB_IMPORT_MAX_CELLS',
};

export function importBoundsFromEnv(env: NodeJS.ProcessEnv = process.env): ImportBounds {
  const bounds = { ...DEFAULT_IMPORT_BOUNDS };
  for (const [key, variable] of Object.entries(BOUND_ENV) as [keyof ImportBounds, string][])
    bounds[key] = positiveIntegerFromEnv(env, variable, bounds[key]);
  return bounds;
}

/** A file past one of the import bounds (reported as FILE_TOO_LARGE). */
export class ImportBoundsError extends Error {}
