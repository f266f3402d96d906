import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, parse, type ConstDirectiveNode, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@housing-hub/subgraph-kit';

/** Which subgraph resolves each root field, read from the supergraph's `@join__field(graph: ...)`. */
export function rootFieldOwners(supergraphSdl: string): Map<string, string> {
  // Parsed, not matched line by line: a field with arguments spans several lines before its directives.
  const definitions = parse(supergraphSdl).definitions;
  const argument = (directive: ConstDirectiveNode, name: string) =>
    directive.arguments?.find((arg) => arg.name.value === name)?.value;
  const graphs = new Map<string, string>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const name = value.directives?.find((directive) => directive.name.value === 'join__graph');
      const graphName = name && argument(name, 'name');
      if (graphName?.kind === Kind.STRING) graphs.set(value.name.value, graphName.value);
    }
  }
  const owners = new Map<string, string>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !['Query', 'Mutation'].includes(definition.name.value)) continue;
    for (const field of definition.fields ?? []) {
      const join = field.directives?.find((directive) => directive.name.value === 'join__field');
      const graph = join && argument(join, 'graph');
      if (graph?.kind === Kind.ENUM)
        owners.set(`${definition.name.value}.${field.name.value}`, graphs.get(graph.value) ?? graph.value.toLowerCase());
    }
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
            selection.kind === Kind.FIELD
              ? [
                  {
                    key: selection.alias?.value ?? selection.name.value,
                    owner: owners.get(`${rootType}.${selection.name.value}`),
                  },
                ]
              : [],
          );
          const withPaths: GraphQLFormattedError[] = [];
          for (const error of errors) {
            const serviceName = error.extensions?.serviceName;
            if (error.extensions?.code !== ErrorCode.SUBGRAPH_UNAVAILABLE || error.path) {
              withPaths.push(error);
              continue;
            }
            const missing = rootFields.filter(
              (field) => field.owner === serviceName && (data == null || data[field.key] === null),
            );
            if (missing.length === 0) withPaths.push(error);
            for (const field of missing) withPaths.push({ ...error, path: [field.key] });
          }
          response.body.singleResult.errors = withPaths;
        },
      };
    },
  };
}
