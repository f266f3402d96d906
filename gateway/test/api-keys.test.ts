import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { internalKey } from '@housing-hub/subgraph-kit';
import { ApiKeyCache } from '../src/access/api-keys.js';

const KEY = 'hub_test-key';
let owner: Server;
let ownerUrl = '';
let reachable = true;

// A stand-in for the key owner (meetings): the one active key, or an outage.
beforeAll(async () => {
  owner = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (!reachable) {
        response.writeHead(503).end('{}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          data: {
            _activeApiKeys: [
              {
                id: 'k1',
                keyHash: createHash('sha256').update(KEY).digest('hex'),
                agencyId: 'a1',
                scopes: ['read'],
                expiresAt: null,
              },
            ],
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => owner.listen(0, '127.0.0.1', resolve));
  ownerUrl = `http://127.0.0.1:${(owner.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => owner.close(resolve));
});

describe('the partner key set', () => {
  it('refuses every key once refreshes have failed for longer than the staleness bound', async () => {
    let now = 1_000_000;
    const cache = new ApiKeyCache(ownerUrl, internalKey('x'.repeat(32)), 2_000, 4_500, () => now);
    reachable = false;
    expect(await cache.lookup(KEY)).toBeNull(); // never refreshed, owner unreachable: nothing is known
    reachable = true;
    await cache.refresh();
    expect((await cache.lookup(KEY))?.keyId).toBe('k1');
    reachable = false;
    now += 2_000;
    await expect(cache.refresh()).rejects.toThrow();
    expect((await cache.lookup(KEY))?.keyId).toBe('k1'); // a missed refresh is tolerated...
    now += 2_600;
    expect(await cache.lookup(KEY)).toBeNull(); // ...but a set older than 4.5 s honours nothing
    reachable = true;
    await cache.refresh();
    expect((await cache.lookup(KEY))?.keyId).toBe('k1');
  });

  it('judges a key on a fresh set: a lookup that finds the set too old waits for a refresh instead of refusing', async () => {
    let now = 2_000_000;
    const cache = new ApiKeyCache(ownerUrl, internalKey('x'.repeat(32)), 2_000, 4_500, () => now);
    reachable = true;
    // Before any refresh, the first partner request waits for one rather than being refused.
    expect((await cache.lookup(KEY))?.keyId).toBe('k1');
    // The timer's refreshes were lost (an owner too busy to answer in time): the set is 10 s old.
    now += 10_000;
    const waiting = cache.lookup(KEY);
    expect(waiting).toBeInstanceOf(Promise); // not answered from the old set
    expect((await waiting)?.keyId).toBe('k1');
    // Answered from the set that refresh brought, without another round trip while it is fresh.
    expect(cache.lookup(KEY)).toMatchObject({ keyId: 'k1' });
  });
});
