import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/**
 * Scalars every subgraph shares, with one definition each so that composition sees the same types.
 * `Date` is a calendar date (`2025-06-12`), named on the fields that hold one; `DateTime` an instant in
 * ISO 8601 with offset, the type of every JavaScript `Date` field.
 */
export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  // graphql-scalars accepts any RFC 3339 year, 0000 included; the hub's facts lie between 1900 and 2100,
  // and a year outside them is the client's mistake, not something for the database to choke on.
  parseValue: (value) => withinHubYears(DateResolver.parseValue(value)),
  parseLiteral: (ast, variables) => withinHubYears(DateResolver.parseLiteral(ast, variables)),
});

function withinHubYears(value: unknown): unknown {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (year < 1900 || year > 2100)
      throw new GraphQLError(`Date out of range: the year must be between 1900 and 2100, got ${year}`);
  }
  return value;
}

export const HubScalars = {
  map: [{ type: Date, scalar: DateTimeResolver }],
};

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

function asDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text))
    throw new GraphQLError(`Decimal expected as a string of digits with an optional fraction ("37.98"), got ${String(value)}`);
  return text;
}

/**
 * An exact decimal as a string ("37.98", "0.05", "17.00"): never a float, so no digit is ever lost,
 * and the scale the publisher gave (17.00) is kept. Stored as PostgreSQL `numeric`, read as text.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "37.98" (PostgreSQL numeric; never a float)',
  serialize: asDecimal,
  parseValue: asDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== 'StringValue' && ast.kind !== 'IntValue' && ast.kind !== 'FloatValue')
      throw new GraphQLError('Decimal expected as a string, e.g. "37.98"');
    return asDecimal(ast.value);
  },
});
