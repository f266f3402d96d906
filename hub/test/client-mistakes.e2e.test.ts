import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture();

interface Answer {
  status: number;
  errors: { message: string; extensions?: Record<string, unknown> }[];
  text: string;
}

async function send(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(fixture.hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, errors: (JSON.parse(text) as { errors?: Answer['errors'] }).errors ?? [], text };
}

/** A client mistake: a 4xx-class coded error, never INTERNAL_SERVER_ERROR, no stack, at most a few errors. */
function expectClientError(answer: Answer, code: string): void {
  expect(answer.status).toBeLessThan(500);
  expect(answer.errors.length).toBeGreaterThan(0);
  expect(answer.errors.length).toBeLessThanOrEqual(5);
  expect(answer.errors[0]!.extensions?.code).toBe(code);
  for (const error of answer.errors) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  expect(answer.text).not.toMatch(/stacktrace|\n\s+at |select .* from /i);
}

describe('client mistakes are client errors', () => {
  it.each([
    [
      'an invalid Date variable',
      'query($from: Date) { regency(code: "52.01") { meetings(from: $from) { id } } }',
      { from: '2025-13-45' },
    ],
    [
      'a Date in year 0000',
      'query($from: Date) { regency(code: "52.01") { meetings(from: $from) { id } } }',
      { from: '0000-01-01' },
    ],
    ['an invalid Date literal', '{ regency(code: "52.01") { meetings(from: "yesterday") { id } } }', undefined],
  ])('%s', async (_name, query, variables) => {
    const answer = await send({ query, variables });
    expect(answer.status).toBeLessThan(500);
    const codes = answer.errors.map((error) => error.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes)
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'INVALID_DATE_RANGE', 'YEAR_OUT_OF_RANGE']).toContain(code);
  });

  it('an invalid cursor', async () => {
    expectClientError(
      await send({ query: '{ regencies(first: 2, after: "not-a-cursor") { nodes { code } } }' }),
      'INVALID_CURSOR',
    );
  });

  it('a malformed area code', async () => {
    expectClientError(await send({ query: '{ regency(code: "5.2.01") { name } }' }), 'INVALID_AREA_CODE');
  });

  it.each([
    ['a NUL character in a literal', '{ regency(code: "52.0\\u0000") { name } }', undefined],
    ['a NUL character in a variable', 'query($code: ID!) { regency(code: $code) { name } }', { code: '52.\u000001' }],
    ['an unpaired surrogate in a variable', 'query($code: ID!) { regency(code: $code) { name } }', { code: '52.01\ud800' }],
  ])('%s', async (_name, query, variables) => {
    expectClientError(await send({ query, variables }), 'INVALID_STRING');
  });

  it('an unknown operationName', async () => {
    expectClientError(await send({ query: 'query A { programs { code } }', operationName: 'B' }), 'OPERATION_RESOLUTION_FAILURE');
  });

  it('a list variable with 1,000 invalid items: a few errors, repeats collapsed', async () => {
    const answer = await send({
      query: 'query($schemes: [FundingScheme!]) { fundingSummary(year: 2025, schemes: $schemes) { units } }',
      variables: { schemes: Array.from({ length: 1_000 }, (_, i) => `NOPE${i}`) },
    });
    expectClientError(answer, 'BAD_USER_INPUT');
  });

  it('a persisted query whose hash does not match its text', async () => {
    const answer = await send({
      query: '{ programs { code } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ other }').digest('hex') } },
    });
    expect(answer.status).toBe(400);
    expect(answer.errors[0]!.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });

  it('/ready names no connection string, host or user', async () => {
    const response = await fetch(new URL('/ready', fixture.hub.url));
    expect(await response.text()).not.toMatch(/postgres(ql)?:\/\/|127\.0\.0\.1|localhost|password|user=/i);
  });

  it('an 8 KB XLSX with one cell at XFD1048576, as a dry run: rejected with a code while /health answers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('realization');
    sheet.getCell('A1').value = 'area_code';
    sheet.getCell('XFD1048576').value = 'x';
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    // Imports are staff work: a data steward's token.
    const steward = { authorization: `Bearer ${await fixture.token({ roles: ['DATA_STEWARD'] })}` };
    const importing = send(
      {
        query: 'mutation($file: ImportFileInput!) { importRealization(file: $file) { status errors { code } } }',
        variables: {
          file: {
            fileName: 'sparse.xlsx',
            content,
            encoding: 'BASE64',
            dryRun: true,
            source: { name: 'Sparse', publisher: 'Test' },
          },
        },
      },
      steward,
    );
    const health = await fetch(new URL('/health', fixture.hub.url));
    expect(health.status).toBe(200);
    const answer = await importing;
    expect(answer.errors).toEqual([]);
    expect(JSON.parse(answer.text).data.importRealization).toEqual({ status: 'REJECTED', errors: [{ code: 'UNREADABLE_FILE' }] });
  });
});
