import { csvOptions, streamCsvRecords } from './csv-reader.js';
import { parse as parseAll } from 'csv-parse/sync';
import { isBlank, normalizeHeader, readTable, type TableFormat, type TableRow } from './table-reader.js';
import { decodeText } from './text-decoding.js';

/**
 * The rows of a file, one at a time: what a million-row import reads. Same columns, cells and row
 * numbers as the import kit's `readTable` (header normalized to lower_snake, cells trimmed, blank lines
 * skipped but counted, the header is row 1), but a CSV file is never held as a table: its records are
 * streamed by the kit's CSV reader into ONE reused row object (copy what you keep). XLSX files go
 * through `readTable`.
 */
export interface RowSource {
  columns: string[];
  /** About how many data rows there are (for a progress bar). */
  estimatedRows: number;
  rows(): AsyncIterable<TableRow>;
}

export async function readRows(content: Uint8Array, format: TableFormat): Promise<RowSource> {
  if (format === 'XLSX') {
    const table = await readTable(content, format);
    return {
      columns: table.columns,
      estimatedRows: table.rows.length,
      rows: async function* () {
        yield* table.rows;
      },
    };
  }
  return csvRows(decodeText(content));
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
