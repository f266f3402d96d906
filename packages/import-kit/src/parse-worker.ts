import { parentPort, workerData } from 'node:worker_threads';
import { parse as parseAll } from 'csv-parse/sync';
import { csvOptions, streamCsvRecords } from './csv-reader.js';
import { ImportBoundsError } from './import-bounds.js';
import { isBlank, normalizeHeader, readXlsx } from './table-reader.js';
import { decodeText, UnreadableTextError } from './text-decoding.js';
import type { ParseJob, ParseMessage } from './row-source.js';

/**
 * The worker thread that parses an import file (row-source.ts starts it): decoding, CSV parsing and
 * XLSX unzipping and XML parsing happen here, so the process's event loop keeps answering reads. It
 * sends the header, then a batch of rows each time it is asked for the next.
 */
const BATCH_ROWS = 2_000;
const job = workerData as ParseJob;
const send = (message: ParseMessage) => parentPort!.postMessage(message);

async function open(): Promise<{ columns: string[]; estimatedRows: number; records: AsyncIterator<[number, string[]]> }> {
  const { content, format, bounds } = job;
  if (content.byteLength > bounds.maxFileBytes)
    throw new ImportBoundsError(`the file has ${content.byteLength} bytes; at most ${bounds.maxFileBytes} are imported`);
  if (format === 'XLSX') {
    const table = await readXlsx(content, bounds);
    return {
      columns: table.columns,
      estimatedRows: table.rows.length,
      records: (async function* () {
        for (const row of table.rows) yield [row.row, table.columns.map((name) => row.cells[name] ?? '')] as [number, string[]];
      })(),
    };
  }
  const text = decodeText(content);
  const [header = []] = parseAll(text, { ...csvOptions(text), to: 1 }) as string[][];
  const columns = header.map(normalizeHeader);
  if (columns.length > bounds.maxColumns)
    throw new ImportBoundsError(`the header has ${columns.length} columns; at most ${bounds.maxColumns} are imported`);
  let estimatedRows = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) estimatedRows++;
  if (estimatedRows > 0 && text.endsWith('\n')) estimatedRows--;
  if (estimatedRows > bounds.maxRows)
    throw new ImportBoundsError(
      `the file has ${estimatedRows} lines after its header; at most ${bounds.maxRows} rows are imported`,
    );
  return {
    columns,
    estimatedRows,
    records: (async function* () {
      let number = 0;
      for await (const record of streamCsvRecords(text)) {
        number++;
        if (number === 1 || isBlank(record)) continue; // the header, then blank lines carry nothing
        yield [number, columns.map((_, c) => (record[c] ?? '').trim())] as [number, string[]];
      }
    })(),
  };
}

try {
  const { columns, estimatedRows, records } = await open();
  send({ kind: 'header', columns, estimatedRows });
  parentPort!.on('message', () => {
    void (async () => {
      const rows: [number, string[]][] = [];
      let done = false;
      try {
        while (rows.length < BATCH_ROWS) {
          const next = await records.next();
          if (next.done) {
            done = true;
            break;
          }
          rows.push(next.value);
        }
        send({ kind: 'rows', rows, done });
      } catch (error) {
        send(failure(error));
      }
    })();
  });
} catch (error) {
  send(failure(error));
}

function failure(error: unknown): ParseMessage {
  const reason =
    error instanceof ImportBoundsError ? 'bounds' : error instanceof UnreadableTextError ? 'unreadable-text' : 'unreadable';
  return { kind: 'error', reason, message: (error as Error)?.message ?? String(error) };
}
