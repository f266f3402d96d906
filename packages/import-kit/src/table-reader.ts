import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_IMPORT_BOUNDS, ImportBoundsError, type ImportBounds } from './import-bounds.js';
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

/** `B12` -> [row 12, column 2]. */
function cellPosition(reference: string): [number, number] | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(reference);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1]!) column = column * 26 + letter.charCodeAt(0) - 64;
  return [Number(match[2]), column];
}

/**
 * The dimension the first sheet declares (`<dimension ref="A1:XFD1048576"/>`), read from the head of
 * its XML without parsing the sheet; undefined when it declares none.
 */
export async function declaredSheetSize(content: Uint8Array): Promise<{ rows: number; columns: number } | undefined> {
  const zip = await JSZip.loadAsync(content);
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const relations = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const firstSheetId = workbook && /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const target =
    firstSheetId &&
    relations &&
    (new RegExp(`<Relationship\\b[^>]*Id="${firstSheetId}"[^>]*Target="([^"]+)"`).exec(relations) ??
      new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${firstSheetId}"`).exec(relations))?.[1];
  const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
  const sheet = zip.file(path);
  if (!sheet) return undefined;
  // The dimension comes before the cells: read until they start, then stop inflating.
  const head = await new Promise<string>((resolve, reject) => {
    let text = '';
    const stream = sheet.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('<sheetData') || text.length > 1_000_000) {
        stream.pause();
        resolve(text);
      }
    });
    stream.on('end', () => resolve(text));
    stream.on('error', reject);
  });
  const ref = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]+)"/.exec(head)?.[1];
  if (!ref) return undefined;
  const [from, to = from] = ref.split(':').map(cellPosition);
  if (!from || !to) return undefined;
  return { rows: to[0] - from[0] + 1, columns: to[1] - from[1] + 1 };
}

/**
 * The first worksheet of an XLSX workbook, header row first; costs what the sheet holds, not what it
 * declares, and refuses a sheet past the bounds (ImportBoundsError) before reading its cells.
 */
export async function readXlsx(content: Uint8Array, bounds: ImportBounds = DEFAULT_IMPORT_BOUNDS): Promise<Table> {
  if (content.byteLength > bounds.maxFileBytes)
    throw new ImportBoundsError(`the file has ${content.byteLength} bytes; at most ${bounds.maxFileBytes} are imported`);
  const declared = await declaredSheetSize(content);
  if (declared && (declared.rows > bounds.maxRows + 1 || declared.columns > bounds.maxColumns))
    throw new ImportBoundsError(
      `the sheet declares ${declared.rows} rows and ${declared.columns} columns; at most ${bounds.maxRows} data rows and ${bounds.maxColumns} columns are imported`,
    );
  // Loaded on first use: a CSV import (and its parsing worker) need not load the XLSX reader.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [] };
  let columns: string[] | undefined;
  const rows: TableRow[] = [];
  let cellCount = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (++cellCount > bounds.maxCells) throw new ImportBoundsError(`the sheet holds more than ${bounds.maxCells} cells`);
      if (columnNumber > bounds.maxColumns)
        throw new ImportBoundsError(
          `the sheet has a cell in column ${columnNumber}; at most ${bounds.maxColumns} columns are imported`,
        );
      cells[columnNumber - 1] = cellText(cell.value);
    });
    if (!columns) {
      columns = Array.from(cells, (name) => normalizeHeader(name ?? ''));
      return;
    }
    if (isBlank(Array.from(cells, (cell) => cell ?? ''))) return;
    if (rows.length >= bounds.maxRows) throw new ImportBoundsError(`the sheet has more than ${bounds.maxRows} data rows`);
    rows.push({ row: rowNumber, cells: Object.fromEntries(columns.map((name, c) => [name, (cells[c] ?? '').trim()])) });
  });
  return { columns: columns ?? [], rows };
}

export async function readTable(content: Uint8Array, format: TableFormat): Promise<Table> {
  return format === 'XLSX' ? readXlsx(content) : readCsv(decodeText(content));
}

export const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
