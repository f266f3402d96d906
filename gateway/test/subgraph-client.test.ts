import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type net from 'node:net';
import { createSubgraphClient, type SubgraphClient } from '../src/subgraph-client.js';
import { startGateway } from '../src/gateway.js';
import { generateLocalKeys } from '../src/access/local-keys.js';

/** A stand-in subgraph that counts TCP connections and answers `/ready` and `/graphql`. */
let connections = 0;
let hang = false;
const server = http.createServer((request, response) => {
  if (hang) return;
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    response.setHeader('content-type', 'application/json');
    response.setHeader('cache-control', 'max-age=0');
    response.end(
      request.url === '/ready'
        ? '{"ready":true}'
        : JSON.stringify({ data: { echo: body, caller: request.headers['x-test'] ?? null } }),
    );
  });
});
server.on('connection', () => (connections += 1));
let url: string;
let client: SubgraphClient;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterEach(() => {
  hang = false;
  client?.close();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the subgraph client', () => {
  it('posts the body and headers and reads the JSON answer, status and headers', async () => {
    client = createSubgraphClient();
    const response = await client.fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'x-test': 'a caller' },
      body: '{"query":"{ a }"}',
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(await response.clone().json()).toEqual({ data: { echo: '{"query":"{ a }"}', caller: 'a caller' } });
    expect(JSON.parse(await response.text()).data.caller).toBe('a caller');
  });

  it('keeps connections alive: sequential requests share one socket', async () => {
    client = createSubgraphClient();
    const before = connections;
    for (let i = 0; i < 5; i += 1) await (await client.fetch(`${url}/graphql`, { method: 'POST', body: '{}' })).text();
    expect(connections - before).toBe(1);
  });

  it('gives up on a subgraph that does not answer within the request timeout, as a FetchError naming the URL', async () => {
    client = createSubgraphClient({ requestTimeoutMs: 200 });
    hang = true;
    await expect(client.fetch(`${url}/graphql`, { method: 'POST', body: '{}' })).rejects.toMatchObject({
      name: 'FetchError',
      message: expect.stringMatching(new RegExp(`^request to ${url}/graphql failed, reason: no answer within 200 ms`)),
    });
  });

  it('reports a refused connection as a FetchError', async () => {
    client = createSubgraphClient();
    await expect(client.fetch('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' })).rejects.toMatchObject({
      name: 'FetchError',
      code: 'ECONNREFUSED',
    });
  });

  it('is what the gateway asks for readiness', async () => {
    const gateway = await startGateway({
      port: 0,
      subgraphUrls: { regions: `${url}/graphql`, programs: `${url}/graphql`, meetings: `${url}/graphql` },
      access: await localAccess(),
    });
    try {
      const response = await fetch(new URL('/ready', gateway.url));
      expect(await response.json()).toMatchObject({ checks: { regions: 'ok', programs: 'ok', meetings: 'ok' } });
      expect(response.status).toBe(200);
    } finally {
      await gateway.close();
    }
  });
});

async function localAccess() {
  const keys = await generateLocalKeys();
  return { identity: { kind: 'local' as const, keys }, internalSecret: keys.internalSecret };
}
