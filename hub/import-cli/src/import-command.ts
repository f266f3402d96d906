import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseConnection } from '@housing-hub/database';
import { formatOf, formatReport, ImportStatus, type ImportReport } from '@housing-hub/import-kit';
import { openServiceDatabase } from '@housing-hub/subgraph-kit';
import { DATASETS } from './datasets.js';

export const USAGE = `Usage: npm run import -- <dataset> <file> --source-name NAME --source-publisher PUBLISHER
         [--source-date YYYY-MM-DD] [--source-url URL] [--source-code CODE] [--dry-run] [--help]
Datasets: ${Object.entries(DATASETS)
  .map(([name, d]) => `${name} (${d.description})`)
  .join('; ')}
Files: CSV (UTF-8 or UTF-16 with a BOM; "," or ";" between fields; header row) or XLSX (first sheet). A file with any bad row is rejected whole and
nothing is written; the report lists each bad row. Exit code: 0 imported/unchanged/valid, 1 rejected, 2 usage.`;

export class UsageError extends Error {}

/** The file named on the command line cannot be read (missing, a folder, no permission): one line, no stack. */
export class ImportFileError extends Error {}

/** `--help`: the caller prints USAGE and exits 0. */
export interface HelpRequest {
  help: true;
}

export interface ImportCommand {
  dataset: string;
  file: string;
  dryRun: boolean;
  source: { name: string; publisher: string; publishedOn: string | null; url: string | null; code: string | null };
}

function rethrowAsUsageError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function parseImportArgs(argv: string[], cwd = process.cwd()): ImportCommand | HelpRequest {
  const parsed = rethrowAsUsageError(() =>
    parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'source-name': { type: 'string' },
        'source-publisher': { type: 'string' },
        'source-date': { type: 'string' },
        'source-url': { type: 'string' },
        'source-code': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }),
  );
  if (parsed.values.help) return { help: true };
  const [dataset, file] = parsed.positionals;
  if (!dataset || !file) throw new UsageError('give a dataset and a file');
  if (!DATASETS[dataset]) throw new UsageError(`unknown dataset "${dataset}"`);
  const name = parsed.values['source-name'];
  const publisher = parsed.values['source-publisher'];
  if (!name || !publisher)
    throw new UsageError('--source-name and --source-publisher are required: every figure keeps its source');
  const publishedOn = parsed.values['source-date'] ?? null;
  if (publishedOn !== null && !isCalendarDate(publishedOn)) {
    throw new UsageError(`--source-date "${publishedOn}" is not a date (YYYY-MM-DD)`);
  }
  return {
    dataset,
    file: path.resolve(cwd, file),
    dryRun: parsed.values['dry-run'] ?? false,
    source: {
      name,
      publisher,
      publishedOn,
      url: parsed.values['source-url'] ?? null,
      code: parsed.values['source-code'] ?? null,
    },
  };
}

/** A real YYYY-MM-DD day: 2025-02-30 is refused (Date would roll it over to March). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

async function readImportFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new ImportFileError(`cannot read ${file}: ${reason}`);
  }
}

/** Opens the owning service's schema (migrating it, loading its reference data), imports, closes. */
export async function runImport(command: ImportCommand, connection: DatabaseConnection): Promise<ImportReport> {
  const dataset = DATASETS[command.dataset]!;
  const content = await readImportFile(command.file);
  const orm = await openServiceDatabase(dataset.service, connection);
  try {
    await dataset.service.seed(orm.em.fork(), { demo: false });
    return await dataset.run(
      orm.em.fork(),
      { fileName: path.basename(command.file), content, format: formatOf(command.file, content) },
      { source: command.source, dryRun: command.dryRun, importedBy: `cli:${process.env.USER ?? 'unknown'}` },
    );
  } finally {
    await orm.close();
  }
}

export function exitCodeOf(report: ImportReport): number {
  return report.status === ImportStatus.REJECTED ? 1 : 0;
}

export { formatReport };
