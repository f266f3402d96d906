import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputType,
  typeFromAST,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  validate,
  visit,
  BREAK,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLEnumType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { ROLES, Role } from './caller.js';
import { ErrorCode, HubError } from './errors.js';
import { DEFAULT_GRAPH_CHANGES, MAX_GRAPH_CHANGES } from './data-feed.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/**
 * What one GraphQL request may ask for, checked on the raw document before Apollo validates or plans
 * it: graphql-js validation (overlapping fields above all) and query planning are superlinear, so a
 * 1 KB fragment bomb or 2,000 aliases must be refused before they reach them.
 */
export interface QueryLimits {
  /** Field nesting (fragments flattened, introspection `__schema` not counted); graphql-armor's default. */
  maxDepth: number;
  /** Aliases, fragments expanded (`__typename` aliases count through `maxFields`). */
  maxAliases: number;
  /** Fields selected at the root of one operation. */
  maxRootFields: number;
  /** Lexical tokens of the whole document: parsing stops at the limit. */
  maxTokens: number;
  maxDirectives: number;
  /** Field selections once every fragment spread is expanded (a fragment bomb is small until expanded). */
  maxFields: number;
  /**
   * Estimated cost: every field costs 1 per object it is resolved on, list fields multiply by their
   * size, so the cost approximates the number of values in the answer (the national funding table of
   * 514 kab/kota costs about 6,300; every documented operation stays under 15,000 at its largest page).
   */
  maxCost: number;
  /** The HTTP request body (imports send their file inline, base64 for XLSX). */
  maxBodyBytes: number;
  /** The HTTP response body: past it the answer is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 6,
  maxAliases: 15,
  maxRootFields: 10,
  maxTokens: 1_000,
  maxDirectives: 50,
  maxFields: 1_000,
  maxCost: 50_000,
  maxBodyBytes: 8 * 1024 * 1024,
  maxResponseBytes: 16 * 1024 * 1024,
});

const LIMIT_ENV: Record<keyof QueryLimits, string> = {
  maxDepth: 'HUB_MAX_DEPTH',
  maxAliases: 'HUB_MAX_ALIASES',
  maxRootFields: 'HUB_MAX_ROOT_FIELDS',
  maxTokens: 'HUB_MAX_TOKENS',
  maxDirectives: 'HUB_MAX_DIRECTIVES',
  maxFields: 'HUB_MAX_FIELDS',
  maxCost: 'HUB_MAX_COST',
  maxBodyBytes: 'HUB_MAX_BODY_BYTES',
  maxResponseBytes: 'HUB_MAX_RESPONSE_BYTES',
};

/** A setting that must be a positive integer: `fallback` when unset, an error at start-up when nonsense. */
export function positiveIntegerFromEnv(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${variable} must be a positive integer, got "${raw}"`);
  return value;
}

/** The defaults, each overridable by its `HUB_MAX_*` variable (a positive integer). */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const [key, variable] of Object.entries(LIMIT_ENV) as [keyof QueryLimits, string][])
    limits[key] = positiveIntegerFromEnv(env, variable, limits[key]);
  return limits;
}

/** The limits that depend on who asks (the body and answer sizes are the same for everyone). */
export type RoleLimitKey = Exclude<keyof QueryLimits, 'maxBodyBytes' | 'maxResponseBytes'>;

/**
 * Roles trusted with heavier queries by default: stewards and administrators check national tables
 * and whole imports; every other role (PUBLIC included) gets the base limits unless configured.
 */
export const HEAVY_QUERY_ROLES: readonly Role[] = [Role.DATA_STEWARD, Role.ADMIN];
export const HEAVY_QUERY_LIMITS: Readonly<Pick<QueryLimits, RoleLimitKey>> = Object.freeze({
  maxDepth: 10,
  maxAliases: 50,
  maxRootFields: 20,
  maxTokens: 5_000,
  maxDirectives: 100,
  maxFields: 5_000,
  maxCost: 500_000,
});

/** The base limits (PUBLIC, and whoever no role raises) and what each role may run instead. */
export interface QueryLimitPolicy {
  base: QueryLimits;
  byRole: Partial<Record<Role, QueryLimits>>;
}

/**
 * `HUB_MAX_*` sets the base; `HUB_MAX_*_<ROLE>` (e.g. `HUB_MAX_COST_DATA_STEWARD`) a role's limit.
 * DATA_STEWARD and ADMIN default to `HEAVY_QUERY_LIMITS` (never below the base).
 */
export function queryLimitPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimitPolicy {
  const base = queryLimitsFromEnv(env);
  const byRole: Partial<Record<Role, QueryLimits>> = {};
  for (const role of ROLES) {
    if (role === Role.PUBLIC) continue;
    const limits = { ...base };
    for (const key of Object.keys(HEAVY_QUERY_LIMITS) as RoleLimitKey[]) {
      const fallback = HEAVY_QUERY_ROLES.includes(role) ? Math.max(base[key], HEAVY_QUERY_LIMITS[key]) : base[key];
      limits[key] = positiveIntegerFromEnv(env, `${LIMIT_ENV[key]}_${role}`, fallback);
    }
    byRole[role] = limits;
  }
  return { base, byRole };
}

/** A policy in which every role has the same limits. */
export const uniformLimitPolicy = (limits: QueryLimits): QueryLimitPolicy => ({ base: limits, byRole: {} });

/** The most generous of the base and the caller's roles, limit by limit. */
export function limitsForRoles(policy: QueryLimitPolicy, roles: readonly Role[]): QueryLimits {
  const limits = { ...policy.base };
  for (const role of roles) {
    const raised = policy.byRole[role];
    if (!raised) continue;
    for (const key of Object.keys(HEAVY_QUERY_LIMITS) as RoleLimitKey[]) limits[key] = Math.max(limits[key], raised[key]);
  }
  return limits;
}

/**
 * The limits a subgraph applies to what the gateway sends it: the gateway's query plan wraps entity
 * fetches in `_entities { ... on Type }` (one level deeper) and adds `__typename` and type conditions
 * (more tokens), so a query the gateway let through must not be refused one hop later.
 */
export function subgraphQueryLimits(limits: QueryLimits): QueryLimits {
  return { ...limits, maxDepth: limits.maxDepth + 1, maxTokens: limits.maxTokens * 2, maxFields: limits.maxFields * 2 };
}

/**
 * How many items a list field returns, where the domain knows it: 38 provinces, 514 kab/kota of
 * which a province holds 14 on average. Connections weigh their page size (`first`); any other list
 * weighs `DEFAULT_LIST_SIZE`.
 */
const KNOWN_LIST_SIZES: Record<string, number> = {
  'Query.provinces': 38,
  'Province.regencies': 14,
  'Agency.coveredProvinces': 38,
};
/** Lists with one item per funding scheme, unless their `schemes` argument names fewer. */
const PER_SCHEME_LISTS = new Set(['Province.funding', 'Regency.funding', 'Regency.proposals']);
const DEFAULT_LIST_SIZE = 5;
/** `changes`' page: its list holds `first` changes, like a connection's. */
const CHANGE_PAGE = 'ChangePage';

export interface QueryRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

function refusal(code: ErrorCode, message: string, limit: number, found?: number): HubError {
  return new HubError(code, message, found === undefined ? { limit } : { limit, found });
}

/**
 * Checks a request against the limits; returns the refusal, or undefined when the request may go on
 * (a document that does not parse is left to Apollo, which reports it as GRAPHQL_PARSE_FAILED).
 */
export function checkQueryLimits(schema: GraphQLSchema, request: QueryRequest, limits: QueryLimits): HubError | undefined {
  return evaluateQuery(schema, request, limits).refused;
}

export interface QueryEvaluation {
  refused?: HubError;
  /** The estimated cost of the costliest operation (0 when refused before it was priced). */
  cost: number;
  /** What the operation run is, when the document parsed and names one. */
  operation?: 'query' | 'mutation' | 'subscription';
}

/**
 * Documents that passed every check that depends on the document alone (parse, strings in it, root
 * fields, graphql-armor's rules), per schema and per the limits those checks read: the gateway sends a
 * subgraph the same few documents again and again, and parsing and three validation passes cost more
 * than a small query's resolvers. Only passes are kept, so a cached document answers exactly as a
 * fresh check would; long documents are not kept (they would crowd the memory out).
 */
const passedDocuments = new WeakMap<GraphQLSchema, LRUCache<string, DocumentNode>>();
const PASSED_DOCUMENTS_KEPT = 1_000;
const LONGEST_DOCUMENT_KEPT = 20_000;

const documentLimitsKey = (limits: QueryLimits, query: string) =>
  `${limits.maxTokens}|${limits.maxRootFields}|${limits.maxDepth}|${limits.maxAliases}|${limits.maxDirectives}\n${query}`;

/** `checkQueryLimits`, also returning the estimated cost (rate limits charge it). */
export function evaluateQuery(schema: GraphQLSchema, request: QueryRequest, limits: QueryLimits): QueryEvaluation {
  const refused = (error: HubError | undefined): QueryEvaluation => ({ refused: error, cost: 0 });
  let passed = passedDocuments.get(schema);
  if (!passed) {
    passed = new LRUCache({ max: PASSED_DOCUMENTS_KEPT });
    passedDocuments.set(schema, passed);
  }
  const key = request.query.length <= LONGEST_DOCUMENT_KEPT ? documentLimitsKey(limits, request.query) : undefined;
  const known = key === undefined ? undefined : passed.get(key);
  let document: DocumentNode;
  if (known) document = known;
  else {
    try {
      document = parse(request.query, { maxTokens: limits.maxTokens, noLocation: true });
    } catch (error) {
      // graphql-js 16 says "more that N tokens".
      if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(error.message)) {
        return refused(
          refusal(ErrorCode.TOO_MANY_TOKENS, `The query has more than ${limits.maxTokens} tokens`, limits.maxTokens),
        );
      }
      if (error instanceof RangeError)
        return refused(refusal(ErrorCode.QUERY_TOO_DEEP, 'The query is nested too deeply', limits.maxDepth));
      return { cost: 0 };
    }
  }
  const invalidString =
    (known ? undefined : findInvalidStringInDocument(document)) ?? findInvalidStringInVariables(request.variables);
  if (invalidString) return refused(invalidString);
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const named = request.operationName
    ? operations.filter((operation) => operation.name?.value === request.operationName)
    : operations;
  if (named.length !== 1 && operations.length > 0) {
    return refused(
      new HubError(
        ErrorCode.OPERATION_RESOLUTION_FAILURE,
        request.operationName
          ? `The document has no operation named "${request.operationName}"`
          : 'The document holds several operations: name one with operationName',
      ),
    );
  }
  if (!known) {
    const documentRefusal = checkDocument(schema, document, limits);
    if (documentRefusal) return refused(documentRefusal);
    if (key !== undefined) passed.set(key, document);
  }
  const estimator = new CostEstimator(schema, document, request.variables ?? {});
  let costliest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const rootType = schema.getRootType(definition.operation) ?? undefined;
    const { fields, cost } = estimator.estimate(definition.selectionSet, rootType, DEFAULT_PAGE_SIZE);
    if (fields > limits.maxFields) {
      return refused(
        refusal(
          ErrorCode.TOO_MANY_FIELDS,
          `The query selects ${describe(fields)} fields once its fragments are expanded; at most ${limits.maxFields} are allowed`,
          limits.maxFields,
        ),
      );
    }
    if (cost > limits.maxCost) {
      return refused(
        refusal(
          ErrorCode.QUERY_TOO_COMPLEX,
          `The query's estimated cost is ${describe(cost)}; at most ${limits.maxCost} is allowed (ask for smaller pages or fewer nested lists)`,
          limits.maxCost,
        ),
      );
    }
    costliest = Math.max(costliest, cost);
  }
  const operation = named[0];
  const variableError = operation && invalidVariables(schema, operation, request.variables);
  if (variableError) return refused(variableError);
  return { cost: costliest, operation: operation?.operation };
}

