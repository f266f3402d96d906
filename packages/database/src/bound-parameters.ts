import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { CompiledQuery } from 'kysely';

/*
 * MikroORM's `execute(sql, params)` (raw SQL and the entity manager's own queries) inlines every
 * parameter as a literal, so each area code or year makes a new statement text that PostgreSQL
 * parses and plans from scratch. Here the values go as bind parameters instead ($1, $2, ...), and
 * on PostgreSQL each statement text is prepared once per connection (a named statement), so its
 * parse and plan are reused. Results are those of the inlined statement: a number is bound with the
 * type its literal would have had (int4, int8 or numeric), a boolean as boolean, a string untyped
 * like a quoted literal; anything else (dates, JSON objects, raw fragments) keeps the inlined path.
 */

type Bindable = string | number | boolean | bigint;

export interface BoundStatement {
  sql: string;
  values: unknown[];
}

/**
 * An absent optional value (undefined, also inside a list) as SQL null: inlined, MikroORM would write the
 * word `undefined`, and bound, it has no type to go as. Applied once to the parameters, before either path.
 */
export function absentAsNull(params: readonly unknown[]): unknown[] {
  return params.map((value) => (value === undefined ? null : Array.isArray(value) ? absentAsNull(value) : value));
}

/**
 * Rewrites MikroORM's placeholders as `formatQuery` reads them (`?` a value, `??` an identifier,
 * `\?` a literal question mark, an array a comma-separated list); undefined when a value is not
 * one this can bind exactly as the literal it replaces. `params` have been through `absentAsNull`.
 */
export function bindStatement(
  query: string,
  params: readonly unknown[],
  quoteIdentifier: (id: string) => string,
): BoundStatement | undefined {
  // A statement written with $n placeholders of its own is left as it is.
  if (/\$\d/.test(query)) return undefined;
  const values: unknown[] = [];
  let sql = '';
  let next = 0;
  let position = 0;
  const placeholder = (value: unknown): string | undefined => {
    if (value === null) return 'null';
    if (Array.isArray(value)) {
      const parts = value.map(placeholder);
      return parts.includes(undefined) ? undefined : parts.join(', ');
    }
    const typed = typedPlaceholder(value as Bindable, values.length + 1);
    if (typed === undefined) return undefined;
    values.push(typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);
    return typed;
  };
  while (position < query.length) {
    const index = query.indexOf('?', position);
    if (index === -1) {
      sql += query.slice(position);
      break;
    }
    if (index > 0 && query[index - 1] === '\\') {
      sql += `${query.slice(position, index - 1)}?`;
      position = index + 1;
      continue;
    }
    if (next >= params.length) return undefined;
    if (query[index + 1] === '?') {
      const identifier = params[next++];
      if (typeof identifier !== 'string') return undefined;
      sql += query.slice(position, index) + quoteIdentifier(identifier);
      position = index + 2;
      continue;
    }
    const bound = placeholder(params[next++]);
    if (bound === undefined) return undefined;
    sql += query.slice(position, index) + bound;
    position = index + 1;
  }
  if (next !== params.length || values.length === 0) return undefined;
  return { sql, values };
}

/** `$n` with the type PostgreSQL gives the literal it replaces; undefined when not bindable exactly. */
function typedPlaceholder(value: Bindable, n: number): string | undefined {
  switch (typeof value) {
    case 'string':
      return `$${n}`;
    case 'bigint':
      // MikroORM quotes a bigint as a string literal: untyped, like a string.
      return `$${n}`;
    case 'boolean':
      return `$${n}::boolean`;
    case 'number':
      if (!Number.isFinite(value)) return undefined;
      if (Number.isInteger(value))
        return Math.abs(value) <= 2_147_483_647 ? `$${n}::int4` : Number.isSafeInteger(value) ? `$${n}::int8` : undefined;
      return `$${n}::numeric`;
    default:
      return undefined;
  }
}

interface ConnectionInternals {
  execute(
    query: unknown,
    params?: unknown,
    method?: 'all' | 'get' | 'run',
    ctx?: unknown,
    loggerContext?: unknown,
  ): Promise<unknown>;
  ensureConnection(): Promise<void>;
  getClient(): { executeQuery(query: CompiledQuery, abort?: unknown): Promise<unknown> };
  executeQuery<T>(sql: string, run: () => Promise<T>, context?: unknown): Promise<T>;
  transformRawResult(result: unknown, method: 'all' | 'get' | 'run'): unknown;
  getSql(query: string, formatted: string, loggerContext?: unknown): string;
  platform: { formatQuery(sql: string, params: readonly unknown[]): string; quoteIdentifier(id: string): string };
}

/** Makes the ORM's `execute` send bind parameters (see above); the SQL reported to `onQuery` is unchanged. */
export function bindParameters(orm: MikroORM): void {
  const connection = orm.em.getConnection() as unknown as ConnectionInternals;
  const inlined = connection.execute.bind(connection);
  const onQuery = orm.config.get('onQuery') as (sql: string, params: readonly unknown[]) => string;
  connection.execute = async (query, params = [], method = 'all', ctx, loggerContext) => {
    const values = Array.isArray(params) ? absentAsNull(params) : params;
    const bound =
      typeof query === 'string' && Array.isArray(values) && values.length > 0 && loggerContext === undefined
        ? bindStatement(query, values, (id) => connection.platform.quoteIdentifier(id))
        : undefined;
    if (!bound) return inlined(query, values, method, ctx, loggerContext);
    await connection.ensureConnection();
    const reported = onQuery(query as string, values as unknown[]);
    const formatted = connection.platform.formatQuery(reported, values as unknown[]);
    return connection.executeQuery(
      connection.getSql(reported, formatted),
      async () => {
        const client = (ctx as ReturnType<ConnectionInternals['getClient']> | undefined) ?? connection.getClient();
        return connection.transformRawResult(await client.executeQuery(CompiledQuery.raw(bound.sql, bound.values)), method);
      },
      { query: reported, params: values, formatted },
    );
  };
}

/** The name a statement text is prepared under on a PostgreSQL connection. */
const statementName = (text: string) => `hub_${createHash('sha1').update(text).digest('base64url')}`;

interface QueryableClient {
  query(text: unknown, values?: unknown, callback?: unknown): unknown;
}

/**
 * For `pg`'s pool (MikroORM's `onPoolCreated`): a statement with bind parameters is prepared once per
 * connection under a name derived from its text, and executed from then on without parsing it again.
 */
export function prepareNamedStatements(pool: {
  on(event: 'connect', listener: (client: QueryableClient) => void): unknown;
}): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client);
    client.query = (text: unknown, values?: unknown, callback?: unknown) =>
      typeof text === 'string' && Array.isArray(values) && values.length > 0 && typeof callback !== 'function'
        ? query({ name: statementName(text), text, values })
        : query(text, values, callback);
  });
}
