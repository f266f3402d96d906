import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { abuseQueries } from '@housing-hub/testing';
import { startGateway } from '../src/gateway.js';
import { Role } from '@housing-hub/subgraph-kit';
import { generateLocalKeys, signStaffToken, type LocalKeys } from '../src/access/local-keys.js';

// Limits are checked before planning, so no subgraph needs to run: they all point at a closed port.
let gateway: Awaited<ReturnType<typeof startGateway>>;
let keys: LocalKeys;

beforeAll(async () => {
  const down = 'http://127.0.0.1:9/graphql';
  keys = await generateLocalKeys();
  gateway = await startGateway({
    port: 0,
    subgraphUrls: { regions: down, programs: down, meetings: down },
    access: { identity: { kind: 'local', keys }, internalSecret: keys.internalSecret, apiKeys: () => null },
  });
});

afterAll(async () => {
  await gateway?.close();
});

async function post(body: string, token?: string): Promise<{ status: number; code: unknown }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(gateway.url, { method: 'POST', headers, body });
  const answer = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, code: answer.errors?.[0]?.extensions?.code };
}

/** Sends the request and, while it is in flight, checks /health every 20 ms. */
async function refusedWhileHealthy(body: string): Promise<{ status: number; code: unknown; healthChecks: number }> {
  let inFlight = true;
  let healthChecks = 0;
  const probing = (async () => {
    while (inFlight) {
      const health = await fetch(new URL('/health', gateway.url));
      expect(health.status).toBe(200);
      healthChecks++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const answer = await post(body).finally(() => (inFlight = false));
  await probing;
  return { ...answer, healthChecks };
}

describe('the gateway refuses abusive queries before planning them', () => {
  it.each([
    ['2,000 aliases of provinces { regencies { need } }', abuseQueries.aliases(2_000), 400, 'TOO_MANY_TOKENS'],
    ['10,000 aliases', abuseQueries.aliases(10_000), 400, 'TOO_MANY_TOKENS'],
    ['a fragment bomb', abuseQueries.fragmentBomb(), 400, 'TOO_MANY_FIELDS'],
    ['300 aliases of regencies { funding meetings }', abuseQueries.heavyAliases(300), 400, 'TOO_MANY_TOKENS'],
    ['1,000,000 __typename aliases (a 16 MB body)', abuseQueries.typenameAliases(1_000_000), 413, 'REQUEST_TOO_LARGE'],
    ['depth 2,000', abuseQueries.deep(2_000), 400, 'TOO_MANY_TOKENS'],
    ['depth 7', abuseQueries.deep(7), 400, 'QUERY_TOO_DEEP'],
    [
      'nested lists too costly',
      '{ provinces { regencies { meetings { regencies { meetings { id } } } } } }',
      400,
      'QUERY_TOO_COMPLEX',
    ],
  ])('refuses %s with a coded error, and /health answers meanwhile', async (_name, query, status, code) => {
    const answer = await refusedWhileHealthy(JSON.stringify({ query }));
    expect(answer).toMatchObject({ status, code });
  });

  it('checks GET requests too', async () => {
    const url = new URL(gateway.url);
    url.searchParams.set('query', abuseQueries.deep(7));
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'QUERY_TOO_DEEP',
    );
  });

  it('lets an ordinary query through to planning (here: the subgraph is down)', async () => {
    const answer = await post(JSON.stringify({ query: '{ provinces { code name } }' }));
    expect(answer.code).toBe('SUBGRAPH_UNAVAILABLE');
  });
});

describe('limits per role', () => {
  it('lets a DATA_STEWARD or ADMIN run a heavier query than PUBLIC or a PEMDA', async () => {
    const deep = JSON.stringify({ query: abuseQueries.deep(8) });
    const heavy = JSON.stringify({ query: '{ provinces { regencies { meetings { regencies { meetings { id } } } } } }' });
    const token = (roles: Role[]) => signStaffToken(keys, { subject: `limits-${roles.join('-')}`, roles, areas: ['52'] });
    for (const body of [deep, heavy]) {
      expect((await post(body)).status).toBe(400);
      expect((await post(body, await token([Role.PEMDA]))).status).toBe(400);
    }
    for (const roles of [[Role.DATA_STEWARD], [Role.ADMIN]]) {
      // past the limits: planned, then fetched from the (closed) subgraphs
      expect(await post(deep, await token(roles))).toMatchObject({ status: 200, code: 'SUBGRAPH_UNAVAILABLE' });
      expect(await post(heavy, await token(roles))).toMatchObject({ status: 200, code: 'SUBGRAPH_UNAVAILABLE' });
    }
    // the abuse stays refused for everyone
    expect(await post(JSON.stringify({ query: abuseQueries.fragmentBomb() }), await token([Role.ADMIN]))).toMatchObject({
      status: 400,
      code: 'TOO_MANY_FIELDS',
    });
  });
});

describe('who owns each root field', () => {
  it('reads the owners from the supergraph', async () => {
    const { rootFieldOwners } = await import('../src/outage-paths.js');
    const { readSupergraph } = await import('../src/gateway.js');
    const owners = rootFieldOwners(await readSupergraph());
    expect(owners.get('Query.regency')).toBe('regions');
    expect(owners.get('Query.fundingSummary')).toBe('programs');
    expect(owners.get('Query.meetings')).toBe('meetings');
  });
});
