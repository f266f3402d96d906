import { expect } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { graphql } from './generated/index.js';
import type { HubFixture } from './hub-fixture.js';

/** A page of the feed as `GET /changes` serves it (the graph's `changes`, with each dataset by its URL name). */
export type { Change as FeedChange, ChangePage as FeedPage } from '@housing-hub/subgraph-kit';
import type { ChangePage as FeedPage } from '@housing-hub/subgraph-kit';

const IMPORT_NEED = graphql(`
  mutation ChangesImportNeed($file: ImportFileInput!) {
    importNeed(file: $file) {
      status
      inserted
      replaced
    }
  }
`);

/**
 * Pages through the `need` feed (`page(since, first)`) while writes, a deletion, an import and its
 * re-issue happen (and, on PostgreSQL, a transaction that took its position first commits last), and
 * checks that each change comes once and that the client's replay equals `regions.need_observation`.
 */
export async function replayNeedWhileWriting(
  fixture: HubFixture,
  page: (since: string, first: number) => Promise<FeedPage>,
): Promise<void> {
  const regions = () => fixture.hub.services.find((service) => service.name === 'regions')!.orm.em.getConnection();
  const replayed = new Map<string, Record<string, unknown>>();
  const seen = new Set<string>();
  let cursor = '';
  let lastPosition = '';
  const pull = async (first: number) => {
    const answer = await page(cursor, first);
    for (const change of answer.changes) {
      expect(seen.has(change.position)).toBe(false);
      seen.add(change.position);
      lastPosition = change.position;
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
      await regions().execute(`update regions.need_observation set value = value + 1 where area_code = '52.04' and year = 2020`);
      for (let more = true; more; ) more = (await pull(700)).hasMore;
      await slow.query('commit');
    } finally {
      await slow.end();
    }
  }
  // The feed serves a change once every transaction older than it has ended, on the whole server
  // (another test file's open transaction too): pull until the cursor reaches the log's last change.
  const [last] = await regions().execute<{ position: string }[]>(
    `select xid::text || '.' || seq::text as position from regions.change_log where dataset = 'need'
     order by xid desc, seq desc limit 1`,
    [],
    'all',
  );
  const deadline = Date.now() + 40_000;
  while (lastPosition !== last!.position) {
    if (Date.now() > deadline) throw new Error(`the feed stopped at ${lastPosition}, before ${last!.position}`);
    const answer = await pull(700);
    if (!answer.hasMore && lastPosition !== last!.position) await new Promise((resolve) => setTimeout(resolve, 100));
  }

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
}
