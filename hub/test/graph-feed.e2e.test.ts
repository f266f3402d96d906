import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { replayNeedWhileWriting, type FeedChange, type FeedPage } from './change-replay.js';
import { graphql } from './generated/index.js';
import type { Dataset } from './generated/graphql.js';
import { startHubFixture, type HubFixture } from './hub-fixture.js';

/*
 * `changes` and `datasets` in the graph: the same answers as `GET /changes` and `GET /catalog.jsonld`,
 * and a client paging `changes` while others write replays to the table's state.
 */

let fixture: HubFixture;
let exportKey: string;
let readKey: string;
let createKey: (scopes: string[]) => Promise<string>;
/** The paging tests read as a steward; who may read the feed (partner keys with and without `export`) has its own test. */
let feedHeaders: Record<string, string>;

const CREATE_KEY = graphql(`
  mutation GraphFeedKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
    }
  }
`);

beforeAll(async () => {
  fixture = await startHubFixture({ partnerKeys: true });
  const { data } = await fixture.send({}, graphql(`query GraphFeedAgencies { agencies { id } }`));
  const agencyId = data!.agencies![0]!.id;
  createKey = async (scopes: string[]) =>
    (await fixture.asAdmin(CREATE_KEY, { input: { agencyId, label: `graph feed ${scopes}`, scopes } })).data!.createApiKey.key;
  exportKey = await createKey(['export']);
  readKey = await createKey(['read']);
  feedHeaders = { authorization: `Bearer ${await fixture.token({ roles: ['DATA_STEWARD'], subject: 'feed-steward' })}` };
  await new Promise((resolve) => setTimeout(resolve, 2_500)); // the gateway's key set refreshes every 2 s
}, 180_000);

afterAll(async () => {
  await fixture?.close();
});

const CHANGES = graphql(`
  query GraphFeedChanges($since: String, $datasets: [Dataset!], $first: Int) {
    changes(since: $since, datasets: $datasets, first: $first) {
      changes {
        position
        dataset
        operation
        key
        old
        new
        changedAt
      }
      cursor
      hasMore
    }
  }
`);

/** `Dataset.FOLLOW_UPS` is `follow-ups` in URLs and in `/changes`. */
const feedName = (dataset: Dataset) => dataset.toLowerCase().replace('_', '-');

async function graphPage(since: string, datasets: Dataset[] | null, first: number): Promise<FeedPage> {
  const answer = await fixture.send(feedHeaders, CHANGES, { since, datasets, first });
  expect(answer.errors).toBeUndefined();
  const page = answer.data!.changes!;
  return {
    ...page,
    changes: page.changes.map((change) => ({
      ...change,
      dataset: feedName(change.dataset),
      old: change.old as FeedChange['old'],
      new: change.new as FeedChange['new'],
    })),
  };
}

async function httpPage(since: string, datasets: Dataset[] | null, first: number): Promise<FeedPage> {
  const url = new URL('/changes', fixture.hub.url);
  if (datasets) url.searchParams.set('datasets', datasets.map(feedName).join(','));
  url.searchParams.set('first', String(first));
  if (since) url.searchParams.set('since', since);
  const response = await fetch(url, { headers: feedHeaders });
  expect(response.status).toBe(200);
  return (await response.json()) as FeedPage;
}

