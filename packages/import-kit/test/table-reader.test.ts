import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { declaredSheetSize, formatOf, readCsv, readXlsx } from '../src/table-reader.js';
import { DEFAULT_IMPORT_BOUNDS, ImportBoundsError, importBoundsFromEnv } from '../src/import-bounds.js';
import { RowChecker } from '../src/row-checks.js';
import { sourceCodeOf, sourceProblems } from '../src/import-source.js';

describe('reading CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM, and numbers rows as the file does', () => {
    const table = readCsv('\ufeffArea Code,Name\r\n52.01,"Lombok Barat, Kab."\r\n\r\n52.02,"say ""hi"""\r\n');
    expect(table.columns).toEqual(['area_code', 'name']);
    expect(table.rows).toEqual([
      { row: 2, cells: { area_code: '52.01', name: 'Lombok Barat, Kab.' } },
      { row: 4, cells: { area_code: '52.02', name: 'say "hi"' } },
    ]);
  });

  it('tells XLSX from CSV by name or by the ZIP signature', () => {
    expect(formatOf('a.xlsx', new Uint8Array())).toBe('XLSX');
    expect(formatOf('upload', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('XLSX');
    expect(formatOf('a.csv', Buffer.from('x,y'))).toBe('CSV');
  });
});

describe('reading XLSX', () => {
  it('reads the first sheet with numbers and dates as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    sheet.addRow(['year', 'value', 'published']);
    sheet.addRow([2025, 278868, new Date(Date.UTC(2026, 0, 3))]);
    const table = await readXlsx(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(table.rows).toEqual([{ row: 2, cells: { year: '2025', value: '278868', published: '2026-01-03' } }]);
  });
});

describe('checking cells', () => {
  const row = (cells: Record<string, string>) => ({ row: 7, cells });

  it('accepts whole non-negative counts and refuses the rest with their codes', () => {
    const checker = new RowChecker();
    expect(checker.count(row({ units: '12' }), 'units')).toBe(12);
    expect(checker.count(row({ units: '-1' }), 'units')).toBeUndefined();
    expect(checker.count(row({ units: '1.5' }), 'units')).toBeUndefined();
    expect(checker.count(row({ units: '' }), 'units')).toBeUndefined();
    expect(checker.errors.map((e) => e.code)).toEqual(['NEGATIVE_NUMBER', 'NOT_AN_INTEGER', 'MISSING_VALUE']);
  });

  it('keeps rupiah exact beyond 2^53', () => {
    const checker = new RowChecker();
    expect(checker.rupiah(row({ amount: '34640000000000000' }), 'amount')).toBe(34_640_000_000_000_000n);
  });
});

describe('sources', () => {
  it('derives a stable code from publisher and name', () => {
    expect(sourceCodeOf({ name: 'Pendataan RTLH 2024', publisher: 'Dinas Perkim NTB' })).toBe(
      'DINAS-PERKIM-NTB/PENDATAAN-RTLH-2024',
    );
    expect(sourceCodeOf({ name: 'x', publisher: 'y', code: 'bps-2024' })).toBe('BPS-2024');
  });

  it('says what is wrong with a source', () => {
    expect(sourceProblems({ name: '', publisher: 'BPS', publishedOn: '2024/01/01', url: 'ftp://x' })).toEqual([
      'the source needs a name',
      'publishedOn must be YYYY-MM-DD',
      'url must start with http:// or https://',
    ]);
  });
});

describe('a sparse XLSX costs what it holds', () => {
  async function workbookWith(cells: [string, string][]): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    for (const [address, value] of cells) sheet.getCell(address).value = value;
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('reads a header and one cell at row 1,048,576 as one row, without walking the rows between', async () => {
    const content = await workbookWith([
      ['A1', 'code'],
      ['A1048576', '52.01'],
    ]);
    const started = performance.now();
    const table = await readXlsx(content);
    expect(table.rows).toEqual([{ row: 1_048_576, cells: { code: '52.01' } }]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses one cell at XFD1048576 (column 16,384) instead of walking 17 billion cells', async () => {
    const content = await workbookWith([
      ['A1', 'code'],
      ['XFD1048576', 'x'],
    ]);
    // refused on its declared dimension, before a cell is read
    await expect(readXlsx(content)).rejects.toThrow(ImportBoundsError);
    await expect(readXlsx(content)).rejects.toThrow(/16384 columns/);
  });

  it('refuses a sheet past the configured bounds: its declared rows, the cells present', async () => {
    const bounds = { ...DEFAULT_IMPORT_BOUNDS, maxRows: 10, maxColumns: 5, maxCells: 6 };
    const tall = await workbookWith([
      ['A1', 'code'],
      ['A12', '52.01'],
    ]);
    await expect(readXlsx(tall, bounds)).rejects.toThrow(/declares 12 rows/);
    const many = await workbookWith(Array.from({ length: 8 }, (_, i): [string, string] => [`A${i + 1}`, 'x']));
    await expect(readXlsx(many, bounds)).rejects.toThrow(/more than 6 cells/);
    expect(await declaredSheetSize(many)).toEqual({ rows: 8, columns: 1 });
  });
});

describe('import bounds', () => {
  it('come from HUB_IMPORT_* variables', () => {
    expect(importBoundsFromEnv({ HUB_IMPORT_MAX_ROWS: '1000', HUB_IMPORT_MAX_FILE_BYTES: '2048' })).toEqual({
      ...DEFAULT_IMPORT_BOUNDS,
      maxRows: 1_000,
      maxFileBytes: 2_048,
    });
    expect(() => importBoundsFromEnv({ HUB_IMPORT_MAX_CELLS: '0' })).toThrow(/HUB_IMPORT_MAX_CELLS/);
  });
});
