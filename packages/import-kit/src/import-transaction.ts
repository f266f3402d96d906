import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/core';
import { bulkExecutor } from '@housing-hub/database';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';

/** One value of a staged row. */
export type StageValue = string | number | null;

/** Rows to stage, in batches, arriving while they are parsed and checked (a batch at a time: no await per row). */
export type StageRows = AsyncIterable<StageValue[][]> | Iterable<StageValue[][]>;

/** A column of a staging table: its name and SQL type. */
export interface StageColumn {
  name: string;
  type: string;
}

/**
 * A staging table's columns written as SQL, `name type` separated by commas (`year smallint, amount_idr
 * numeric(20, 0)`): a dataset declares its staged row the way the database will read it.
 */
export function stageColumns(sql: string): StageColumn[] {
  return sql.split(/,(?![^()]*\))/).map((column) => {
    const [, name, type] = /^\s*(\w+)\s+(.+?)\s*$/.exec(column) ?? [];
    if (!name || !type) throw new Error(`not a staging column: "${column}"`);
    return { name, type };
  });
}

/**
 * The one transaction an import writes in. On PostgreSQL it holds a connection of the pool of its
 * own, so that rows can be streamed into a staging table with `COPY ... FROM STDIN`; on PGlite it is
 * MikroORM's transaction, and rows go in as chunks of JSON bound as one parameter. Parameters are
 * `$1`-style (bind parameters on both).
 */
export interface ImportTransaction {
  readonly kind: 'postgresql' | 'pglite';
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Creates a temporary table (dropped at the end of the transaction) and loads the rows into it as they come. */
  stage(table: string, columns: StageColumn[], rows: StageRows): Promise<void>;
  /** Loads the rows as they come into an existing table (COPY on PostgreSQL), the columns typed as `columns` say. */
  load(table: string, columns: StageColumn[], rows: StageRows): Promise<void>;
}

/** Thrown to roll back a dry run (or a rejected file) and carry its result out of the transaction. */
class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super('rollback');
  }
}

export interface ImportTransactionOptions<T> {
  /** Roll back at the end whatever `work` returns (a dry run, or a result that rejects the file). */
  rollbackIf?: (result: T) => boolean;
}

interface PgPool {
  connect(): Promise<pg.PoolClient>;
  totalCount: number;
}

async function poolOf(em: EntityManager): Promise<PgPool | null> {
  const connection = em.getConnection() as unknown as { getNativeClient?: () => Promise<unknown> };
  const native = await connection.getNativeClient?.();
  const pool = native as Partial<PgPool> | undefined;
  return pool && typeof pool.connect === 'function' && typeof pool.totalCount === 'number' ? (pool as PgPool) : null;
}

/** Runs `work` in one transaction: committed when it returns, rolled back when it throws or `rollbackIf` says so. */
export async function runImportTransaction<T>(
  em: EntityManager,
  work: (tx: ImportTransaction) => Promise<T>,
  options: ImportTransactionOptions<T> = {},
): Promise<T> {
  const pool = await poolOf(em);
  if (pool) return runOnPostgres(pool, work, options);
  try {
    return await em.transactional(async (orm) => {
      const execute = bulkExecutor(orm);
      const tx: ImportTransaction = {
        kind: 'pglite',
        query: async <R>(sql: string, params: unknown[] = []) => (await execute(sql, params)) as R[],
        stage: async (table, columns, rows) => {
          await execute(createStage(table, columns), []);
          await loadWithJson(execute, table, columns, rows);
        },
        load: (table, columns, rows) => loadWithJson(execute, table, columns, rows),
      };
      const result = await work(tx);
      if (options.rollbackIf?.(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as T;
    throw error;
  }
}

async function runOnPostgres<T>(
  pool: PgPool,
  work: (tx: ImportTransaction) => Promise<T>,
  options: ImportTransactionOptions<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('begin');
    // A file of a million rows takes longer than the service's statement timeout; sorting it wants memory.
    await client.query(`set local statement_timeout = '15min'`);
    await client.query(`set local work_mem = '256MB'`);
    const tx: ImportTransaction = {
      kind: 'postgresql',
      query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
      stage: async (table, columns, rows) => {
        await client.query(createStage(table, columns));
        await loadWithCopy(client, table, columns, rows);
      },
      load: (table, columns, rows) => loadWithCopy(client, table, columns, rows),
    };
    let result: T;
    try {
      result = await work(tx);
    } catch (error) {
      await client.query('rollback').catch(() => (broken = true));
      throw error;
    }
    await client.query(options.rollbackIf?.(result) ? 'rollback' : 'commit');
    return result;
  } catch (error) {
    broken ||= !(error instanceof Error) || /Connection terminated/.test(error.message);
    throw error;
  } finally {
    client.release(broken);
  }
}

const createStage = (table: string, columns: StageColumn[]) =>
  `create temporary table ${table} (${columns.map((c) => `${c.name} ${c.type}`).join(', ')}) on commit drop`;

/** One CSV field for COPY: empty unquoted is NULL, anything else quoted when it needs it. */
function csvField(value: StageValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (value === '' || /[",\r\n\\]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

async function loadWithCopy(client: pg.PoolClient, table: string, columns: StageColumn[], rows: StageRows): Promise<void> {
  const sink = client.query(
    copyStreams.from(`copy ${table} (${columns.map((c) => c.name).join(', ')}) from stdin with (format csv)`),
  );
  // Lines are batched into chunks of about 1 MB: one write per chunk keeps the stream cheap.
  async function* chunks(): AsyncGenerator<string> {
    let chunk = '';
    for await (const batch of rows) {
      for (const row of batch) {
        let line = '';
        for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : ',') + csvField(row[i]!);
        chunk += `${line}\n`;
      }
      if (chunk.length >= 1 << 20) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(chunks()), sink);
}

const JSON_CHUNK_ROWS = 20_000;

async function loadWithJson(
  execute: (sql: string, params: unknown[]) => Promise<unknown>,
  table: string,
  columns: StageColumn[],
  rows: StageRows,
): Promise<void> {
  const names = columns.map((c) => c.name).join(', ');
  const sql = `insert into ${table} (${names}) select ${names} from json_to_recordset($1::json) as s(${columns.map((c) => `${c.name} ${c.type}`).join(', ')})`;
  let chunk: Record<string, StageValue>[] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    await execute(sql, [JSON.stringify(chunk)]);
    chunk = [];
  };
  for await (const batch of rows) {
    for (const row of batch) {
      const record: Record<string, StageValue> = {};
      for (const [i, column] of columns.entries()) record[column.name] = row[i]!;
      chunk.push(record);
    }
    if (chunk.length >= JSON_CHUNK_ROWS) await flush();
  }
  await flush();
}
