import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import net from 'node:net';
import { graphqlRequest } from '@housing-hub/testing';
import { startGateway } from '../src/gateway.js';
import { generateLocalKeys } from '../src/access/local-keys.js';

/** A port nothing listens on: the subgraph is "down". */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let gateway: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  const port = await closedPort();
  const keys = await generateLocalKeys();
  gateway = await startGateway({
    port: 0,
    subgraphUrls: { regions: `http://127.0.0.1:${port}/graphql` },
    access: { identity: { kind: 'local', keys }, internalSecret: keys.internalSecret },
  });
});

afterAll(async () => {
  await gateway?.close();
});

describe('the gateway with its subgraphs down', () => {
  it('starts from the committed supergraph and is healthy', async () => {
    const response = await fetch(new URL('/health', gateway.url));
    expect(response.status).toBe(200);
  });

  it('is not ready and says which subgraph is missing', async () => {
    const response = await fetch(new URL('/ready', gateway.url));
    expect(response.status).toBe(503);
    const body = (await response.json()) as { checks: Record<string, string> };
    expect(body.checks.regions).toMatch(/unreachable/);
  });

  it('answers a query with SUBGRAPH_UNAVAILABLE naming the missing subgraph, and no stack trace', async () => {
    const response = await graphqlRequest(gateway.url, '{ provinces { code } }');
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'regions' });
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|ECONNREFUSED/);
  });

  it('refuses a malformed request with a GraphQL error code', async () => {
    const response = await graphqlRequest(gateway.url, '{ provinces { code ');
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('shrugs off a client that hangs up halfway through its body: no internal error, the next request is answered', async () => {
    const errors = jest.spyOn(console, 'error');
    const socket = net.connect(new URL(gateway.url).port as unknown as number, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"query":');
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const response = await graphqlRequest(gateway.url, '{ __typename }');
    expect(response.data).toEqual({ __typename: 'Query' });
    expect(errors.mock.calls.filter(([message]) => String(message).includes('HTTP handler failed'))).toEqual([]);
    errors.mockRestore();
  });

  it('answers 404 outside /graphql, /health and /ready', async () => {
    const response = await fetch(new URL('/nope', gateway.url));
    expect(response.status).toBe(404);
  });
});

describe('introspection', () => {
  const misspelled = '{ provinse { code } }';

  it('is on by default, with "Did you mean ...?" hints: the schema is public and the bundled explorer reads it', async () => {
    const response = await graphqlRequest(gateway.url, '{ __schema { queryType { name } } }');
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await graphqlRequest(gateway.url, misspelled);
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean .*"provinces"\?/);
  });

  it('HUB_INTROSPECTION=false turns off introspection and the hints that would map the schema it hides', async () => {
    const keys = await generateLocalKeys();
    process.env.HUB_INTROSPECTION = 'false';
    const closed = await startGateway({
      port: 0,
      subgraphUrls: { regions: `http://127.0.0.1:${await closedPort()}/graphql` },
      access: { identity: { kind: 'local', keys }, internalSecret: keys.internalSecret },
    }).finally(() => delete process.env.HUB_INTROSPECTION);
    try {
      const response = await graphqlRequest(closed.url, '{ __schema { queryType { name } } }');
      expect(response.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      const typo = await graphqlRequest(closed.url, misspelled);
      expect(typo.errors?.[0]?.message).toMatch(/Cannot query field "provinse"/);
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await closed.close();
    }
  });
});