/** The checks that depend on the document and the limits alone: root fields, then graphql-armor's rules. */
function checkDocument(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): HubError | undefined {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const rootFields = definition.selectionSet.selections.length;
    if (rootFields > limits.maxRootFields) {
      return refusal(
        ErrorCode.TOO_MANY_ROOT_FIELDS,
        `The operation selects ${rootFields} root fields; at most ${limits.maxRootFields} are allowed`,
        limits.maxRootFields,
        rootFields,
      );
    }
  }
  // graphql-armor's rules, one validation pass each, so that the refusal names the limit it broke.
  const armorRules: [ErrorCode, ValidationRule, number][] = [
    [ErrorCode.QUERY_TOO_DEEP, maxDepthRule({ n: limits.maxDepth, flattenFragments: true }), limits.maxDepth],
    [ErrorCode.TOO_MANY_ALIASES, maxAliasesRule({ n: limits.maxAliases }), limits.maxAliases],
    [ErrorCode.TOO_MANY_DIRECTIVES, maxDirectivesRule({ n: limits.maxDirectives }), limits.maxDirectives],
  ];
  for (const [code, rule, limit] of armorRules) {
    try {
      validate(schema, document, [rule]);
    } catch (error) {
      if (error instanceof GraphQLError) return refusal(code, error.message.replace(/^Syntax Error: /, ''), limit);
      if (error instanceof RangeError)
        return refusal(ErrorCode.QUERY_TOO_DEEP, 'The query is nested too deeply', limits.maxDepth);
      throw error;
    }
  }
  return undefined;
}

