import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';

/**
 * Set on the request's context by a field marked `@NeverCache()` once it resolves. A symbol
 * property: Apollo runs each operation on a shallow copy of the context, and the plugin below reads
 * the same copy the resolvers wrote to.
 */
const NEVER_CACHE = Symbol('neverCache');
type Hinted = { [NEVER_CACHE]?: true };

/**
 * An answer that contains this field goes out `cache-control: no-store`, and the gateway's response
 * cache never keeps it. For what changes without a write to the data (the clock: "overdue as of
 * today", key expiry) or must not be kept at all (API keys).
 */
const neverCache: MiddlewareFn = ({ context }, next) => {
  (context as Hinted)[NEVER_CACHE] = true;
  return next();
};

/** Marks a query or field whose answer must never be cached (see `neverCache`). */
export function NeverCache(): MethodDecorator & PropertyDecorator {
  return UseMiddleware(neverCache) as MethodDecorator & PropertyDecorator;
}

/** Whether the operation reads any field of the schema (not only `__typename` or introspection). */
function readsSchemaField(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return !selection.name.value.startsWith('__');
    if (selection.kind === Kind.INLINE_FRAGMENT) return readsSchemaField(selection.selectionSet, document, seen);
    if (seen.has(selection.name.value)) return false;
    seen.add(selection.name.value);
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && readsSchemaField(fragment.selectionSet, document, seen);
  });
}

/**
 * The `cache-control` header of a subgraph's answers, as Apollo's cacheControl plugin wrote it with
 * `defaultMaxAge`, at no cost per field (that plugin hooks every field resolved, which was a large
 * part of a big answer's time): `max-age=<maxAgeSeconds>, public` for an answer without errors that
 * read the schema, `no-store` when a `@NeverCache()` field resolved, on any error, or for an answer
 * of introspection only. A header already set is left as it is.
 */
export function cacheHeaderPlugin(maxAgeSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation, document }) {
          const headers = response.http.headers;
          if (headers.has('cache-control')) return;
          const cacheable =
            response.body.kind === 'single' &&
            !response.body.singleResult.errors &&
            !(contextValue as Hinted)[NEVER_CACHE] &&
            operation !== undefined &&
            document !== undefined &&
            readsSchemaField(operation.selectionSet, document);
          headers.set('cache-control', cacheable ? `max-age=${maxAgeSeconds}, public` : 'no-store');
        },
      };
    },
  };
}
