import type { IncomingHttpHeaders } from 'node:http';
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

/** What every resolver gets: a request-scoped EntityManager, this request's DataLoaders, the caller. */
export interface SubgraphContext<Loaders> {
  em: EntityManager;
  loaders: Loaders;
  caller: Caller;
}

/** One fork of the EntityManager and one fresh set of DataLoaders per request: nothing leaks between requests. */
export function createContextFactory<Loaders>(
  em: EntityManager,
  createLoaders: (em: EntityManager) => Loaders,
): (headers: IncomingHttpHeaders) => SubgraphContext<Loaders> {
  return (headers) => {
    const requestEm = em.fork();
    return { em: requestEm, loaders: createLoaders(requestEm), caller: callerFromHeaders(headers) };
  };
}
