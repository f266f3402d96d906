import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { replayNeedWhileWriting, type FeedPage } from './change-replay.js';
import { graphql } from './generated/index.js';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

let fixture: HubFixture;
let key: string;

beforeAll(async () => {
  fixture = await startHubFixture({ partnerKeys: true });
  const { data } = await fixture.send({}, graphql(`query ChangesStep1 { agencies { id } }`));
  const created = await fixture.asAdmin(
    graphql(`
      mutation ChangesKey($input: CreateApiKeyInput!) {
        createApiKey(input: $input) {
          key
        }
      }
    `),
    { input: { agencyId: data!.agencies![0]!.id, label: 'changes test', scopes: ['export'] } },
  );
  key = created.data!.createApiKey.key;
  await new Promise((resolve) => setTimeout(resolve, 2_500)); // the gateway's key set refreshes every 2 s
}, 180_000);

afterAll(async () => {
  await fixture?.close();
});

async function page(since: string, first: number): Promise<FeedPage> {
  const url = new URL('/changes', fixture.hub.url);
  url.searchParams.set('datasets', 'need');
  url.searchParams.set('first', String(first));
  if (since) url.searchParams.set('since', since);
  const response = await fetch(url, { headers: { 'x-api-key': key } });
  expect(response.status).toBe(200);
  return (await response.json()) as FeedPage;
}

describe('the changes feed', () => {
  it('refuses anonymous callers', async () => {
    expect((await fetch(new URL('/changes', fixture.hub.url))).status).toBe(401);
  });

  it('gives a client paging while writes and a re-import happen every change once; its replay equals the database', async () => {
    await replayNeedWhileWriting(fixture, page);
  });
});
