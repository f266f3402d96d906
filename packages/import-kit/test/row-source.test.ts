import { describe, expect, it } from '@jest/globals';
import { readCsv } from '../src/table-reader.js';
import { csvRows } from '../src/row-source.js';

/** What csvRows yields, copied (it reuses one row object). */
const rowsOf = async (text: string) => {
  const source = csvRows(text);
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
    });
  }

  it('estimates the number of data rows for the progress bar', () => {
    expect(csvRows('a,b\n1,2\n3,4\n').estimatedRows).toBe(2);
  });
});
