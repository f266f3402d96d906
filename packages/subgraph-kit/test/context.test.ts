import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/core';
import { CALLER_HEADER, CallerTokenVerifier, internalKey, signCallerToken, type Caller } from '../src/caller.js';
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
    new CallerTokenVerifier(key),
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

describe('the caller token verifier', () => {
  it('verifies a token once and answers its caller from memory until the token expires, never after', async () => {
    let now = Date.now();
    const verifier = new CallerTokenVerifier(key, () => now);
    const token = await signCallerToken(pemda, key, 60);
    const first = await verifier.verify(token);
    expect(first).toEqual(pemda);
    expect(await verifier.verify(token)).toBe(first); // from memory: the same frozen caller
    expect(Object.isFrozen(first)).toBe(true);
    now += 61_000; // past `exp`: verified again, and jose refuses it
    await expect(verifier.verify(token)).rejects.toThrow('Invalid caller token (ERR_JWT_EXPIRED)');
  });

  it('keeps no failure, and verifies any token altered in one byte afresh', async () => {
    const verifier = new CallerTokenVerifier(key);
    const token = await signCallerToken(pemda, key);
    await verifier.verify(token);
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verifier.verify(tampered)).rejects.toThrow('Invalid caller token');
    await expect(verifier.verify(tampered)).rejects.toThrow('Invalid caller token');
    // A token signed with another key is refused even when the same caller's valid token is held.
    const otherKey = internalKey('another-test-secret-of-32-characters!');
    await expect(new CallerTokenVerifier(otherKey).verify(token)).rejects.toThrow('Invalid caller token');
  });
});
