import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { EntityManager } from '@mikro-orm/core';

/** Who is calling, as the gateway forwards it (authentication fills it in; anonymous until then). */
export interface Caller {
  /** A stable id: a user, or a partner's API key id. `anonymous` without one. */
  id: string;
  roles: string[];
}

export const ANONYMOUS: Caller = Object.freeze({ id: 'anonymous', roles: [] }) as Caller;

/** The header the gateway uses to forward the authenticated caller to subgraphs (JSON). */
export const CALLER_HEADER = 'x-hub-caller';

export function callerFromHeaders(headers: IncomingHttpHeaders): Caller {
  const raw = headers[CALLER_HEADER];
  if (typeof raw !== 'string' || raw === '') return ANONYMOUS;
  try {
    const parsed = JSON.parse(raw) as Partial<Caller>;
    if (typeof parsed.id !== 'string') return ANONYMOUS;
    return { id: parsed.id, roles: Array.isArray(parsed.roles) ? parsed.roles.filter((r) => typeof r === 'string') : [] };
  } catch {
    return ANONYMOUS;
  }
}

/** What every resolver gets, for one request: its EntityManager, the caller, its services and its DataLoaders. */
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
): (request: IncomingMessage) => SubgraphContext<Services, Loaders> {
  return (request) => {
    const caller = callerFromHeaders(request.headers);
    const requestEm = em.fork();
    const services = scope.createServices(requestEm);
    return { em: requestEm, caller, services, loaders: scope.createLoaders(requestEm, services) };
  };
}

/** `__resolveReference` of an entity this subgraph resolves; `Reference` is the entity's key fields (`Pick<Entity, ...>`). */
export interface ReferenceResolver<Reference, Context> {
  __resolveReference(reference: Reference, context: Context): unknown;
}
