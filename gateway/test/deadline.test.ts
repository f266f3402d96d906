import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '../src/gateway.js';
import { responseCacheSettingsFromEnv } from '../src/response-cache/response-cache.js';
import { generateLocalKeys } from '../src/access/local-keys.js';

// A subgraph that takes every request and never answers: only the deadline ends the query.
// Its GraphQL requests are recorded (the response cache's data-version reads are not).
const seen: { deadline: string | undefined; closed: Promise<void> }[] = [];
const stuck = http.createServer((request) => {
  if (request.method !== 'POST') return;
  seen.push({
    deadline: request.headers['x-hub-deadline'] as string | undefined,
    closed: new Promise((resolve) => request.socket.once('close', () => resolve())),
  });
});
let gateway: Awaited<ReturnType<typeof startGateway>>;

beforeAll(async () => {
  await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(stuck.address() as AddressInfo).port}/graphql`;
  const keys = await generateLocalKeys();
  gateway = await startGateway({
    port: 0,
    subgraphUrls: { regions: url, programs: url, meetings: url },
    access: { identity: { kind: 'local', keys }, internalSecret: keys.internalSecret, apiKeys: () => null },
    deadlineMs: 500,
    // Without the cache the query goes straight to the subgraph (with it, the stuck subgraph's
    // data-version read is what the deadline ends).
    responseCache: { ...responseCacheSettingsFromEnv(), enabled: false },
  });
});

afterAll(async () => {
  await gateway?.close();
  stuck.closeAllConnections();
  await new Promise((resolve) => stuck.close(resolve));
});

describe('the request deadline at the gateway', () => {
  it('answers 504 DEADLINE_EXCEEDED and hangs up on the subgraph it was waiting for', async () => {
    const before = Date.now();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provinces { code name } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(504);
    expect(body.errors.map((error) => error.extensions.code)).toEqual(['DEADLINE_EXCEEDED']);
    // the subgraph was told the deadline, and the gateway closed its connection: no work left behind
    expect(seen).toHaveLength(1);
    expect(Number(seen[0]!.deadline)).toBeGreaterThan(before);
    await seen[0]!.closed;
  });
});
