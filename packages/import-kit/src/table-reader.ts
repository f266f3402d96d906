import ExcelJS from 'exceljs';

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

const normalizeHeader = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM), header row first, read whole.
 * The plain reference reader: `row-source.ts` reads large files row by row, and its tests check that
 * both give the same rows.
 */
export function readCsv(text: string): Table {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return toTable(records);
}

function toTable(records: string[][]): Table {
  const [header = [], ...body] = records;
  const columns = header.map(normalizeHeader);
  const rows: TableRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return; // blank lines carry nothing
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

/** The first worksheet of an XLSX workbook, header row first. */
export async function readXlsx(content: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [] };
  const records: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    records.push(cells);
  }
  return toTable(records);
}

export async function readTable(content: Uint8Array, format: TableFormat): Promise<Table> {
  return format === 'XLSX' ? readXlsx(content) : readCsv(Buffer.from(content).toString('utf8'));
}
