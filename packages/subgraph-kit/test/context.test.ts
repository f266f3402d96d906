import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/core';
import { CALLER_HEADER, internalKey, signCallerToken, type Caller } from '../src/caller.js';
import { createContextFactory } from '../src/context.js';

/** Stands in for MikroORM's EntityManager: each fork is a new object, so the test can tell requests apart. */
const rootEm = { fork: () => ({ fork: rootEm.fork }) } as unknown as EntityManager;
const key = internalKey('a-test-secret-of-at-least-32-characters');
const pemda: Caller = {
  id: 'user-1',
  kind: 'staff',
  roles: ['PEMDA'],
  areas: ['52.01'],
  agencyId: 'a-1',
  keyId: 'k-1',
  scopes: [],
};
const request = async (caller: Caller = pemda) =>
  ({ headers: { [CALLER_HEADER]: await signCallerToken(caller, key) } }) as unknown as IncomingMessage;

class CountingService {
  constructor(readonly em: EntityManager) {}
}

describe('the per-request context', () => {
  const contextFor = createContextFactory(
    rootEm,
    {
      createServices: (em) => ({ counting: new CountingService(em) }),
      createLoaders: (em, services) => ({ em, services }),
    },
    key,
  );

  it('builds each service once, on the request EntityManager, and hands that instance to the loaders', async () => {
    const context = await contextFor(await request());
    expect(context.em).not.toBe(rootEm);
    expect(context.services.counting.em).toBe(context.em);
    expect(context.loaders.services).toBe(context.services);
    expect(context.loaders.em).toBe(context.em);
  });

  it('shares nothing between two requests', async () => {
    const first = await contextFor(await request());
    const second = await contextFor(await request());
    expect(second.em).not.toBe(first.em);
    expect(second.services.counting).not.toBe(first.services.counting);
    expect(second.loaders).not.toBe(first.loaders);
  });

  it('reads the caller from the gateway-signed token, and refuses a request without one or with a hand-made one', async () => {
    expect((await contextFor(await request())).caller).toEqual(pemda);
    await expect(contextFor({ headers: {} } as IncomingMessage)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const forged = {
      headers: { [CALLER_HEADER]: JSON.stringify({ id: 'root', roles: ['ADMIN'] }) },
    } as unknown as IncomingMessage;
    await expect(contextFor(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
