import type { GraphQLResolveInfo } from 'graphql';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';

/**
 * Apollo's cache hint (`@cacheControl(maxAge: 0)`, set while resolving): an answer that contains this
 * field goes out `cache-control: no-store`, and the gateway's response cache never keeps it. For
 * what changes without a write to the data (the clock: "overdue as of today", key expiry) or must not
 * be kept at all (API keys).
 */
const neverCache: MiddlewareFn = ({ info }, next) => {
  (info as GraphQLResolveInfo & { cacheControl?: { setCacheHint(hint: { maxAge: number }): void } }).cacheControl?.setCacheHint({
    maxAge: 0,
  });
  return next();
};

/** Marks a query or field whose answer must never be cached (see `neverCache`). */
export function NeverCache(): MethodDecorator & PropertyDecorator {
  return UseMiddleware(neverCache) as MethodDecorator & PropertyDecorator;
}