describe('changes in the graph', () => {
  it('is for partner keys with the export scope and staff roles, as /changes is', async () => {
    const query = { since: null, datasets: ['NEED' as const], first: 1 };
    const codes = async (headers: Record<string, string>) =>
      (await fixture.send(headers, CHANGES, query)).errors?.map((error) => error.extensions?.code) ?? [];
    expect(await codes({})).toContain('FORBIDDEN');
    expect(await codes({ 'x-api-key': readKey })).toContain('FORBIDDEN');
    expect(await codes({ 'x-api-key': exportKey })).toEqual([]);
    const steward = await fixture.token({ roles: ['DATA_STEWARD'], subject: 'feed-steward' });
    expect(await codes({ authorization: `Bearer ${steward}` })).toEqual([]);
  });

  it('refuses a bad cursor and a page beyond its bound with stable codes', async () => {
    const code = async (variables: { since?: string; first?: number }) =>
      (await fixture.send({ 'x-api-key': exportKey }, CHANGES, variables)).errors?.[0]?.extensions?.code;
    expect(await code({ since: 'not a cursor' })).toBe('INVALID_CURSOR');
    expect(await code({ first: 1_001 })).toBe('INVALID_PAGE_SIZE');
    expect(await code({ first: 0 })).toBe('INVALID_PAGE_SIZE');
  });

  it('answers what /changes answers, page by page, over every dataset, and takes its cursor', async () => {
    let graphCursor = '';
    let httpCursor = '';
    for (let page = 0; page < 4; page += 1) {
      const graph = await graphPage(graphCursor, null, 700);
      const http = await httpPage(httpCursor, null, 700);
      expect(graph).toEqual(http);
      graphCursor = graph.cursor;
      // Switch: the graph goes on from the HTTP cursor and the other way round.
      httpCursor = graph.cursor;
      graphCursor = http.cursor;
    }
    const graph = await graphPage(graphCursor, ['FOLLOW_UPS', 'PROPOSALS'], 50);
    const http = await httpPage(httpCursor, ['FOLLOW_UPS', 'PROPOSALS'], 50);
    expect(graph).toEqual(http);
  });

  it('gives a client paging while writes and a re-import happen every change once; its replay equals the table', async () => {
    await replayNeedWhileWriting(fixture, (since, first) => graphPage(since, ['NEED'], first));
  }, 300_000);
});

