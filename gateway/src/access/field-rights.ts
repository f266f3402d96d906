import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  parse,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { checkScopes, ErrorCode, type Caller } from '@housing-hub/subgraph-kit';

/** One `@authenticated` / `@requiresScopes` of the supergraph: every requirement on a field must hold. */
export interface Requirement {
  authenticated: boolean;
  /** `@requiresScopes(scopes: [[a, b], [c]])`: (a and b) or c. Empty: no scope needed. */
  anyOf: string[][];
}

/** `Type.field` -> what the caller needs, read from the supergraph (the contract, not a copy of it). */
export type FieldRequirements = Map<string, Requirement[]>;

function scopesOf(value: ValueNode | undefined): string[][] {
  if (value?.kind !== Kind.LIST) return [];
  return value.values.map((inner) =>
    inner.kind === Kind.LIST ? inner.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [],
  );
}

function requirementsOf(
  directives:
    | readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[]
    | undefined,
): Requirement[] {
  const found: Requirement[] = [];
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') found.push({ authenticated: true, anyOf: [] });
    if (directive.name.value === 'requiresScopes') {
      found.push({ authenticated: false, anyOf: scopesOf(directive.arguments?.find((a) => a.name.value === 'scopes')?.value) });
    }
  }
  return found;
}

/** Reads the rights of every field (its own, and those of the type it returns) from the supergraph SDL. */
export function readFieldRequirements(supergraphSdl: string): FieldRequirements {
  const document = parse(supergraphSdl);
  const onType = new Map<string, Requirement[]>();
  const fields: { coordinate: string; own: Requirement[]; returns: string }[] = [];
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('kind' in definition)) continue;
    const typeName = definition.name.value;
    if ('directives' in definition) {
      const own = requirementsOf(definition.directives);
      if (own.length > 0) onType.set(typeName, [...(onType.get(typeName) ?? []), ...own]);
    }
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) &&
      definition.fields
    ) {
      for (const field of definition.fields) {
        let type = field.type;
        while (type.kind !== Kind.NAMED_TYPE) type = type.type;
        fields.push({
          coordinate: `${typeName}.${field.name.value}`,
          own: requirementsOf(field.directives),
          returns: type.name.value,
        });
      }
    }
  }
  const requirements: FieldRequirements = new Map();
  for (const field of fields) {
    const all = [...field.own, ...(onType.get(field.returns) ?? [])];
    if (all.length > 0) requirements.set(field.coordinate, all);
  }
  return requirements;
}

/**
 * @apollo/gateway refuses a supergraph whose `for: SECURITY` features it does not enforce itself, so
 * that nobody believes a rule is enforced when it is not. This gateway enforces `@authenticated` and
 * `@requiresScopes` (fieldRightsPlugin) before the planner ever sees the operation, so it may hand the
 * planner the supergraph with those two links marked as ordinary ones. Any other security feature
 * still stops the gateway at start-up.
 */
export function supergraphForPlanner(supergraphSdl: string): string {
  return supergraphSdl.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v0\.1"), for: SECURITY\)/g,
    '$1)',
  );
}

export function deniedCode(caller: Caller, requirements: Requirement[] | undefined): ErrorCode | null {
  for (const requirement of requirements ?? []) {
    const code = checkScopes(caller, requirement);
    if (code) return code;
  }
  return null;
}

/** A field the caller may not see, where it sits in the answer, and where its null lands. */
interface DeniedField {
  coordinate: string;
  code: ErrorCode;
  /** Response keys from the root (list indices left out: one error per selected field, not per item). */
  path: string[];
  /** The path of the nearest nullable field at or above it, `[]` when the null reaches `data`. */
  nullPath: string[];
}

/** Walks the operation as it will run (fragments expanded) and lists the fields the caller may not see. */
function findDeniedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  caller: Caller,
  requirements: FieldRequirements,
): DeniedField[] {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = schema.getRootType(operation.operation);
  if (!root) return [];
  const denied: DeniedField[] = [];
  const seen = new Set<string>();

  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLCompositeType,
    path: string[],
    nullPath: string[],
    visiting: Set<string>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type && isCompositeType(type))
          walk(fragment.selectionSet, type, path, nullPath, new Set([...visiting, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (type && isCompositeType(type)) walk(selection.selectionSet, type, path, nullPath, visiting);
        continue;
      }
      if (selection.name.value.startsWith('__') || !(isObjectType(parentType) || isInterfaceType(parentType))) continue;
      const field = parentType.getFields()[selection.name.value];
      if (!field) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const fieldPath = [...path, key];
      const fieldNullPath = isNonNullType(field.type) ? nullPath : fieldPath;
      const coordinate = `${parentType.name}.${field.name}`;
      const code = deniedCode(caller, requirements.get(coordinate));
      if (code) {
        const id = fieldPath.join('.');
        if (!seen.has(id)) {
          seen.add(id);
          denied.push({ coordinate, code, path: fieldPath, nullPath: fieldNullPath });
        }
        continue;
      }
      const named = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(named))
        walk(selection.selectionSet, named, fieldPath, fieldNullPath, visiting);
    }
  };
  walk(operation.selectionSet, root, [], [], new Set());
  return denied;
}

