import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { RecordMeetingDocument } from '@housing-hub/client';
import { replayNeedWhileWriting, type FeedChange, type FeedPage } from './change-replay.js';
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

type Change = FeedChange;

async function page(since: string, first: number, datasets = 'need'): Promise<FeedPage> {
  const url = new URL('/changes', fixture.hub.url);
  url.searchParams.set('datasets', datasets);
  url.searchParams.set('first', String(first));
  if (since) url.searchParams.set('since', since);
  const response = await fetch(url, { headers: { 'x-api-key': key } });
  const body = await response.json();
  expect([response.status, response.status === 200 ? null : body]).toEqual([200, null]);
  return body as FeedPage;
}

const connectionOf = (name: string) => fixture.hub.services.find((service) => service.name === name)!.orm.em.getConnection();

describe('the changes feed', () => {
  it('refuses anonymous callers', async () => {
    expect((await fetch(new URL('/changes', fixture.hub.url))).status).toBe(401);
  });

  it('gives a client paging while writes and a re-import happen every change once; its replay equals the database', async () => {
    await replayNeedWhileWriting(fixture, page);
  }, 300_000);

  it('is not held back by a transaction open in another database of the same server', async () => {
    const adminUrl = process.env.TEST_DATABASE_URL?.trim();
    if (fixture.database.connection.kind !== 'postgresql' || !adminUrl) return; // PGlite is one database
    const elsewhere = new pg.Client({ connectionString: adminUrl });
    await elsewhere.connect();
    try {
      await elsewhere.query('begin');
      await elsewhere.query('select pg_current_xact_id()'); // it now holds a transaction id, as a writer does
      let cursor = '';
      for (let more = true; more; ) {
        const answer = await page(cursor, 1_000);
        cursor = answer.cursor;
        more = answer.hasMore;
      }
      await connectionOf('regions').execute(
        `update regions.need_observation set value = value + 1 where area_code = '52.05' and year = 2021`,
      );
      const next = await page(cursor, 1_000);
      expect(next.changes.map((change) => change.operation)).toContain('UPDATE');
    } finally {
      await elsewhere.query('rollback');
      await elsewhere.end();
    }
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
