import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/**
 * Scalars every subgraph shares, with one definition each so that composition sees the same types.
 * `Date` is a calendar date (`2025-06-12`), named on the fields that hold one; `DateTime` an instant in
 * ISO 8601 with offset, the type of every JavaScript `Date` field.
 */
export const DateScalar = DateResolver;

export const HubScalars = {
  map: [
    { type: Date, scalar: DateTimeResolver },
  ],
};
