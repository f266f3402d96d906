import type { ApolloServerPlugin } from '@apollo/server';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';

/**
 * The header of a subgraph's GraphQL answer that says how many rows of bulk data it served (the
 * changes of a `changes` page): the gateway charges them to the caller's rate budget, one point per
 * `HUB_EXPORT_ROWS_PER_POINT`, as it charges an export's rows (`x-export-rows`) and `GET /changes`.
 */
export const SERVED_ROWS_HEADER = 'x-served-rows';

/**
 * The running count, on the request's context. A symbol property, as `NEVER_CACHE` in cache-hints.ts:
 * Apollo runs each operation on a shallow copy of the context, and the plugin reads the copy the
 * resolvers wrote to.
 */
const SERVED_ROWS = Symbol('servedRows');
type Counted = { [SERVED_ROWS]?: number };

const countServedRows: MiddlewareFn = async ({ context }, next) => {
  const value: unknown = await next();
  if (Array.isArray(value)) (context as Counted)[SERVED_ROWS] = ((context as Counted)[SERVED_ROWS] ?? 0) + value.length;
  return value;
};

/** Marks a list field whose items are bulk rows: each one resolved counts toward `x-served-rows`. */
export function ChargedByRows(): MethodDecorator & PropertyDecorator {
  return UseMiddleware(countServedRows) as MethodDecorator & PropertyDecorator;
}

/** Sets `x-served-rows` on an answer that served any row of a `@ChargedByRows()` field. */
export function servedRowsHeaderPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const rows = (contextValue as Counted)[SERVED_ROWS];
          if (rows) response.http.headers.set(SERVED_ROWS_HEADER, String(rows));
        },
      };
    },
  };
}