describe('the rate budget of the changes feed', () => {
  /** What a budgeted client sees of one request: its status, code, budget left and the changes it got. */
  interface Metered {
    status: number;
    code?: unknown;
    remaining: number;
    changes: number;
    cursor: string;
  }
  const metered = async (response: Response, page: (body: never) => FeedPage | null | undefined): Promise<Metered> => {
    const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    const served = response.status === 200 ? page(body as never) : null;
    return {
      status: response.status,
      code: body.errors?.[0]?.extensions?.code,
      remaining: Number(response.headers.get('ratelimit-remaining')),
      changes: served?.changes.length ?? 0,
      cursor: served?.cursor ?? '',
    };
  };

  it('charges the changes a graph page serves to the caller, as GET /changes does, until 429 RATE_LIMITED', async () => {
    // Its own gateway: 60 points a minute, a point per 10 changes (the hub's budget is never reached in tests).
    const [graphKey, httpKey] = [await createKey(['export']), await createKey(['export'])];
    const points = 60;
    const rowsPerPoint = 10;
    const pageSize = 50;
    const gateway = await fixture.gatewayWith({
      points,
      windowSeconds: 60,
      costPerPoint: 500,
      keyPrefix: `graph-feed-${process.pid}`,
      exportRowsPerPoint: rowsPerPoint,
    });
    const graph = async (since: string): Promise<Metered> =>
      metered(
        await fetch(gateway, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': graphKey },
          body: JSON.stringify({ query: print(CHANGES), variables: { since, datasets: ['NEED'], first: pageSize } }),
        }),
        (body: { data?: { changes?: FeedPage } }) => body.data?.changes,
      );
    const probe = async (key: string) =>
      metered(
        await fetch(gateway, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
        () => null,
      );
    const http = async (since: string): Promise<Metered> => {
      const url = new URL('/changes', gateway);
      url.search = new URLSearchParams({ datasets: 'need', first: String(pageSize), since }).toString();
      return metered(await fetch(url, { headers: { 'x-api-key': httpKey } }), (body: FeedPage) => body);
    };

    // On a shared PostgreSQL server another session's open transaction holds the feed back (its
    // visibility rule is server-wide): wait, on the hub's own gateway, until a full page is ready.
    for (const waitUntil = Date.now() + 60_000; Date.now() < waitUntil; ) {
      if ((await httpPage('', ['NEED'], pageSize)).changes.length === pageSize) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    // One full page costs its query's points up front, then a point per 10 changes once answered:
    // the next request (1 point) finds the budget 5 + 1 points lower.
    const first = await graph('');
    expect([first.status, first.code, first.changes]).toEqual([200, undefined, pageSize]);
    expect((await probe(graphKey)).remaining).toBe(first.remaining - pageSize / rowsPerPoint - 1);
    const firstOverHttp = await http('');
    expect([firstOverHttp.status, firstOverHttp.code, firstOverHttp.changes]).toEqual([200, undefined, pageSize]);
    expect((await probe(httpKey)).remaining).toBe(firstOverHttp.remaining - pageSize / rowsPerPoint - 1);

    // Paging on, each client is refused once its budget is spent, having pulled no more changes than
    // its budget pays for (without the charge, the graph's pages would cost only their query's points).
    const pullUntilRefused = async (next: (since: string) => Promise<Metered>, start: Metered) => {
      let pulled = start.changes;
      let page = start;
      for (let request = 0; request < 100 && page.status === 200; request += 1) {
        page = await next(page.cursor);
        pulled += page.changes;
      }
      return { refusal: page, pulled };
    };
    const overGraph = await pullUntilRefused(graph, first);
    const overHttp = await pullUntilRefused(http, firstOverHttp);
    for (const { refusal, pulled } of [overGraph, overHttp]) {
      expect([refusal.status, refusal.code]).toEqual([429, 'RATE_LIMITED']);
      expect(pulled).toBeLessThanOrEqual(points * rowsPerPoint);
      expect(pulled).toBeGreaterThanOrEqual(2 * pageSize);
    }
  }, 120_000);
});

const DATASETS = graphql(`
  query GraphFeedDatasets {
    datasets {
      name
      dataset
      title
      description
      publisher
      licence
      keywords
      updateFrequency
      firstYear
      lastYear
      spatial
      distributions {
        format
        mediaType
        url
      }
      columns {
        name
        description
      }
      filters
      sources {
        code
        name
        publisher
        publishedOn
        undatedReason
        url
        modeled
      }
    }
  }
`);

type JsonLd = Record<string, unknown> & { '@id'?: string; '@value'?: string };
const id = (value: unknown) => (value as JsonLd | undefined)?.['@id'];

describe('datasets in the graph', () => {
  it('lists, to anyone, every dataset of /catalog.jsonld with the same metadata, distributions and sources', async () => {
    const answer = await fixture.send({}, DATASETS);
    expect(answer.errors).toBeUndefined();
    const graph = answer.data!.datasets!;
    const catalogue = (await (await fetch(new URL('/catalog.jsonld', fixture.hub.url))).json()) as {
      'dcat:dataset': JsonLd[];
    };
    expect(graph.map((entry) => entry.name).sort()).toEqual(
      catalogue['dcat:dataset'].map((entry) => entry['dct:identifier']).sort(),
    );
    for (const entry of graph) {
      const listed = catalogue['dcat:dataset'].find((candidate) => candidate['dct:identifier'] === entry.name)!;
      expect(feedName(entry.dataset)).toBe(entry.name);
      expect(entry.title).toBe(listed['dct:title']);
      expect(entry.description).toBe(listed['dct:description']);
      expect(entry.keywords).toEqual(listed['dcat:keyword']);
      expect(entry.publisher).toBe((listed['dct:publisher'] as JsonLd)['foaf:name']);
      expect(entry.licence).toBe(id(listed['dct:license']));
      expect(id(listed['dct:accrualPeriodicity'])).toMatch(
        new RegExp(`/${{ annual: 'ANNUAL', monthly: 'MONTHLY', irregular: 'IRREG' }[entry.updateFrequency]}$`),
      );
      expect(id(listed['dct:spatial'])).toMatch(new RegExp(`/${entry.spatial}$`));
      const temporal = listed['dct:temporal'] as Record<string, JsonLd> | undefined;
      expect(entry.firstYear === null ? undefined : `${entry.firstYear}-01-01`).toBe(temporal?.['dcat:startDate']?.['@value']);
      expect(entry.lastYear === null ? undefined : `${entry.lastYear}-12-31`).toBe(temporal?.['dcat:endDate']?.['@value']);
      const distributions = (listed['dcat:distribution'] as JsonLd[]).map((distribution) => ({
        format: String(distribution['dct:format']).toLowerCase(),
        path: new URL(id(distribution['dcat:downloadURL'])!).pathname,
      }));
      expect(entry.distributions.map(({ format, url }) => ({ format, path: new URL(url, fixture.hub.url).pathname }))).toEqual(
        distributions,
      );
      const sources = (listed['dct:source'] as JsonLd[]).map((source) => ({
        code: source['dct:identifier'],
        name: source['dct:title'],
        publishedOn: (source['dct:issued'] as JsonLd | undefined)?.['@value'] ?? null,
        undatedReason: (source['skos:editorialNote'] as JsonLd | undefined)?.['@value'] ?? null,
        modeled: source['dct:type'] === 'modeled',
      }));
      expect(
        entry.sources.map(({ code, name, publishedOn, undatedReason, modeled }) => ({
          code,
          name,
          publishedOn,
          undatedReason,
          modeled,
        })),
      ).toEqual(sources);
      expect(entry.columns.length).toBeGreaterThan(0);
    }
  });
});

const SEJUTA_RUMAH_SOURCES = graphql(`
  query GraphFeedSejutaRumahSources {
    programSejutaRumah {
      year
      source {
        code
        publishedOn
        undatedReason
        url
      }
    }
  }
`);

describe('publication dates of sources', () => {
  it('gives every source a publication date, or a reason in its record why it has none; the catalogue lists both', async () => {
    const undated = new Map<string, string>();
    for (const service of ['regions', 'programs']) {
      const connection = fixture.hub.services.find((running) => running.name === service)!.orm.em.getConnection();
      const rows: { code: string; published_on: string | null; undated_reason: string | null }[] = await connection.execute(
        `select code, to_char(published_on, 'YYYY-MM-DD') as published_on, undated_reason from ${service}.data_source`,
        [],
        'all',
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((row) => row.published_on === null && !row.undated_reason)).toEqual([]);
      expect(rows.filter((row) => row.published_on !== null && row.undated_reason !== null)).toEqual([]);
      for (const row of rows) if (row.published_on === null) undated.set(row.code, row.undated_reason!);
    }
    // Undated sources are the exception: published pages whose address and reference note carry no date.
    expect([...undated.values()].every((reason) => reason.startsWith('Undated: '))).toBe(true);

    const answer = await fixture.send({}, DATASETS);
    const listed = answer.data!.datasets!.flatMap((entry) => entry.sources);
    expect(listed.length).toBeGreaterThan(0);
    for (const source of listed) {
      if (undated.has(source.code)) expect([source.publishedOn, source.undatedReason]).toEqual([null, undated.get(source.code)]);
      else
        expect([source.code, source.publishedOn, source.undatedReason]).toEqual([
          source.code,
          expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          null,
        ]);
    }
    // The catalogue lists undated sources too, each with its reason.
    expect(listed.some((source) => source.undatedReason !== null)).toBe(true);
    expect(listed.filter((source) => source.modeled).every((source) => source.publishedOn !== null)).toBe(true);

    // The graph says why a source is undated.
    const years = (await fixture.send({}, SEJUTA_RUMAH_SOURCES)).data!.programSejutaRumah!;
    for (const { source } of years) expect(source.publishedOn === null).toBe(source.undatedReason !== null);
    expect(years.some(({ source }) => source.undatedReason !== null)).toBe(true);
  });
});
