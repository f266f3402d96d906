import ExcelJS from 'exceljs';
import { parseCsvRecords } from './csv-reader.js';
import { decodeText } from './text-decoding.js';

export type TableFormat = 'CSV' | 'XLSX';

/** One data row of a file: its 1-based row number in the file (the header is row 1) and its cells by column name. */
export interface TableRow {
  row: number;
  cells: Record<string, string>;
}

export interface Table {
  columns: string[];
  rows: TableRow[];
}

/** Guesses the format from the file name; XLSX files also start with the ZIP signature. */
export function formatOf(fileName: string, content: Uint8Array): TableFormat {
  if (/\.xlsx$/i.test(fileName)) return 'XLSX';
  if (content[0] === 0x50 && content[1] === 0x4b) return 'XLSX';
  return 'CSV';
}

export const normalizeHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * A CSV file's text, header row first, read whole (the kit's one CSV reader, `csv-reader.ts`);
 * `row-source.ts` streams large files with the same reader.
 */
export function readCsv(text: string): Table {
  return toTable(parseCsvRecords(text));
}

function toTable(records: string[][]): Table {
  const [header = [], ...body] = records;
  const columns = header.map(normalizeHeader);
  const rows: TableRow[] = [];
  body.forEach((cells, index) => {
    if (isBlank(cells)) return; // blank lines carry nothing
    rows.push({ row: index + 2, cells: Object.fromEntries(columns.map((name, c) => [name, (cells[c] ?? '').trim()])) });
  });
  return { columns, rows };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    return '';
  }
  return String(value);
}

/**
 * Bounds on one XLSX sheet. A sheet can declare (or hold one cell at) XFD1048576 in a few KB: the
 * reader visits only the cells actually present, and refuses a sheet past these bounds.
 */
export const XLSX_LIMITS = { maxRows: 200_000, maxColumns: 500, maxCells: 5_000_000 };

/** The first worksheet of an XLSX workbook, header row first; costs what the sheet holds, not what it declares. */
export async function readXlsx(content: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [] };
  let columns: string[] | undefined;
  const rows: TableRow[] = [];
  let cellCount = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (++cellCount > XLSX_LIMITS.maxCells) throw new Error(`the sheet holds more than ${XLSX_LIMITS.maxCells} cells`);
      if (columnNumber > XLSX_LIMITS.maxColumns)
        throw new Error(`the sheet has a cell in column ${columnNumber}; at most ${XLSX_LIMITS.maxColumns} columns are read`);
      cells[columnNumber - 1] = cellText(cell.value);
    });
    if (!columns) {
      columns = Array.from(cells, (name) => normalizeHeader(name ?? ''));
      return;
    }
    if (isBlank(Array.from(cells, (cell) => cell ?? ''))) return;
    if (rows.length >= XLSX_LIMITS.maxRows) throw new Error(`the sheet has more than ${XLSX_LIMITS.maxRows} data rows`);
    rows.push({ row: rowNumber, cells: Object.fromEntries(columns.map((name, c) => [name, (cells[c] ?? '').trim()])) });
  });
  return { columns: columns ?? [], rows };
}

export async function readTable(content: Uint8Array, format: TableFormat): Promise<Table> {
  return format === 'XLSX' ? readXlsx(content) : readCsv(decodeText(content));
}

export const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
