import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/** At most this many errors per response: a list variable with 10,000 bad items is one mistake. */
export const MAX_ERRORS_PER_RESPONSE = 5;

/**
 * Collapses repeated errors (same code, message and path up to list indexes) into
 * the first of each, and keeps at most `max`; the last kept error says how many were left out.
 */
export function collapseErrors(errors: readonly GraphQLFormattedError[], max = MAX_ERRORS_PER_RESPONSE): GraphQLFormattedError[] {
  const kinds = new Map<string, { error: GraphQLFormattedError; repeats: number }>();
  for (const error of errors) {
    // Variable errors differ by the position in the list ("at "ids[3]"") only, and so do the errors of
    // one field in each item of a list: one kind. Two fields (or aliases) refused alike stay two.
    const path = error.path?.map((key) => (typeof key === 'number' ? '_' : key)).join('.') ?? '';
    const kind = `${String(error.extensions?.code)}|${path}|${error.message.replace(/"[^"]*"|\d+/g, '_')}`;
    const seen = kinds.get(kind);
    if (seen) seen.repeats++;
    else kinds.set(kind, { error, repeats: 0 });
  }
  const kept = [...kinds.values()]
    .slice(0, max)
    .map(({ error, repeats }) => (repeats > 0 ? { ...error, extensions: { ...error.extensions, repeated: repeats } } : error));
  const dropped = errors.length - kept.reduce((sum, error) => sum + 1 + Number(error.extensions?.repeated ?? 0), 0);
  if (dropped > 0) {
    const last = kept[kept.length - 1]!;
    kept[kept.length - 1] = { ...last, extensions: { ...last.extensions, moreErrors: dropped } };
  }
  return kept;
}

export function collapseErrorsPlugin(max = MAX_ERRORS_PER_RESPONSE): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (
            response.body.kind === 'single' &&
            response.body.singleResult.errors &&
            response.body.singleResult.errors.length > 1
          ) {
            response.body.singleResult.errors = collapseErrors(response.body.singleResult.errors, max);
          }
        },
      };
    },
  };
}
