import 'reflect-metadata';
import { registerEnumType } from 'type-graphql';
import { encodeCursor, type PageRequest } from './pagination.js';
import { ErrorCode, HubError } from './errors.js';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending; missing values always come last',
});

/** One sort key of an ordered list, as SQL: an expression over the row and a direction. */
export interface SortKey {
  /** A SQL expression the query selects under `alias` (so the cursor can carry its value). */
  expr: string;
  alias: string;
  direction: SortDirection;
}

/** `order by` for the keys, missing values last whatever the direction (so a ranking lists areas without data at the end). */
export function orderByClause(keys: readonly SortKey[]): string {
  return keys.map((key) => `${key.expr} ${key.direction === SortDirection.DESC ? 'desc' : 'asc'} nulls last`).join(', ');
}

/**
 * The condition "comes after the row whose sort values are `values`" for a keyset page under any
 * ordering: (k1 after v1) or (k1 = v1 and k2 after v2) or ... The last key must be unique and never
 * null (the primary key), which makes the order total and the pages free of gaps and duplicates.
 * With missing values last: after a value come the greater (or smaller) ones and every missing one;
 * after a missing value, only rows equal on that key can follow, on the next keys.
 */
export function keysetCondition(keys: readonly SortKey[], values: readonly unknown[]): { sql: string; params: unknown[] } {
  const alternatives: string[] = [];
  const params: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const parts: string[] = [];
    const partParams: unknown[] = [];
    for (let j = 0; j < i; j++) {
      if (values[j] === null) parts.push(`${keys[j]!.expr} is null`);
      else {
        parts.push(`${keys[j]!.expr} = ?`);
        partParams.push(values[j]);
      }
    }
    const key = keys[i]!;
    if (values[i] === null) continue; // nothing comes after a missing value on this key alone
    parts.push(`(${key.expr} ${key.direction === SortDirection.DESC ? '<' : '>'} ? or ${key.expr} is null)`);
    partParams.push(values[i]);
    alternatives.push(`(${parts.join(' and ')})`);
    params.push(...partParams);
  }
  return { sql: alternatives.length > 0 ? `(${alternatives.join(' or ')})` : 'false', params };
}

/** The cursor of a row in an ordered list: its sort values (the key last), so the next page starts right after it. */
export function keysetCursorKey(values: readonly unknown[]): string {
  return JSON.stringify(values);
}

/** The sort values a cursor carries; INVALID_CURSOR when it was made for another ordering. */
export function keysetValues(page: PageRequest, keys: readonly SortKey[]): unknown[] | null {
  if (page.afterKey === null) return null;
  let values: unknown;
  try {
    values = JSON.parse(page.afterKey);
  } catch {
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== keys.length ||
    values.some((v) => v !== null && typeof v !== 'string' && typeof v !== 'number')
  ) {
    throw new HubError(ErrorCode.INVALID_CURSOR, 'The cursor belongs to another ordering or is not one this API issued', {
      argument: 'after',
      value: encodeCursor(page.afterKey),
    });
  }
  return values;
}
