import type { EntityManager } from '@mikro-orm/core';
import { keysetCondition, keysetCursorKey, keysetValues, orderByClause, type SortKey } from './ordering.js';
import { toConnection, type Connection, type PageRequest } from './pagination.js';

/** A piece of SQL and the values of its `?` placeholders, in order. */
export interface SqlPart {
  sql: string;
  params: readonly unknown[];
}

/**
 * An ordered list query in the pieces a keyset page is made of:
 * `[with …] select <columns>, <sort values> from <from> [where …] order by <keys>`.
 * The last key must be unique and never null (the primary key): see `keysetCondition`.
 */
export interface KeysetQuery {
  /** The common table expressions (without the word `with`) the FROM clause joins, if any. */
  readonly with?: SqlPart | null;
  /** The FROM clause with its joins, e.g. `programs.proposal p`; it takes no parameters (they go in `with`). */
  readonly from: string;
  readonly conditions: readonly SqlPart[];
  readonly keys: readonly SortKey[];
}

function assemble(query: KeysetQuery, select: string, extraConditions: readonly SqlPart[]): SqlPart {
  const conditions = [...query.conditions, ...extraConditions];
  const withClause = query.with ? `with ${query.with.sql} ` : '';
  const where = conditions.length > 0 ? ` where ${conditions.map((c) => c.sql).join(' and ')}` : '';
  return {
    sql: `${withClause}select ${select} from ${query.from}${where}`,
    params: [...(query.with?.params ?? []), ...conditions.flatMap((c) => c.params)],
  };
}

/** The rows of the query with their sort values (under the keys' aliases), in order: after `after`, at most `limit`. */
export function keysetSelect(
  query: KeysetQuery,
  columns: string,
  after: readonly unknown[] | null,
  limit: number | null,
): SqlPart {
  const sortColumns = query.keys.map((key) => `${key.expr} as ${key.alias}`).join(', ');
  const rows = assemble(query, `${columns}, ${sortColumns}`, after ? [keysetCondition(query.keys, after)] : []);
  return {
    sql: `${rows.sql} order by ${orderByClause(query.keys)}${limit != null ? ' limit ?' : ''}`,
    params: [...rows.params, ...(limit != null ? [limit] : [])],
  };
}

/** How many rows the query matches over all pages. */
export function keysetCount(query: KeysetQuery): SqlPart {
  return assemble(query, 'count(*)::int as count', []);
}

/** The sort values of a row as its cursor carries them: dates as ISO text, numbers as numbers, the rest as text. */
function sortValuesOf(row: Record<string, unknown>, keys: readonly SortKey[]): unknown[] {
  return keys.map((key) => {
    const value = row[key.alias];
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value.toISOString();
    return typeof value === 'number' ? value : String(value);
  });
}

/**
 * One page of the query (rows and count in parallel), each node with a cursor that carries its sort
 * values: no gap and no repeat between pages, whatever the ordering. `toNode` gets a row's selected
 * columns (the sort values taken out).
 */
export async function keysetPage<Row extends object, Node>(
  em: EntityManager,
  query: KeysetQuery,
  columns: string,
  page: PageRequest,
  toNode: (row: Row) => Node,
): Promise<Connection<Node>> {
  const select = keysetSelect(query, columns, keysetValues(page, query.keys), page.size + 1);
  const count = keysetCount(query);
  const connection = em.getConnection();
  const [rows, [{ count: totalCount }]] = await Promise.all([
    connection.execute<Record<string, unknown>[]>(select.sql, [...select.params], 'all'),
    connection.execute<{ count: number }[]>(count.sql, [...count.params], 'all'),
  ]);
  const sortAliases = new Set(query.keys.map((key) => key.alias));
  const cursors = new Map<Node, string>();
  const nodes = (rows as Record<string, unknown>[]).map((row) => {
    const node = toNode(Object.fromEntries(Object.entries(row).filter(([name]) => !sortAliases.has(name))) as Row);
    cursors.set(node, keysetCursorKey(sortValuesOf(row, query.keys)));
    return node;
  });
  return toConnection(nodes, page, Number(totalCount), (node) => cursors.get(node)!);
}
