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
    expect(cache.lookup(KEY)).toBeNull(); // never refreshed: nothing is known
    await cache.refresh();
    expect(cache.lookup(KEY)?.keyId).toBe('k1');
    reachable = false;
    now += 2_000;
    await expect(cache.refresh()).rejects.toThrow();
    expect(cache.lookup(KEY)?.keyId).toBe('k1'); // a missed refresh is tolerated...
    now += 2_600;
    expect(cache.lookup(KEY)).toBeNull(); // ...but a set older than 4.5 s honours nothing
    reachable = true;
    await cache.refresh();
    expect(cache.lookup(KEY)?.keyId).toBe('k1');
  });
});
