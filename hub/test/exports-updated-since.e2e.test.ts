import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { rawGet, type RawAnswer } from './export-client.js';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

let fixture: HubFixture;
let staffToken: string;

beforeAll(async () => {
  fixture = await startHubFixture();
  staffToken = await fixture.token({ roles: ['DATA_STEWARD'] });
}, 300_000);

afterAll(async () => {
  await fixture?.close();
});

// Partner keys export alike (exports-xlsx.e2e.test.ts); a staff token keeps this file off key refreshes.
const asExporter = (path: string) => rawGet(fixture, path, { authorization: `Bearer ${staffToken}` });
const csvRows = (answer: RawAnswer) => {
  expect(answer.status).toBe(200);
  return parse(answer.body.toString()) as string[][];
};
const cursorOf = (answer: RawAnswer) => {
  const cursor = answer.headers['x-changes-cursor'];
  expect(typeof cursor).toBe('string');
  return cursor as string;
};
const regions = () => fixture.hub.services.find((service) => service.name === 'regions')!.orm.em.getConnection();

describe('updatedSince with a changes cursor', () => {
  // The cursor stops before any transaction still running on the server (PostgreSQL's xmin is
  // server-wide): while other sessions write, a file may repeat rows it gave before, never miss one.
  // So these tests check that every changed row is there, and exactness where nothing else can run.
  it('gives every row changed after the cursor, and the cursor to ask from next time', async () => {
    const start = cursorOf(await asExporter('/export/need.csv?province=52'));
    const quiet = fixture.database.connection.kind !== 'postgresql';
    if (quiet) expect(csvRows(await asExporter(`/export/need.csv?province=52&updatedSince=${start}`))).toHaveLength(1);

    await regions().execute(`update regions.need_observation set value = value + 1 where area_code = '52.01' and year = 2023`);
    const changed = await asExporter(`/export/need.csv?province=52&updatedSince=${start}`);
    const expected = csvRows(await asExporter('/export/need.csv?regency=52.01&from=2023&to=2023'));
    expect(expected.length).toBeGreaterThan(1);
    expect(csvRows(changed)).toEqual(expect.arrayContaining(expected));
    if (quiet) expect(csvRows(changed)).toEqual(expected);
    // The xlsx file takes the same cursor and gives the next one too.
    const sheet = await asExporter(`/export/need.xlsx?province=52&updatedSince=${start}`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers['x-changes-cursor']).toBeDefined();

    if (quiet) {
      const next = cursorOf(changed);
      expect(next).not.toBe(start);
      expect(csvRows(await asExporter(`/export/need.csv?province=52&updatedSince=${next}`))).toHaveLength(1);
    }
  });

  it('misses no transaction that commits after the export (where a time filter does)', async () => {
    if (fixture.database.connection.kind !== 'postgresql') return; // PGlite runs one transaction at a time
    const before = cursorOf(await asExporter('/export/need.csv?province=52'));
    const isLate = (row: string[]) => row[0] === '52.03' && row[5] === '2020';
    const slow = new pg.Client({ connectionString: fixture.database.connection.url });
    await slow.connect();
    let during: string;
    let instant: string;
    try {
      await slow.query('begin');
      await slow.query(`update regions.need_observation set value = value + 1 where area_code = '52.03' and year = 2020`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      instant = new Date().toISOString();
      // Exported while the write is still open: it is not in the file, and the next cursor is before it.
      const exported = await asExporter(`/export/need.csv?province=52&updatedSince=${before}`);
      expect(csvRows(exported).filter(isLate)).toEqual([]);
      during = cursorOf(exported);
      await slow.query('commit');
    } finally {
      await slow.end();
    }
    const expected = csvRows(await asExporter('/export/need.csv?regency=52.03&from=2020&to=2020'));
    expect(expected.length).toBeGreaterThan(1);
    const next = csvRows(await asExporter(`/export/need.csv?province=52&updatedSince=${during}`));
    expect(next.filter(isLate)).toEqual(expected.slice(1));
    // The same sync by time, from an instant between the write and its commit, loses the change.
    expect(csvRows(await asExporter(`/export/need.csv?province=52&updatedSince=${instant}`)).filter(isLate)).toEqual([]);
  });

  it('refuses a cursor it did not give', async () => {
    const answer = await asExporter('/export/need.csv?updatedSince=not-a-cursor');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body.toString()).errors[0].extensions.code).toBe('VALIDATION_FAILED');
  });
});
