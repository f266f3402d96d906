import { readTable, type TableFormat, type TableRow } from './table-reader.js';

/**
 * The rows of a file, one at a time: what a million-row import reads. Same columns, cells and row
 * numbers as the import kit's `readTable` (header normalized to lower_snake, cells trimmed, blank lines
 * skipped but counted, the header is row 1), but a CSV file is never held as a table: each row is parsed
 * when asked for, into ONE reused row object (copy what you keep), and a line without quotes takes a
 * fast path (a split on commas). XLSX files go through `readTable`.
 */
export interface RowSource {
  columns: string[];
  /** About how many data rows there are (for a progress bar). */
  estimatedRows: number;
  rows(): Iterable<TableRow>;
}

const normalizeHeader = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

export async function readRows(content: Uint8Array, format: TableFormat): Promise<RowSource> {
  if (format === 'XLSX') {
    const table = await readTable(content, format);
    return { columns: table.columns, estimatedRows: table.rows.length, rows: () => table.rows };
  }
  return csvRows(Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8'));
}

export function csvRows(text: string): RowSource {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const state = { next: 0 };
  const first = csvRecords(source, 0, state).next();
  const columns = first.done ? [] : first.value.map(normalizeHeader);
  const headerEnd = first.done ? source.length : state.next;
  let estimatedRows = 0;
  for (let at = source.indexOf('\n', headerEnd); at !== -1; at = source.indexOf('\n', at + 1)) estimatedRows++;
  return {
    columns,
    estimatedRows,
    *rows() {
      const cells: Record<string, string> = Object.fromEntries(columns.map((name) => [name, '']));
      const row: TableRow = { row: 1, cells };
      let number = 1;
      for (const record of csvRecords(source, headerEnd, { next: 0 })) {
        number++;
        let blank = true;
        for (const cell of record) {
          if (cell.trim() !== '') {
            blank = false;
            break;
          }
        }
        if (blank) continue;
        for (let c = 0; c < columns.length; c++) cells[columns[c]!] = (record[c] ?? '').trim();
        row.row = number;
        yield row;
      }
    },
  };
}

/**
 * RFC 4180 records (as the import kit's reader: quoted fields, doubled quotes, CRLF, LF or CR) from
 * `start`; `state.next` is where the record last yielded ends.
 */
function* csvRecords(text: string, start: number, state: { next: number }): Generator<string[]> {
  const n = text.length;
  let pos = start;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    const lineEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(pos, lineEnd);
    if (line.indexOf('"') === -1 && line.indexOf('\r') === -1) {
      pos = end + 1;
      state.next = pos;
      yield line.split(',');
      continue;
    }
    const [record, next] = quotedRecord(text, pos);
    pos = next;
    state.next = pos;
    yield record;
  }
}

/** One record the slow way, character by character, from `pos`; returns it and where the next one starts. */
function quotedRecord(text: string, pos: number): [string[], number] {
  const record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = pos; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      return [record, i + 1];
    } else field += char;
  }
  record.push(field);
  return [record, text.length];
}
