import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** One generated request: a query over the public schema, with literal arguments, sometimes malformed. */
export interface FuzzCase {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

// Values a client might send by mistake or in malice, next to well-formed ones.
const hostileString = fc.oneof(
  fc.constantFrom(
    '52',
    '52.01',
    '61.72',
    '99',
    '5',
    '',
    '0000-01-01',
    '2025-02-30',
    '9999-12-31',
    '-1',
    'null',
    "'; drop table x; --",
    '\u0000',
    '\ud800',
    '😀',
    'a'.repeat(2000),
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const hostileInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 20, 100, 101, 2025, 1899, 2101, 2147483647, -2147483648),
  fc.integer({ min: -5, max: 3000 }),
);

function printString(value: string): string {
  return JSON.stringify(value);
}

/** A GraphQL literal for an input type: right most of the time, wrong some of the time. */
function literal(type: GraphQLInputType, depth: number): fc.Arbitrary<string> {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (isListType(type))
    return fc.array(literal(type.ofType, depth + 1), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
  const named = getNamedType(type);
  const wrong = fc.oneof(hostileString.map(printString), hostileInt.map(String), fc.constant('null'));
  let right: fc.Arbitrary<string>;
  if (isEnumType(named)) right = fc.constantFrom(...named.getValues().map((value) => value.name));
  else if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    right =
      depth > 2
        ? fc.constant('{}')
        : fc
            .subarray(fields, { maxLength: Math.min(4, fields.length) })
            .chain((chosen) =>
              chosen.length === 0
                ? fc.constant('{}')
                : fc
                    .tuple(...chosen.map((field) => literal(field.type, depth + 1).map((value) => `${field.name}: ${value}`)))
                    .map((parts) => `{ ${parts.join(', ')} }`),
            );
  } else if (isScalarType(named) && named.name === 'Int') right = hostileInt.map(String);
  else if (isScalarType(named) && named.name === 'Float') right = fc.double({ noNaN: true, noDefaultInfinity: true }).map(String);
  else if (isScalarType(named) && named.name === 'Boolean') right = fc.boolean().map(String);
  else right = hostileString.map(printString);
  return fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

function argumentsOf(args: readonly GraphQLArgument[]): fc.Arbitrary<string> {
  if (args.length === 0) return fc.constant('');
  return fc
    .tuple(
      ...args.map((arg) =>
        isNonNullType(arg.type)
          ? literal(arg.type, 0).map((value) => `${arg.name}: ${value}`)
          : fc.option(
              literal(arg.type, 0).map((value) => `${arg.name}: ${value}`),
              { nil: undefined },
            ),
      ),
    )
    .map((parts) => parts.filter(Boolean))
    .map((parts) => (parts.length ? `(${parts.join(', ')})` : ''));
}

function selection(schema: GraphQLSchema, type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (isUnionType(type) || (isInterfaceType(type) && !isObjectType(type))) return fc.constant('__typename');
  if (!isObjectType(type) && !isInterfaceType(type)) return fc.constant('');
  const fields = Object.values(type.getFields()).filter((field) => depth < 3 || isLeaf(field));
  if (fields.length === 0) return fc.constant('__typename');
  const pick = fc.subarray(fields, { minLength: 1, maxLength: Math.min(4, fields.length) });
  return pick.chain((chosen) =>
    fc.tuple(...chosen.map((field) => fieldSelection(schema, field, depth + 1))).map((parts) => parts.join(' ')),
  );
}

function isLeaf(field: GraphQLField<unknown, unknown>): boolean {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named);
}

function fieldSelection(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<string> {
  const named = getNamedType(field.type);
  return fc
    .tuple(
      argumentsOf(field.args),
      fc.option(fc.constantFrom('a', 'b', 'x1'), { freq: 6, nil: undefined }),
      isLeaf(field) ? fc.constant('') : selection(schema, named, depth),
    )
    .map(
      ([args, alias, inner]) =>
        `${alias ? `${alias}: ` : ''}${field.name}${args}${inner ? ` { ${inner} }` : isLeaf(field) ? '' : ' { __typename }'}`,
    );
}

/** Queries over the schema's root fields: up to three root fields, three levels deep, with hostile arguments and now and then a broken document. */
export function fuzzCases(schema: GraphQLSchema): fc.Arbitrary<FuzzCase> {
  const queryType = schema.getQueryType()!;
  const roots = Object.values(queryType.getFields());
  const wellFormed = fc
    .subarray(roots, { minLength: 1, maxLength: 3 })
    .chain((chosen) => fc.tuple(...chosen.map((field) => fieldSelection(schema, field, 1))))
    .map((parts) => ({ query: `query Fuzz { ${parts.join(' ')} }`, operationName: 'Fuzz' }));
  const mangled = fc
    .tuple(wellFormed, fc.nat(), fc.constantFrom('{', '}', '(', '$', '...', '"', '@skip', '\u0000', 'fragment'))
    .map(([request, at, junk]) => ({
      query:
        request.query.slice(0, at % (request.query.length + 1)) + junk + request.query.slice(at % (request.query.length + 1)),
    }));
  const wrongOperation = wellFormed.map((request) => ({ ...request, operationName: 'NotThere' }));
  const variables = fc.tuple(hostileString, hostileInt).map(([code, year]) => ({
    query: 'query V($code: ID!, $year: Int!) { regency(code: $code) { name funding(year: $year) { units } } }',
    variables: { code, year },
  }));
  return fc.oneof(
    { weight: 8, arbitrary: wellFormed },
    { weight: 1, arbitrary: mangled },
    { weight: 1, arbitrary: wrongOperation },
    { weight: 1, arbitrary: variables },
  );
}

/** What counts as a finding. */
export interface FuzzTally {
  cases: number;
  crashes: number;
  http5xx: number;
  internalErrors: number;
  errorsWithoutCode: number;
  leaks: number;
  examples: string[];
}

export function emptyTally(): FuzzTally {
  return { cases: 0, crashes: 0, http5xx: 0, internalErrors: 0, errorsWithoutCode: 0, leaks: 0, examples: [] };
}

// Stack frames, file paths or SQL in an answer are leaks.
const LEAK =
  /\n\s+at |\.[jt]s:\d+|node_modules|\bselect\s.+\sfrom\s|\binsert into\b|relation "|syntax error at or near|postgres(ql)?:\/\//i;

/** Sends one case and records what was wrong with the answer. */
export async function runCase(url: string, request: FuzzCase, tally: FuzzTally): Promise<void> {
  tally.cases++;
  const note = (kind: string, detail: string) => {
    if (tally.examples.length < 10) tally.examples.push(`${kind}: ${request.query.slice(0, 200)} -> ${detail.slice(0, 300)}`);
  };
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(30_000),
    });
    text = await response.text();
  } catch (error) {
    tally.crashes++;
    note('crash', String(error));
    return;
  }
  if (response.status >= 500) {
    tally.http5xx++;
    note(`HTTP ${response.status}`, text);
  }
  if (LEAK.test(text)) {
    tally.leaks++;
    note('leak', text);
  }
  let body: { errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    tally.crashes++;
    note('not JSON', text);
    return;
  }
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') {
      tally.errorsWithoutCode++;
      note('no code', JSON.stringify(error));
    } else if (code === 'INTERNAL_SERVER_ERROR') {
      tally.internalErrors++;
      note('internal', JSON.stringify(error));
    }
  }
}
