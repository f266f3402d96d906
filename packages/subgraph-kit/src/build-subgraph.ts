import { buildSubgraphSchema, printSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import type { ReferenceResolver } from './context.js';
import { HubScalars } from './scalars.js';
import { hubAuthChecker } from './rights.js';

/** The federation spec every subgraph links; `@requires` and `@external` are what crosses subgraphs. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@tag", "@inaccessible", "@authenticated", "@requiresScopes"])';

export interface SubgraphOptions {
  /** The subgraph's name in the supergraph: `regions`, `programs`, `meetings`. */
  name: string;
  /** The resolver classes, as type-graphql takes them. */
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /**
   * `__resolveReference` per entity this subgraph resolves; each must go through a DataLoader of the
   * request context so that a list of representations costs one query, not one per item. Each sits in
   * its service's `<entity>.reference.ts`.
   */
  referenceResolvers?: Record<string, ReferenceResolver<unknown, unknown>>;
}

export interface Subgraph {
  name: string;
  /** The executable federated schema (with `_entities` and `_service`). */
  schema: GraphQLSchema;
  /** The subgraph SDL with its federation directives: what `schema/<name>.graphql` holds. */
  sdl: string;
}

/** Builds a federated subgraph schema from type-graphql resolvers. */
export async function buildSubgraph(options: SubgraphOptions): Promise<Subgraph> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: HubScalars.map,
    validate: false,
    authChecker: hubAuthChecker,
    // Rights are enforced per field: a denied field is null with its error, the rest is served.
    authMode: 'error',
    // A subgraph may have no Query fields of its own; federation adds `_entities` and `_service`.
    skipCheck: true,
  });
  refuseUncheckedRights(typeGraphqlSchema);
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  // @apollo/subgraph 2.15 takes a list of modules, not a bare object.
  const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }]);
  return { name: options.name, schema, sdl: printSubgraphSchema(schema) };
}

/**
 * type-graphql checks a field's rights (`@Authenticated`, `@RequiresScopes`) in the resolver it makes
 * for the field; an object type with `simpleResolvers` (rows served by the thousand) gets none for its
 * plain fields, so a right declared on one of them would be printed in the SDL but never checked here.
 * Refused when the schema is built.
 */
function refuseUncheckedRights(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rights = field.astNode?.directives?.some((directive) =>
        ['authenticated', 'requiresScopes'].includes(directive.name.value),
      );
      if (rights && !field.resolve)
        throw new Error(
          `${type.name}.${field.name} declares rights but has no resolver to check them (a simpleResolvers type?): give it @Field({ simple: false })`,
        );
    }
  }
}
