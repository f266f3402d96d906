import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/core';
import { CALLER_HEADER, createContextFactory } from '../src/context.js';

/** Stands in for MikroORM's EntityManager: each fork is a new object, so the test can tell requests apart. */
const rootEm = { fork: () => ({ fork: rootEm.fork }) } as unknown as EntityManager;
const request = (headers: Record<string, string> = {}) => ({ headers }) as unknown as IncomingMessage;

class CountingService {
  constructor(readonly em: EntityManager) {}
}

describe('the per-request context', () => {
  const contextFor = createContextFactory(rootEm, {
    createServices: (em) => ({ counting: new CountingService(em) }),
    createLoaders: (em, services) => ({ em, services }),
  });

  it('builds each service once, on the request EntityManager, and hands that instance to the loaders', () => {
    const context = contextFor(request());
    expect(context.em).not.toBe(rootEm);
    expect(context.services.counting.em).toBe(context.em);
    expect(context.loaders.services).toBe(context.services);
    expect(context.loaders.em).toBe(context.em);
  });

  it('shares nothing between two requests', () => {
    const first = contextFor(request());
    const second = contextFor(request());
    expect(second.em).not.toBe(first.em);
    expect(second.services.counting).not.toBe(first.services.counting);
    expect(second.loaders).not.toBe(first.loaders);
  });

  it('reads the caller the gateway forwards, anonymous without one', () => {
    expect(contextFor(request()).caller).toEqual({ id: 'anonymous', roles: [] });
    const caller = { id: 'user-1', roles: ['editor'] };
    expect(contextFor(request({ [CALLER_HEADER]: JSON.stringify(caller) })).caller).toEqual(caller);
  });
});
