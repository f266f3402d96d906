import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type net from 'node:net';
import type { Fetcher } from '@apollo/utils.fetcher';
import { graphqlRequest } from '@housing-hub/testing';
import { startGateway } from '../src/gateway.js';
import { generateLocalKeys, signStaffToken, type LocalKeys } from '../src/access/local-keys.js';
import { deduplicateInflight } from '../src/inflight-dedup.js';
import { BufferedResponse } from '../src/subgraph-client.js';

/**
 * A stand-in for every subgraph: it records each request it receives and answers after a second, so
 * that requests sent at once are in flight together even on a busy machine.
 */
const received: string[] = [];
const server = http.createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    received.push(body);
    const data = body.includes('recordAgency')
      ? { recordAgency: { id: `agency-${received.length}` } }
      : { provinces: [{ code: '52' }] };
    setTimeout(() => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ data }));
    }, 1_000);
  });
});
let gateway: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/graphql`;
  gateway = await startGateway({
    port: 0,
    deduplicateFetches: true,
    subgraphUrls: { regions: url, programs: url, meetings: url },
    access: await localAccess(),
  });
});

afterAll(async () => {
  await gateway?.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('in-flight deduplication through the gateway', () => {
  it('sends 20 identical concurrent queries to the subgraph once, and answers each of them', async () => {
    // Planned once beforehand, so that on a loaded machine the 20 reach the fetch well inside the second
    // the stand-in takes to answer (a cold first plan can take most of it).
    await graphqlRequest(gateway.url, '{ provinces { code } }');
    received.length = 0;
    const answers = await Promise.all(Array.from({ length: 20 }, () => graphqlRequest(gateway.url, '{ provinces { code } }')));
    expect(answers).toEqual(Array.from({ length: 20 }, () => ({ data: { provinces: [{ code: '52' }] } })));
    expect(received.filter((body) => body.includes('provinces'))).toHaveLength(1);
  });

  it('never merges mutations: 5 identical concurrent mutations reach the subgraph 5 times', async () => {
    received.length = 0;
    const mutation = 'mutation { recordAgency(input: { name: "Dinas Perkim", kind: MINISTRY }) { id } }';
    const token = await signStaffToken(keys, { subject: 'an admin', roles: ['ADMIN'] });
    const send = async () =>
      (
        await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: mutation }),
        })
      ).json() as Promise<{ errors?: unknown }>;
    const answers = await Promise.all(Array.from({ length: 5 }, send));
    expect(answers.every((answer) => answer.errors === undefined)).toBe(true);
    expect(received.filter((body) => body.includes('recordAgency'))).toHaveLength(5);
  });
});

describe('deduplicateInflight', () => {
  /** A fetcher that counts calls and answers once released. */
  function slowFetcher() {
    const calls: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const fetcher: Fetcher = async (url, init) => {
      calls.push(`${init?.headers?.caller} ${init?.body}`);
      await released;
      return new BufferedResponse(
        url,
        200,
        'OK',
        new Headers({ 'content-type': 'application/json' }) as never,
        '{"data":{"a":1}}',
      );
    };
    return { fetcher, calls, release };
  }
  const query = (variables: object) =>
    JSON.stringify({ query: 'query Q__regions__0($c:ID!){regency(code:$c){name}}', variables });

  it('merges only the same subgraph, caller, document and variables', async () => {
    const { fetcher, calls, release } = slowFetcher();
    const deduplicated = deduplicateInflight(fetcher);
    const send = (url: string, caller: string, body: string) => deduplicated(url, { method: 'POST', headers: { caller }, body });
    const pending = [
      send('http://a/graphql', 'anonymous', query({ c: '5201' })),
      send('http://a/graphql', 'anonymous', query({ c: '5201' })),
      send('http://a/graphql', 'a kab/kota office', query({ c: '5201' })),
      send('http://a/graphql', 'anonymous', query({ c: '5202' })),
      send('http://b/graphql', 'anonymous', query({ c: '5201' })),
    ];
    release();
    const bodies = await Promise.all(pending.map(async (response) => (await response).json()));
    expect(bodies).toEqual(Array.from({ length: 5 }, () => ({ data: { a: 1 } })));
    expect(calls).toHaveLength(4);
  });

  it('sends a query again once the first answer has arrived (no caching)', async () => {
    const { fetcher, calls, release } = slowFetcher();
    release();
    const deduplicated = deduplicateInflight(fetcher);
    await deduplicated('http://a/graphql', { method: 'POST', body: query({ c: '5201' }) });
    await deduplicated('http://a/graphql', { method: 'POST', body: query({ c: '5201' }) });
    expect(calls).toHaveLength(2);
  });

  it('never merges a mutation', async () => {
    const { fetcher, calls, release } = slowFetcher();
    const deduplicated = deduplicateInflight(fetcher);
    const mutation = JSON.stringify({
      query: 'mutation M__meetings__0{recordAgency(input:{name:"x",kind:DINAS}){id}}',
      variables: {},
    });
    const pending = [1, 2, 3].map(() => deduplicated('http://a/graphql', { method: 'POST', body: mutation }));
    release();
    await Promise.all(pending);
    expect(calls).toHaveLength(3);
  });
});

let keys: LocalKeys;
async function localAccess() {
  keys = await generateLocalKeys();
  return { identity: { kind: 'local' as const, keys }, internalSecret: keys.internalSecret };
}
