import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { RecordMeetingDocument } from '@housing-hub/client';
import { graphql } from './generated/index.js';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

let fixture: HubFixture;
let key: string;
/** An agency of the seed, to organize meetings the tests record. */
let agencyId: string;

beforeAll(async () => {
  fixture = await startHubFixture({ partnerKeys: true });
  const { data } = await fixture.send({}, graphql(`query ChangesStep1 { agencies { id } }`));
  agencyId = data!.agencies![0]!.id;
  const created = await fixture.asAdmin(
    graphql(`
      mutation ChangesKey($input: CreateApiKeyInput!) {
        createApiKey(input: $input) {
          key
        }
      }
    `),
    { input: { agencyId, label: 'changes test', scopes: ['export'] } },
  );
  key = created.data!.createApiKey.key;
  await new Promise((resolve) => setTimeout(resolve, 2_500)); // the gateway's key set refreshes every 2 s
}, 180_000);

afterAll(async () => {
  await fixture?.close();
});

interface Change {
  position: string;
  dataset: string;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  key: string;
  old: Record<string, unknown> | null;
  new: Record<string, unknown> | null;
}

async function page(
  since: string,
  first = 2_000,
  datasets = 'need',
): Promise<{ changes: Change[]; cursor: string; hasMore: boolean }> {
  const url = new URL('/changes', fixture.hub.url);
  url.searchParams.set('datasets', datasets);
  url.searchParams.set('first', String(first));
  if (since) url.searchParams.set('since', since);
  let response = await fetch(url, { headers: { 'x-api-key': key } });
  // On a loaded machine the gateway's key set can go stale (its owner slow to answer): then every key is refused
  // until the next refresh, every 2 s.
  for (let attempt = 0; response.status === 401 && attempt < 5; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    response = await fetch(url, { headers: { 'x-api-key': key } });
  }
  const body = await response.json();
  expect([response.status, response.status === 200 ? null : body]).toEqual([200, null]);
  return body as { changes: Change[]; cursor: string; hasMore: boolean };
}

const connectionOf = (name: string) => fixture.hub.services.find((service) => service.name === name)!.orm.em.getConnection();
const regions = () => connectionOf('regions');

const IMPORT_NEED = graphql(`
  mutation ChangesImportNeed($file: ImportFileInput!) {
    importNeed(file: $file) {
      status
      inserted
      replaced
    }
  }
`);