/** Variable errors reported for one request: the rest are counted, not built (each costs a GraphQLError). */
const MAX_VARIABLE_ERRORS = 3;

/**
 * Coerces the variables as Apollo would (graphql-js `getVariableValues`), but stops after a few errors
 * and answers them as ONE error: a list of 1,000 bad enum values is one mistake, and building, formatting
 * and collapsing a thousand errors took seconds. The code is Apollo's (BAD_USER_INPUT, or the scalar's own).
 * Variables of a type the schema lacks are left to validation.
 */
function invalidVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): HubError | undefined {
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length === 0) return undefined;
  if (!definitions.every((definition) => isInputType(typeFromAST(schema, definition.type)))) return undefined;
  const result = getVariableValues(schema, definitions, variables ?? {}, { maxErrors: MAX_VARIABLE_ERRORS });
  if (!('errors' in result) || !result.errors || result.errors.length === 0) return undefined;
  const [first] = result.errors;
  const code = (first!.extensions?.code as ErrorCode | undefined) ?? ErrorCode.BAD_USER_INPUT;
  // Past the limit graphql-js stops checking: the count is "at least".
  const stopped = result.errors.length > MAX_VARIABLE_ERRORS;
  const message = stopped ? `${first!.message} (and more invalid values, not all checked)` : first!.message;
  const more = result.errors.length - 1 - (stopped ? 1 : 0);
  return new HubError(code, message, more > 0 ? { moreErrors: more } : {});
}

