import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readCsv, readXlsx } from '../src/table-reader.js';
import { csvRows, readRows, type RowSource } from '../src/row-source.js';
import { DEFAULT_IMPORT_BOUNDS, ImportBoundsError } from '../src/import-bounds.js';

/** What a row source yields, copied (it reuses one row object). */
const rowsOf = async (text: string) => copied(csvRows(text));
const copied = async (source: RowSource) => {
  const rows = [];
  for await (const r of source.rows()) rows.push({ row: r.row, cells: { ...r.cells } });
  return { columns: source.columns, rows };
};

describe('reading CSV rows one at a time', () => {
  const files = {
    plain: 'Area Code,Year,units\n52.01,2025,3\n52.02,2025,4\n',
    'no final newline, CRLF, BOM': '\ufeffarea_code,year\r\n52.01,2025\r\n52.02,2024',
    'blank lines are skipped but counted': 'a,b\n1,2\n\n , \n3,4\n',
    'quoted fields with commas, doubled quotes and newlines': 'a,b,c\n"x, y","say ""hi""",1\n"two\nlines",2,3\n4,"5",6\n',
    'bare CR line ends': 'a,b\r1,2\r3,4\r',
    'short and long records, spaces trimmed': 'a,b\n 1 \n1,2,3\n',
    'a quote inside a field is kept': 'a,b\nab"c,2\n',
    'header only': 'a,b\n',
    empty: '',
  };
  for (const [name, text] of Object.entries(files)) {
    it(`gives the same columns, cells and row numbers as the import kit's reader: ${name}`, async () => {
      expect(await rowsOf(text)).toEqual(readCsv(text));
      // and so does the parsing worker
      expect(await copied(await readRows(Buffer.from(text), 'CSV'))).toEqual(readCsv(text));
    });
  }

  it('estimates the number of data rows for the progress bar', () => {
    expect(csvRows('a,b\n1,2\n3,4\n').estimatedRows).toBe(2);
  });
});

describe('parsing in a worker thread', () => {
  it('reads an XLSX there as readXlsx does, rows in batches', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['Area Code', 'Units']);
    for (let i = 0; i < 4_500; i++) sheet.addRow([`52.${String(i % 100).padStart(2, '0')}`, i]);
    const content = new Uint8Array(await workbook.xlsx.writeBuffer());
    const source = await readRows(content, 'XLSX');
    expect(source.estimatedRows).toBe(4_500);
    expect(await copied(source)).toEqual(await readXlsx(content));
  });

  it('refuses a file past the bounds with ImportBoundsError', async () => {
    const text = 'a,b,c\n1,2,3\n4,5,6\n7,8,9\n';
    const tooLarge = (bounds: Partial<typeof DEFAULT_IMPORT_BOUNDS>) =>
      readRows(Buffer.from(text), 'CSV', { ...DEFAULT_IMPORT_BOUNDS, ...bounds });
    await expect(tooLarge({ maxRows: 2 })).rejects.toThrow(ImportBoundsError);
    await expect(tooLarge({ maxColumns: 2 })).rejects.toThrow(/3 columns/);
    await expect(tooLarge({ maxFileBytes: 10 })).rejects.toThrow(/bytes/);
    expect((await copied(await tooLarge({ maxRows: 3 }))).rows).toHaveLength(3);
  });

  it('stops the worker when the reader stops early', async () => {
    const source = await readRows(Buffer.from('a\n1\n2\n3\n'), 'CSV');
    for await (const row of source.rows()) {
      expect(row.cells.a).toBe('1');
      break;
    }
    source.close?.();
  });
});
