import { describe, expect, it } from '@jest/globals';
import { readRows, readTable } from '../src/index.js';
import { UnreadableTextError } from '../src/text-decoding.js';

const csv = 'area_code,name\n52.01,"Lombok Barat, Kab."\n52.71,Kota Mataram ñ\n';
const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv, 'utf16le').swap16()]);
const latin1 = Buffer.from(csv, 'latin1');

describe('reading the bytes of a CSV file', () => {
  it('decodes UTF-16 LE and BE with a byte-order mark like UTF-8', async () => {
    const expected = await readTable(Buffer.from(csv, 'utf8'), 'CSV');
    expect(expected.rows[1]!.cells.name).toBe('Kota Mataram ñ');
    expect(await readTable(utf16le, 'CSV')).toEqual(expected);
    expect(await readTable(utf16be, 'CSV')).toEqual(expected);
  });

  it('refuses Windows-1252/Latin-1 instead of storing mojibake', async () => {
    await expect(readTable(latin1, 'CSV')).rejects.toThrow(
      new UnreadableTextError('the file is not UTF-8 (Windows-1252/Latin-1?): save it as "CSV UTF-8"'),
    );
    await expect(readRows(latin1, 'CSV')).rejects.toThrow(UnreadableTextError);
  });

  it('refuses UTF-16 without a byte-order mark', async () => {
    await expect(readTable(Buffer.from(csv, 'utf16le'), 'CSV')).rejects.toThrow(/UTF-16 without a byte-order mark/);
  });

  it('reads a ;-delimited file (Excel in Indonesian locale) with decimal commas', async () => {
    const table = await readTable(Buffer.from('\ufeffarea_code;units;ratio\r\n52.01;3;"1,5"\r\n52.02;4;2,25\r\n'), 'CSV');
    expect(table.columns).toEqual(['area_code', 'units', 'ratio']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      { area_code: '52.01', units: '3', ratio: '1,5' },
      { area_code: '52.02', units: '4', ratio: '2,25' },
    ]);
    const source = await readRows(Buffer.from('a;b\n1;2\n'), 'CSV');
    const rows = [];
    for await (const row of source.rows()) rows.push({ ...row.cells });
    expect(rows).toEqual([{ a: '1', b: '2' }]);
  });

  it('gives no columns for an empty file (the import reports EMPTY_FILE)', async () => {
    expect(await readTable(new Uint8Array(0), 'CSV')).toEqual({ columns: [], rows: [] });
    expect((await readRows(new Uint8Array(0), 'CSV')).columns).toEqual([]);
  });
});