/** A stand-in for a selection set left empty by removed fields, so the document stays valid; stripped from the answer. */
const PLACEHOLDER = '_hubRestricted';

/** The same document without the fields the caller may not see (in the operation and in every fragment). */
function removeDeniedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  caller: Caller,
  requirements: FieldRequirements,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  const placeholder: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: PLACEHOLDER },
    name: { kind: Kind.NAME, value: '__typename' },
  };
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          if (!parent || node.name.value.startsWith('__')) return undefined;
          return deniedCode(caller, requirements.get(`${parent.name}.${node.name.value}`)) ? null : undefined;
        },
      },
      SelectionSet: {
        leave(node) {
          return node.selections.length === 0 ? { ...node, selections: [placeholder] } : undefined;
        },
      },
    }),
  );
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Sets `key` to null on every object reached by `path` (lists are walked item by item). */
function setNullAt(value: Json | undefined, path: string[]): void {
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) setNullAt(item, path);
    return;
  }
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) value[head] = null;
  else setNullAt(value[head], rest);
}

function removePlaceholders(value: Json | undefined): void {
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) removePlaceholders(item);
    return;
  }
  delete value[PLACEHOLDER];
  for (const child of Object.values(value)) removePlaceholders(child);
}

interface Rewrite {
  document: DocumentNode;
  queryHash: string;
  denied: DeniedField[];
}

/** Rewrites depend only on the operation and the caller's rights, so they are kept (bounded) and reused. */
const MAX_CACHED_REWRITES = 1_000;

/**
 * Enforces the supergraph's `@authenticated` / `@requiresScopes` before the gateway plans: fields
 * the caller may not see are removed from the operation (they are never fetched), and come back null
 * with one FORBIDDEN (or UNAUTHENTICATED) error per selected path; the rest is served. The rewritten
 * document gets its own query hash, because @apollo/gateway caches query plans by hash.
 */
export function fieldRightsPlugin<Context extends { caller: Caller }>(supergraphSdl: string): ApolloServerPlugin<Context> {
  const requirements = readFieldRequirements(supergraphSdl);
  const rewrites = new Map<string, Rewrite | null>();

  const rewriteFor = (context: GraphQLRequestContextDidResolveOperation<Context>): Rewrite | null => {
    const caller = context.contextValue.caller;
    const rights = `${caller.kind}|${[...caller.roles, ...caller.scopes].sort().join(',')}`;
    const cacheKey = `${context.queryHash}|${context.operationName ?? ''}|${rights}`;
    const cached = rewrites.get(cacheKey);
    if (cached !== undefined) return cached;
    const denied = findDeniedFields(context.schema, context.document, context.operationName, caller, requirements);
    let rewrite: Rewrite | null = null;
    if (denied.length > 0) {
      const document = removeDeniedFields(context.schema, context.document, caller, requirements);
      rewrite = { document, queryHash: createHash('sha256').update(print(document)).digest('hex'), denied };
    }
    if (rewrites.size >= MAX_CACHED_REWRITES) rewrites.delete(rewrites.keys().next().value!);
    rewrites.set(cacheKey, rewrite);
    return rewrite;
  };

  return {
    async requestDidStart() {
      let rewrite: Rewrite | null = null;
      return {
        async didResolveOperation(context) {
          rewrite = rewriteFor(context);
          if (!rewrite) return;
          // Apollo Server types these as read-only; the gateway reads both to plan and to cache the plan.
          const mutable = context as unknown as { document: DocumentNode; queryHash: string };
          mutable.document = rewrite.document;
          mutable.queryHash = rewrite.queryHash;
        },
        async willSendResponse({ response }) {
          if (!rewrite || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const data = result.data as Json | undefined;
          if (data && typeof data === 'object') {
            for (const field of rewrite.denied) {
              if (field.nullPath.length === 0) result.data = null;
              else setNullAt(data, field.nullPath);
            }
            removePlaceholders(result.data as Json);
          }
          const errors = rewrite.denied.map((field) => ({
            message:
              field.code === ErrorCode.UNAUTHENTICATED
                ? `${field.coordinate} needs a credential (a staff token or a partner API key)`
                : `Your role may not see ${field.coordinate}`,
            path: field.path,
            extensions: { code: field.code },
          }));
          result.errors = [...(result.errors ?? []), ...errors];
        },
      };
    },
  };
}
