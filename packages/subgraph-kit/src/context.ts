import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';
import { CALLER_HEADER, CallerTokenError, type CallerTokenVerifier, type Caller } from './caller.js';
import { unauthenticated } from './errors.js';

/**
 * The caller the gateway proved, from its signed caller token. A request without a valid token
 * (straight to the subgraph's port, a hand-made or tampered header, an expired token) is refused:
 * a subgraph trusts nobody but the gateway.
 */
export async function callerFromHeaders(headers: IncomingHttpHeaders, callerTokens: CallerTokenVerifier): Promise<Caller> {
  const token = headers[CALLER_HEADER];
  if (typeof token !== 'string' || token === '') throw unauthenticated('This subgraph answers only requests from the gateway');
  try {
    return await callerTokens.verify(token);
  } catch (error) {
    if (error instanceof CallerTokenError) throw unauthenticated(error.message);
    throw error;
  }
}

/**
 * What every resolver gets, for one request: its EntityManager, the caller (as the gateway proved
 * it), its services and its DataLoaders. Add per-request things here and in `createContextFactory`.
 */
export interface SubgraphContext<Services = unknown, Loaders = unknown> {
  em: EntityManager;
  caller: Caller;
  /** The rules of the subgraph, one instance of each per request, shared by resolvers and loaders. */
  services: Services;
  loaders: Loaders;
}

/** How a subgraph builds what lives for one request: its services first, then the loaders that batch through them. */
export interface RequestScope<Services, Loaders> {
  createServices(em: EntityManager): Services;
  createLoaders(em: EntityManager, services: Services): Loaders;
}

/**
 * One fork of the EntityManager, one set of services and one fresh set of DataLoaders per request:
 * nothing leaks between requests. It receives the whole request, so that what is added later (the
 * caller's rights, limits) is built here too.
 */
export function createContextFactory<Services, Loaders>(
  em: EntityManager,
  scope: RequestScope<Services, Loaders>,
  callerTokens: CallerTokenVerifier,
): (request: IncomingMessage) => Promise<SubgraphContext<Services, Loaders>> {
  return async (request) => {
    const caller = await callerFromHeaders(request.headers, callerTokens);
    const requestEm = em.fork();
    const services = scope.createServices(requestEm);
    return { em: requestEm, caller, services, loaders: scope.createLoaders(requestEm, services) };
  };
}

/** `__resolveReference` of an entity this subgraph resolves; `Reference` is the entity's key fields (`Pick<Entity, ...>`). */
export interface ReferenceResolver<Reference, Context> {
  __resolveReference(reference: Reference, context: Context): unknown;
}
