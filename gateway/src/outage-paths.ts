import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@housing-hub/subgraph-kit';

/** Which subgraph resolves each root field, read from the supergraph's `@join__field(graph: ...)`. */
export function rootFieldOwners(supergraphSdl: string): Map<string, string> {
  const graphs = new Map<string, string>();
  for (const match of supergraphSdl.matchAll(/^\s+([A-Z_0-9]+) @join__graph\(name: "([^"]+)"/gm)) graphs.set(match[1]!, match[2]!);
  const owners = new Map<string, string>();
  for (const type of ['Query', 'Mutation']) {
    const block = new RegExp(`^type ${type}\\b[^{]*\\{([\\s\\S]*?)^\\}`, 'm').exec(supergraphSdl)?.[1] ?? '';
    for (const match of block.matchAll(/^\s+(\w+)\b.*@join__field\(graph: ([A-Z_0-9]+)/gm)) owners.set(`${type}.${match[1]!}`, graphs.get(match[2]!) ?? match[2]!.toLowerCase());
  }
  return owners;
}

/**
 * Apollo Gateway reports a subgraph it could not reach without a `path`; this names the root
 * fields the failure left null (those the unreachable subgraph owns), so a client knows what is missing.
 */
export function outagePathsPlugin(supergraphSdl: string): ApolloServerPlugin {
  const owners = rootFieldOwners(supergraphSdl);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== 'single' || !operation) return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.some((error) => error.extensions?.code === ErrorCode.SUBGRAPH_UNAVAILABLE && !error.path)) return;
          const rootType = operation.operation === 'mutation' ? 'Mutation' : 'Query';
          const rootFields = operation.selectionSet.selections.flatMap((selection) =>
            selection.kind === Kind.FIELD ? [{ key: selection.alias?.value ?? selection.name.value, owner: owners.get(`${rootType}.${selection.name.value}`) }] : [],
          );
          const withPaths: GraphQLFormattedError[] = [];
          for (const error of errors) {
            const serviceName = error.extensions?.serviceName;
            if (error.extensions?.code !== ErrorCode.SUBGRAPH_UNAVAILABLE || error.path) {
              withPaths.push(error);
              continue;
            }
            const missing = rootFields.filter((field) => field.owner === serviceName && (data == null || data[field.key] === null));
            if (missing.length === 0) withPaths.push(error);
            for (const field of missing) withPaths.push({ ...error, path: [field.key] });
          }
          response.body.singleResult.errors = withPaths;
        },
      };
    },
  };
}
