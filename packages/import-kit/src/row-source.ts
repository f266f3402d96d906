import { on } from 'node:events';
import { Worker } from 'node:worker_threads';
import { parse as parseAll } from 'csv-parse/sync';
import { positiveIntegerFromEnv } from '@housing-hub/subgraph-kit';
import { csvOptions, streamCsvRecords } from './csv-reader.js';
import { ImportBoundsError, importBoundsFromEnv, type ImportBounds } from './import-bounds.js';
import { isBlank, normalizeHeader, type TableFormat, type TableRow } from './table-reader.js';
import { UnreadableTextError } from './text-decoding.js';

/**
 * The rows of a file, one at a time: what a million-row import reads. Same columns, cells and row
 * numbers as the import kit's `readTable` (header normalized to lower_snake, cells trimmed, blank lines
 * skipped but counted, the header is row 1), but a CSV file is never held as a table: its records are
 * streamed by the kit's CSV reader into ONE reused row object (copy what you keep). `readRows` parses
 * in a worker thread (CSV and XLSX alike); `csvRows` streams a text in this thread.
 */
export interface RowSource {
  columns: string[];
  /** About how many data rows there are (for a progress bar). */
  estimatedRows: number;
  rows(): AsyncIterable<TableRow>;
  /** Stops the parsing (a caller that will not read the rows says so); reading them to the end does too. */
  close?(): void;
}

/** What row-source.ts asks its parsing worker (parse-worker.ts) to read. */
export interface ParseJob {
  content: Uint8Array;
  format: TableFormat;
  bounds: ImportBounds;
}

/** What the parsing worker answers: the header, then batches of [row number, cells in column order]. */
export type ParseMessage =
  | { kind: 'header'; columns: string[]; estimatedRows: number }
  | { kind: 'rows'; rows: [number, string[]][]; done: boolean }
  | { kind: 'error'; reason: 'bounds' | 'unreadable-text' | 'unreadable'; message: string };

/**
 * The worker's module: beside this one once built; from the sources (tests run them), the built one.
 */
const PARSE_WORKER = new URL(import.meta.url.endsWith('.ts') ? '../dist/parse-worker.js' : './parse-worker.js', import.meta.url);

/** `HUB_IMPORT_WORKER_MEMORY_MB` (default 1,536): the parsing worker's heap; past it the file is too large. */
const workerMemoryMb = () => positiveIntegerFromEnv(process.env, 'HUB_IMPORT_WORKER_MEMORY_MB', 1_536);

/** The worker's messages in order: kept until asked for, so that none is lost while the rows of the previous one are read. */
type Mailbox = AsyncIterator<unknown[]>;

async function nextMessage(mailbox: Mailbox): Promise<ParseMessage> {
  let message: ParseMessage;
  try {
    const next = await mailbox.next();
    if (next.done) throw new Error('the parsing worker stopped');
    message = next.value[0] as ParseMessage;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY')
      throw new ImportBoundsError('the file needs more memory than an import may use');
    throw error;
  }
  if (message.kind === 'error') {
    const ErrorClass = { bounds: ImportBoundsError, 'unreadable-text': UnreadableTextError, unreadable: Error }[message.reason];
    throw new ErrorClass(message.message);
  }
  return message;
}

/**
 * Reads a file in a worker thread (node:worker_threads): decoding and parsing, above all of an XLSX
 * (unzip, XML), cost CPU that would otherwise stall every read of the process while a large import
 * parses. Rows arrive in batches as the caller asks for them, into ONE reused row object. Bounded by
 * `bounds` (ImportBoundsError past them) and by the worker's heap.
 */
export async function readRows(
  content: Uint8Array,
  format: TableFormat,
  bounds: ImportBounds = importBoundsFromEnv(),
): Promise<RowSource> {
  const job: ParseJob = { content, format, bounds };
  const worker = new Worker(PARSE_WORKER, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: workerMemoryMb() } });
  worker.unref(); // a worker left behind never holds the process open
  // Listening holds the process open: only while a message is awaited (the header here, the rows below).
  // The worker sends nothing after the header until it is asked.
  const headerBox: Mailbox = on(worker, 'message');
  let header: ParseMessage;
  try {
    header = await nextMessage(headerBox);
  } catch (error) {
    void worker.terminate();
    throw error;
  } finally {
    void headerBox.return?.();
  }
  if (header.kind !== 'header') throw new Error('the parsing worker sent rows before the header');
  const { columns, estimatedRows } = header;
  return {
    columns,
    estimatedRows,
    close: () => void worker.terminate(),
    async *rows() {
      const cells: Record<string, string> = Object.fromEntries(columns.map((name) => [name, '']));
      const row: TableRow = { row: 1, cells };
      const mailbox: Mailbox = on(worker, 'message');
      try {
        worker.postMessage('next');
        for (;;) {
          const batch = await nextMessage(mailbox);
          if (batch.kind !== 'rows') throw new Error('the parsing worker sent a second header');
          // The worker parses the next batch while this one is read (one request out at a time: its batches stay whole).
          if (!batch.done) worker.postMessage('next');
          for (const [number, values] of batch.rows) {
            for (let c = 0; c < columns.length; c++) cells[columns[c]!] = values[c]!;
            row.row = number;
            yield row;
          }
          if (batch.done) return;
        }
      } finally {
        void worker.terminate();
        void mailbox.return?.();
      }
    },
  };
}

export function csvRows(text: string): RowSource {
  const [header = []] = parseAll(text, { ...csvOptions(text), to: 1 }) as string[][];
  const columns = header.map(normalizeHeader);
  let estimatedRows = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) estimatedRows++;
  if (estimatedRows > 0 && text.endsWith('\n')) estimatedRows--;
  return {
    columns,
    estimatedRows,
    async *rows() {
      const cells: Record<string, string> = Object.fromEntries(columns.map((name) => [name, '']));
      const row: TableRow = { row: 1, cells };
      let number = 0;
      for await (const record of streamCsvRecords(text)) {
        number++;
        if (number === 1 || isBlank(record)) continue; // the header, then blank lines carry nothing
        for (let c = 0; c < columns.length; c++) cells[columns[c]!] = (record[c] ?? '').trim();
        row.row = number;
        yield row;
      }
    },
  };
}