describe('the changes feed', () => {
  it('refuses anonymous callers', async () => {
    expect((await fetch(new URL('/changes', fixture.hub.url))).status).toBe(401);
  });

  it('gives a client paging while writes and a re-import happen every change once; its replay equals the database', async () => {
    const replayed = new Map<string, Record<string, unknown>>();
    const seen = new Set<string>();
    let cursor = '';
    const pull = async (first?: number) => {
      const answer = await page(cursor, first);
      for (const change of answer.changes) {
        expect(seen.has(change.position)).toBe(false);
        seen.add(change.position);
        if (change.operation === 'DELETE') replayed.delete(change.key);
        else if (change.new) replayed.set(change.key, change.new);
        if (change.operation === 'UPDATE') expect(change.old).not.toBeNull();
      }
      cursor = answer.cursor;
      return answer;
    };
    await pull(1_000);

    // Writes between pages: a correction, a deletion, an import and its re-issue (old and new value).
    await regions().execute(`update regions.need_observation set value = value + 7 where area_code = '52.01'`);
    await pull(1_000);
    await regions().execute(`delete from regions.need_observation where area_code = '52.02' and year = 2019`);
    const content = await readFile(new URL('../../services/regions/samples/need.csv', import.meta.url), 'utf8');
    const source = {
      name: 'Pendataan RTLH 2024 (changes test)',
      publisher: 'Dinas Perkim Provinsi NTB',
      publishedOn: '2025-02-01',
    };
    const imported = await fixture.asAdmin(IMPORT_NEED, { file: { fileName: 'need.csv', content, source } });
    expect(imported.data!.importNeed.status).toBe('IMPORTED');
    await pull(500);
    const reissued = await fixture.asAdmin(IMPORT_NEED, {
      file: { fileName: 'need-v2.csv', content: content.replace('15210', '15299'), source },
    });
    expect(reissued.data!.importNeed.replaced).toBeGreaterThan(0);

    // On PostgreSQL, a transaction that took its change position first commits last: the feed must wait for it.
    if (fixture.database.connection.kind === 'postgresql') {
      const slow = new pg.Client({ connectionString: fixture.database.connection.url });
      await slow.connect();
      try {
        await slow.query('begin');
        await slow.query(`update regions.need_observation set value = value + 1 where area_code = '52.03' and year = 2020`);
        await regions().execute(
          `update regions.need_observation set value = value + 1 where area_code = '52.04' and year = 2020`,
        );
        for (let more = true; more; ) more = (await pull(700)).hasMore;
        await slow.query('commit');
      } finally {
        await slow.end();
      }
    }
    for (let more = true; more; ) more = (await pull(700)).hasMore;

    const rows: { id: string; row: Record<string, unknown> }[] = await regions().execute(
      'select id::text as id, to_jsonb(o) as row from regions.need_observation o',
      [],
      'all',
    );
    const database = new Map(rows.map(({ id, row }) => [id, typeof row === 'string' ? JSON.parse(row) : row]));
    expect(replayed.size).toBe(database.size);
    for (const [id, row] of database) expect([id, replayed.get(id)]).toEqual([id, row]);
    const correction = [...replayed.values()].find((row) => row.area_code === '52.01' && row.value === 15299);
    expect(correction).toBeDefined();
  });

  it("carries a meeting's covered provinces and kab/kota: inserted with the meeting, a removed one as a tombstone", async () => {
    let cursor = '';
    const changes: Change[] = [];
    /**
     * Pages the meetings feed until `wanted` holds, for up to 30 s: the feed serves a change once every transaction
     * older than it has ended, on the whole server (a key's last use being written, another database's long load).
     */
    const pullMeetingsUntil = async (wanted: (changes: Change[]) => boolean) => {
      changes.length = 0;
      for (let attempt = 0; attempt < 150 && (attempt === 0 || !wanted(changes)); attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200));
        for (let more = true; more; ) {
          const answer = await page(cursor, 1_000, 'meetings');
          changes.push(...answer.changes);
          cursor = answer.cursor;
          more = answer.hasMore;
        }
      }
      return changes;
    };
    // The seed's meetings and their areas are in the feed from its start: Banten's pokja covers province 36.
    const isBantenArea = (change: Change) => change.new?.province_code === '36' && change.key.endsWith('/36');
    expect((await pullMeetingsUntil((seen) => seen.some(isBantenArea))).some(isBantenArea)).toBe(true);

    const recorded = await fixture.asAdmin(RecordMeetingDocument, {
      input: {
        title: 'Rapat koordinasi BSPS Pulau Lombok (changes test)',
        kind: 'RAKOR',
        startsAt: '2026-11-25T02:00:00Z',
        timeZone: 'Asia/Makassar',
        mode: 'IN_PERSON',
        organizerId: agencyId,
        provinceCodes: ['52'],
        regencyCodes: ['52.71', '52.01'],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordMeeting.id;
    const ofMeeting = (seen: Change[]) =>
      seen
        .filter((change) => change.key === id || change.key.startsWith(`${id}/`))
        .map((change) => [change.operation, change.key, change.old, change.new]);
    const inserted = ofMeeting(await pullMeetingsUntil((seen) => ofMeeting(seen).length >= 4)).filter(
      ([operation]) => operation === 'INSERT',
    );
    expect(inserted.sort(([, a], [, b]) => String(a).localeCompare(String(b)))).toEqual([
      ['INSERT', id, null, expect.objectContaining({ id, title: 'Rapat koordinasi BSPS Pulau Lombok (changes test)' })],
      ['INSERT', `${id}/52`, null, { meeting_id: id, province_code: '52', link_key: `${id}/52` }],
      ['INSERT', `${id}/52.01`, null, { meeting_id: id, regency_code: '52.01', link_key: `${id}/52.01` }],
      ['INSERT', `${id}/52.71`, null, { meeting_id: id, regency_code: '52.71', link_key: `${id}/52.71` }],
    ]);

    // No mutation removes an area yet: a correction by hand is logged all the same.
    await connectionOf('meetings').execute(
      `delete from meetings.meeting_regency where meeting_id = '${id}'::uuid and regency_code = '52.01'`,
    );
    expect(ofMeeting(await pullMeetingsUntil((seen) => ofMeeting(seen).length > 0))).toEqual([
      ['DELETE', `${id}/52.01`, { meeting_id: id, regency_code: '52.01', link_key: `${id}/52.01` }, null],
    ]);
  }, 120_000);
});
