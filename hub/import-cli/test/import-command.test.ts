import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@housing-hub/testing';
import { exitCodeOf, parseImportArgs, runImport, UsageError } from '../src/import-command.js';

describe('the import command line', () => {
  it('reads a dataset, a file and the source', () => {
    const command = parseImportArgs(['need', 'data/rtlh.csv', '--source-name', 'RTLH 2024', '--source-publisher', 'Dinas', '--dry-run'], '/work');
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
