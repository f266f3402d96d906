import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@housing-hub/testing';
import { exitCodeOf, formatReport, ImportFileError, parseImportArgs, runImport, UsageError } from '../src/import-command.js';

describe('the import command line', () => {
  it('reads a dataset, a file and the source', () => {
    const command = parseImportArgs(
      ['need', 'data/rtlh.csv', '--source-name', 'RTLH 2024', '--source-publisher', 'Dinas', '--dry-run'],
      '/work',
    );
    expect(command).toEqual({
      dataset: 'need',
      file: '/work/data/rtlh.csv',
      dryRun: true,
      source: { name: 'RTLH 2024', publisher: 'Dinas', publishedOn: null, url: null, code: null },
    });
  });

  it('refuses an unknown dataset, a missing source and unknown flags', () => {
    expect(() => parseImportArgs(['people', 'a.csv', '--source-name', 'x', '--source-publisher', 'y'])).toThrow(UsageError);
    expect(() => parseImportArgs(['need', 'a.csv'])).toThrow(/--source-name and --source-publisher are required/);
    expect(() => parseImportArgs(['need', 'a.csv', '--force'])).toThrow(UsageError);
  });

  it('asks for the usage with --help, whatever else is given', () => {
    expect(parseImportArgs(['--help'])).toEqual({ help: true });
    expect(parseImportArgs(['need', '-h'])).toEqual({ help: true });
  });

  it('takes only a real day as --source-date', () => {
    const args = ['need', 'a.csv', '--source-name', 'x', '--source-publisher', 'y', '--source-date'];
    expect(parseImportArgs([...args, '2024-02-29'])).toMatchObject({ source: { publishedOn: '2024-02-29' } });
    expect(() => parseImportArgs([...args, '2025-02-30'])).toThrow('--source-date "2025-02-30" is not a date (YYYY-MM-DD)');
    expect(() => parseImportArgs([...args, '30/01/2025'])).toThrow(UsageError);
  });
});

describe('running an import into the owning service', () => {
  let database: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'hub-import-'));
  }, 60_000);

  afterAll(async () => {
    await database?.drop();
  });

  it('imports a good file, then exits 1 on a file with a bad row', async () => {
    const good = path.join(dir, 'good.csv');
    await writeFile(good, 'area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,170000\n');
    const source = { name: 'Test', publisher: 'Tester', publishedOn: null, url: null, code: null };
    const imported = await runImport({ dataset: 'need', file: good, dryRun: false, source }, database.connection);
    expect(imported).toMatchObject({ status: 'IMPORTED', inserted: 1 });
    expect(exitCodeOf(imported)).toBe(0);

    const bad = path.join(dir, 'bad.csv');
    await writeFile(bad, 'area_code,year,indicator,value\n52.01,2024,HOUSEHOLDS,-3\n');
    const rejected = await runImport({ dataset: 'need', file: bad, dryRun: false, source }, database.connection);
    expect(rejected.errors[0]).toMatchObject({ row: 2, column: 'value', code: 'NEGATIVE_NUMBER' });
    expect(exitCodeOf(rejected)).toBe(1);
  });

  describe('files as they come from the field', () => {
    const source = { name: 'Field files', publisher: 'Tester', publishedOn: null, url: null, code: null };
    const importBytes = async (name: string, bytes: Buffer) => {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      return runImport({ dataset: 'need', file, dryRun: true, source }, database.connection);
    };
    const header = 'area_code,year,indicator,value\n';

    it('reads UTF-16 LE with a byte-order mark', async () => {
      const text = `${header}52.01,2024,HOUSEHOLDS,170001\n`;
      const report = await importBytes('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      expect(report).toMatchObject({ status: 'VALID', errorCount: 0, rows: 1 });
    });

    it('reads a ;-delimited file from Excel in Indonesian locale', async () => {
      const report = await importBytes(
        'semicolon.csv',
        Buffer.from('area_code;year;indicator;value\r\n52.01;2024;HOUSEHOLDS;170002\r\n'),
      );
      expect(report).toMatchObject({ status: 'VALID', errorCount: 0, rows: 1 });
    });

    it('refuses a Windows-1252/Latin-1 file with one line, storing nothing', async () => {
      const report = await importBytes('latin1.csv', Buffer.from(`${header}52.01,2024,HOUSEHOLDS,170003 é\n`, 'latin1'));
      expect(report.status).toBe('REJECTED');
      expect(report.errors).toEqual([
        expect.objectContaining({
          code: 'UNREADABLE_FILE',
          message: 'cannot read the file as CSV: the file is not UTF-8 (Windows-1252/Latin-1?): save it as "CSV UTF-8"',
        }),
      ]);
    });

    it('refuses an empty file as EMPTY_FILE', async () => {
      const report = await importBytes('empty.csv', Buffer.alloc(0));
      expect(report.errors).toEqual([expect.objectContaining({ code: 'EMPTY_FILE', message: 'the file has no data rows' })]);
      expect(formatReport(report, 'empty.csv')).toContain('EMPTY_FILE');
    });

    it('names a missing file in one line', async () => {
      const file = path.join(dir, 'nowhere.csv');
      const missing = runImport({ dataset: 'need', file, dryRun: true, source }, database.connection);
      await expect(missing).rejects.toThrow(new ImportFileError(`cannot read ${file}: no such file`));
    });
  });

  it('imports the realization and proposals samples into programs, once', async () => {
    const source = { name: 'CLI samples', publisher: 'Tester', publishedOn: '2026-01-15', url: null, code: null };
    for (const dataset of ['realization', 'proposals']) {
      const file = fileURLToPath(new URL(`../../../services/programs/samples/${dataset}.csv`, import.meta.url));
      const first = await runImport({ dataset, file, dryRun: false, source }, database.connection);
      expect(first).toMatchObject({ dataset, status: 'IMPORTED', errorCount: 0 });
      expect(first.inserted).toBeGreaterThan(0);
      const again = await runImport({ dataset, file, dryRun: false, source }, database.connection);
      expect(again.status).toBe('UNCHANGED');
    }
  });
});
