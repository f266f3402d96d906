import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { exportKeys, rawGet, type RawAnswer } from './export-client.js';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

let fixture: HubFixture;
let keys: { export: string; read: string };
let staffToken: string;

beforeAll(async () => {
  fixture = await startHubFixture({ partnerKeys: true });
  keys = await exportKeys(fixture);
  staffToken = await fixture.token({ roles: ['DIRECTORATE'] });
}, 300_000);

afterAll(async () => {
  await fixture?.close();
});

afterEach(() => {
  delete process.env.HUB_EXPORT_XLSX_MAX_ROWS;
});

const get = (path: string, headers: Record<string, string> = {}) => rawGet(fixture, path, headers);
const asPartner = (path: string, headers: Record<string, string> = {}) => get(path, { 'x-api-key': keys.export, ...headers });
// A staff token is checked by the gateway alone: the tests that are not about keys do not wait on key refreshes.
const asStaff = (path: string, headers: Record<string, string> = {}) =>
  get(path, { authorization: `Bearer ${staffToken}`, ...headers });
const errorCode = (answer: RawAnswer) => JSON.parse(answer.body.toString()).errors[0].extensions.code;
const csvRows = (answer: RawAnswer) => parse(answer.body.toString(), { bom: true }) as string[][];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The sheet's rows as CSV text would show them (a number's digits, `true`/`false`, empty for no value). */
async function sheetRows(answer: RawAnswer): Promise<{ rows: string[][]; cells: ExcelJS.CellValue[][]; sheets: number }> {
  expect([answer.status, answer.headers['content-type']]).toEqual([200, XLSX]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(answer.body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const width = sheet.getRow(1).cellCount;
  const cells: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    cells.push(Array.from({ length: width }, (_, index) => row.getCell(index + 1).value));
  });
  const rows = cells.map((row) => row.map((value) => (value === null || value === undefined ? '' : String(value))));
  return { rows, cells, sheets: workbook.worksheets.length };
}

describe('GET /export/<dataset>.xlsx', () => {
  it('gives the CSV export’s rows, header first, numbers as numbers, in one sheet', async () => {
    const answer = await asPartner('/export/need.xlsx?province=52');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="need-province-52.xlsx"');
    const csv = csvRows(await asPartner('/export/need.csv?province=52'));
    const { rows, cells, sheets } = await sheetRows(answer);
    expect(sheets).toBe(1);
    expect(csv.length).toBeGreaterThan(100);
    expect(rows).toEqual(csv);
    const header = csv[0]!;
    const first = cells[1]!;
    expect(typeof first[header.indexOf('year')]).toBe('number');
    expect(typeof first[header.indexOf('value')]).toBe('number');
    expect(first[header.indexOf('kemendagri_code')]).toMatch(/^52/);
    expect(typeof first[header.indexOf('modeled')]).toBe('boolean');
  });

  it('writes rupiah as exact numbers', async () => {
    const query = '?regency=52.71&from=2024&to=2025';
    const csv = csvRows(await asStaff(`/export/realization.csv${query}`));
    const { rows, cells } = await sheetRows(await asStaff(`/export/realization.xlsx${query}`));
    expect(rows).toEqual(csv);
    const amount = csv[0]!.indexOf('amount_idr');
    const amounts = cells.slice(1).map((row) => row[amount]);
    expect(amounts.length).toBeGreaterThan(0);
    expect(amounts.every((value) => typeof value === 'number' && Number.isSafeInteger(value))).toBe(true);
    expect(amounts.some((value) => (value as number) > 1e9)).toBe(true);
  });

  it('writes a header row for an empty selection', async () => {
    const { rows } = await sheetRows(await asStaff('/export/need.xlsx?province=52&from=1990&to=1990'));
    expect(rows).toEqual(csvRows(await asStaff('/export/need.csv?province=52&from=1990&to=1990')));
    expect(rows).toHaveLength(1);
  });

  it('refuses, before streaming, a selection larger than a sheet', async () => {
    const rows = csvRows(await asStaff('/export/need.csv?province=52')).length - 1;
    process.env.HUB_EXPORT_XLSX_MAX_ROWS = String(rows - 1);
    const tooLarge = await asStaff('/export/need.xlsx?province=52');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(errorCode(tooLarge)).toBe('EXPORT_TOO_LARGE_FOR_SHEET');
    expect(JSON.parse(tooLarge.body.toString()).errors[0].extensions.limit).toBe(rows - 1);
    process.env.HUB_EXPORT_XLSX_MAX_ROWS = String(rows);
    expect((await asStaff('/export/need.xlsx?province=52')).status).toBe(200);
  });

  it('refuses anonymous callers (401) and keys without the export scope (403), as CSV does', async () => {
    const anonymous = await get('/export/need.xlsx?province=52');
    expect(anonymous.status).toBe(401);
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    const readOnly = await get('/export/need.xlsx?province=52', { 'x-api-key': keys.read });
    expect(readOnly.status).toBe(403);
    expect(errorCode(readOnly)).toBe('FORBIDDEN');
    expect((await asStaff('/export/areas.xlsx')).status).toBe(200);
  });

  it('answers 304 to an unchanged file, with a tag of its own', async () => {
    const first = await asStaff('/export/need.xlsx?regency=52.01');
    const jsonl = await asStaff('/export/need.jsonl?regency=52.01');
    expect(first.headers.etag).toMatch(/^"[\w-]+-xlsx"$/);
    expect(first.headers['last-modified']).toBe(jsonl.headers['last-modified']);
    const unchanged = await asStaff('/export/need.xlsx?regency=52.01', { 'if-none-match': first.headers.etag! });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.etag).toBe(first.headers.etag);
    expect(unchanged.body.length).toBe(0);
    // The JSON Lines file's tag is not this file's.
    const otherFile = await asStaff('/export/need.xlsx?regency=52.01', { 'if-none-match': jsonl.headers.etag! });
    expect(otherFile.status).toBe(200);
  });

  it('takes the filters and refuses bad ones with the CSV export’s codes', async () => {
    const badYear = await asStaff('/export/need.xlsx?from=20x9');
    expect([badYear.status, errorCode(badYear)]).toEqual([400, 'INVALID_DATE_RANGE']);
    const csvOption = await asStaff('/export/need.xlsx?bom=1');
    expect([csvOption.status, errorCode(csvOption)]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('counts toward the rate limit by its rows', async () => {
    const rows = csvRows(await asStaff('/export/need.csv')).length - 1;
    const before = await asStaff('/export/areas.csv?level=province');
    await asStaff('/export/need.xlsx');
    const after = await asStaff('/export/areas.csv?level=province');
    const remaining = (answer: RawAnswer) => Number(answer.headers['ratelimit-remaining']);
    // Each request costs 1 point up front; the xlsx file one more per 1000 rows once sent.
    expect(rows).toBeGreaterThan(1000);
    expect(remaining(before) - remaining(after)).toBe(2 + Math.floor(rows / 1000));
  });
});