/** No stored text may hold a NUL (PostgreSQL refuses it) or an unpaired surrogate (not Unicode). */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function isAcceptableString(value: string): boolean {
  return !value.includes('\u0000') && !UNPAIRED_SURROGATE.test(value);
}

const invalidStringError = (where: string) =>
  new HubError(ErrorCode.INVALID_STRING, `${where} holds a NUL character or an unpaired UTF-16 surrogate`, { where });

function findInvalidStringInDocument(document: DocumentNode): HubError | undefined {
  let found: HubError | undefined;
  visit(document, {
    StringValue(node) {
      if (!isAcceptableString(node.value)) {
        found = invalidStringError('A string in the query');
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function findInvalidStringInVariables(variables: Record<string, unknown> | null | undefined): HubError | undefined {
  // Variables are JSON (no cycles); an explicit stack keeps deep nesting off the call stack.
  const stack: [string, unknown][] = Object.entries(variables ?? {}).map(([name, value]) => [`$${name}`, value]);
  while (stack.length > 0) {
    const [path, value] = stack.pop()!;
    if (typeof value === 'string') {
      if (!isAcceptableString(value)) return invalidStringError(`Variable ${path}`);
    } else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) stack.push([`${path}[${index}]`, item]);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!isAcceptableString(key)) return invalidStringError(`Variable ${path}`);
        stack.push([`${path}.${key}`, item]);
      }
    }
  }
  return undefined;
}

function describe(value: number): string {
  return Number.isFinite(value) && value < 1e15 ? String(Math.round(value)) : 'more than 10^15';
}

interface Estimate {
  /** Field selections with fragments expanded. */
  fields: number;
  /** Fields times the number of objects each is resolved on. */
  cost: number;
}

/** Walks selection sets once per (fragment, page size): a fragment bomb costs linear time to price. */
class CostEstimator {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly priced = new Map<string, Estimate | 'pricing'>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    private readonly variables: Record<string, unknown>,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  estimate(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, pageSize: number): Estimate {
    const total: Estimate = { fields: 0, cost: 0 };
    for (const selection of selectionSet.selections) {
      let part: Estimate;
      if (selection.kind === Kind.FIELD) {
        part = this.estimateField(selection, parentType, pageSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeCondition = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parentType;
        part = this.estimate(selection.selectionSet, typeCondition ?? undefined, pageSize);
      } else {
        part = this.estimateFragment(selection.name.value, pageSize);
      }
      total.fields += part.fields;
      total.cost += part.cost;
    }
    return total;
  }

  private estimateFragment(name: string, pageSize: number): Estimate {
    const key = `${name}/${pageSize}`;
    const known = this.priced.get(key);
    // A fragment cycle is a validation error that Apollo reports; it adds nothing here.
    if (known === 'pricing') return { fields: 0, cost: 0 };
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment) return { fields: 0, cost: 0 };
    this.priced.set(key, 'pricing');
    const estimate = this.estimate(
      fragment.selectionSet,
      this.schema.getType(fragment.typeCondition.name.value) ?? undefined,
      pageSize,
    );
    this.priced.set(key, estimate);
    return estimate;
  }

  private estimateField(field: FieldNode, parentType: GraphQLNamedType | undefined, pageSize: number): Estimate {
    const name = field.name.value;
    const definition =
      parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[name] : undefined;
    if (!field.selectionSet) return { fields: 1, cost: 1 };
    const returnType = definition ? getNullableType(definition.type) : undefined;
    const namedType = definition ? getNamedType(definition.type) : undefined;
    let childPageSize = pageSize;
    if (namedType?.name.endsWith('Connection')) {
      const first = this.intArgument(field, 'first');
      childPageSize = Math.min(Math.max(first ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    } else if (namedType?.name === CHANGE_PAGE) {
      const first = this.intArgument(field, 'first');
      childPageSize = Math.min(Math.max(first ?? DEFAULT_GRAPH_CHANGES, 1), MAX_GRAPH_CHANGES);
    }
    let size = 1;
    if (name === '_entities' && parentType?.name === 'Query') size = this.representationCount(field);
    else if (returnType && isListType(returnType)) size = this.listSize(field, parentType!, pageSize);
    const child = this.estimate(field.selectionSet, namedType, childPageSize);
    return { fields: 1 + child.fields, cost: 1 + size * child.cost };
  }

  private listSize(field: FieldNode, parentType: GraphQLNamedType, pageSize: number): number {
    if (parentType.name.endsWith('Connection') || parentType.name === CHANGE_PAGE) return pageSize;
    const key = `${parentType.name}.${field.name.value}`;
    if (PER_SCHEME_LISTS.has(key)) {
      const schemes = this.argument(field, 'schemes');
      const schemeCount =
        (this.schema.getType('FundingScheme') as GraphQLEnumType | undefined)?.getValues().length ?? DEFAULT_LIST_SIZE;
      return Array.isArray(schemes) && schemes.length > 0 ? Math.min(schemes.length, schemeCount) : schemeCount;
    }
    return KNOWN_LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
  }

  /** A subgraph's `_entities` resolves one object per representation the gateway sent. */
  private representationCount(field: FieldNode): number {
    const value = this.argument(field, 'representations');
    return Array.isArray(value) ? value.length : DEFAULT_LIST_SIZE;
  }

  private argument(field: FieldNode, name: string): unknown {
    const argument = field.arguments?.find((candidate) => candidate.name.value === name);
    return argument ? this.valueOf(argument.value) : undefined;
  }

  private intArgument(field: FieldNode, name: string): number | undefined {
    const value = this.argument(field, name);
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  private valueOf(node: ValueNode): unknown {
    if (node.kind === Kind.VARIABLE) return this.variables[node.name.value];
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.LIST) return node.values;
    return undefined;
  }
}
