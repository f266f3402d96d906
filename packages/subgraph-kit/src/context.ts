import type { IncomingHttpHeaders } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import { CALLER_HEADER, CallerTokenError, verifyCallerToken, type Caller } from './caller.js';
import { ErrorCode, HubError } from './errors.js';

/**
 * The caller the gateway proved, from its signed caller token. A request without a valid token
 * (straight to the subgraph's port, a hand-made or tampered header, an expired token) is refused:
 * a subgraph trusts nobody but the gateway.
 */
export async function callerFromHeaders(headers: IncomingHttpHeaders, internalKey: Uint8Array): Promise<Caller> {
  const token = headers[CALLER_HEADER];
  if (typeof token !== 'string' || token === '') throw unauthenticated('This subgraph answers only requests from the gateway');
  try {
    return await verifyCallerToken(token, internalKey);
  } catch (error) {
    if (error instanceof CallerTokenError) throw unauthenticated(error.message);
    throw error;
  }
}

function unauthenticated(message: string): HubError {
  return new HubError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

/**
 * What every resolver gets: a request-scoped EntityManager, this request's DataLoaders, the caller.
 * Add per-request things here (and in `createContextFactory`), not in resolvers.
 */
export interface SubgraphContext<Loaders> {
  em: EntityManager;
  loaders: Loaders;
  caller: Caller;
}

/** One fork of the EntityManager and one fresh set of DataLoaders per request: nothing leaks between requests. */
export function createContextFactory<Loaders>(
  em: EntityManager,
  createLoaders: (em: EntityManager) => Loaders,
  internalKey: Uint8Array,
): (headers: IncomingHttpHeaders) => Promise<SubgraphContext<Loaders>> {
  return async (headers) => {
    const caller = await callerFromHeaders(headers, internalKey);
    const requestEm = em.fork();
    return { em: requestEm, loaders: createLoaders(requestEm), caller };
  };
}
