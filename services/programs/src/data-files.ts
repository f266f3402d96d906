import { readFile } from 'node:fs/promises';
import { readCsv } from '@housing-hub/import-kit';

/** Reads a file of this service's `data/` folder (beside `src/` and `dist/`). */
export function readDataFile(name: string): Promise<string> {
  return readFile(new URL(`../data/${name}`, import.meta.url), 'utf8');
}

/** The rows of one of our reference CSV files, as records keyed by column name. */
export function parseCsv(text: string): Record<string, string>[] {
  return readCsv(text).rows.map((row) => row.cells);
}
