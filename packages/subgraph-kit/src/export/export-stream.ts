import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/core';
import type pg from 'pg';
import { CopyOutStream } from './copy-out.js';
import { CsvRowAssembler } from './csv-row-assembler.js';
import { sqlLiteral, type ExportColumn, type ExportColumnLookup, type ExportDataset } from './export-dataset.js';
import { csvField, csvLine, jsonLine, type ExportFormat } from './export-format.js';

/** Rows per chunk where the database cannot stream (PGlite): bounded memory, few round trips. */
const CHUNK_ROWS = Number(process.env.HUB_EXPORT_CHUNK_ROWS ?? 5_000);
/** A national export runs longer than the pool's statement timeout (30 s). */
const EXPORT_STATEMENT_TIMEOUT = process.env.HUB_EXPORT_STATEMENT_TIMEOUT ?? '30min';

interface PgPool {
  connect(): Promise<pg.PoolClient>;
  totalCount: number;
}

/** The PostgreSQL pool behind the EntityManager, or null on PGlite. */
async function poolOf(em: EntityManager): Promise<PgPool | null> {
  const connection = em.getConnection() as unknown as { getNativeClient?: () => Promise<unknown> };
  const native = (await connection.getNativeClient?.()) as Partial<PgPool> | undefined;
  return native && typeof native.connect === 'function' && typeof native.totalCount === 'number' ? (native as PgPool) : null;
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

function typed(column: ExportColumn): string {
  if (column.kind === 'integer') return `(${column.sql})::bigint`;
  if (column.kind === 'boolean') return `(${column.sql})::boolean`;
  return `(${column.sql})::text`;
}

/** The export's rows as one SELECT, in key order, each column as text (CSV) or typed (JSON Lines). */
function selectSql(dataset: ExportDataset, conditions: string[], forJson: boolean): string {
  const columns = dataset.columns.map(
    (column) => `${forJson ? typed(column) : `(${column.sql})::text`} as ${quoteName(column.name)}`,
  );
  const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
  return `select ${columns.join(', ')} from ${dataset.table} ${dataset.joins ?? ''} ${where} order by ${dataset.key}`;
}

/** The `COPY (...) TO STDOUT` an export runs on PostgreSQL (exported for the export benchmark). */
export function exportCopyStatement(dataset: ExportDataset, conditions: string[], format: ExportFormat): string {
  const select = selectSql(dataset, conditions, format.name === 'jsonl');
  // JSON Lines through CSV mode with a quote and delimiter that JSON text never holds: each line as it is.
  return format.name === 'jsonl'
    ? `copy (select row_to_json(t)::text from (${select}) t) to stdout with (format csv, quote e'\\x01', delimiter e'\\x02')`
    : `copy (${select}) to stdout with (format csv, header true, delimiter ${sqlLiteral(format.delimiter)})`;
}

/** A CSV export with lookups, as PostgreSQL runs it: the lookups' keys and the fact's own columns, no joins. */
interface NarrowCopy {
  /** The lookups in the order of their keys in each row: `before` of them precede the direct columns. */
  lookups: ExportColumnLookup[];
  before: number;
  copy: string;
}

/**
 * The narrow `COPY` of a CSV export whose dataset has lookups (null otherwise): each row is the
 * lookups' keys, then the columns between the leading and the trailing lookups, in key order
 * (exported for the export benchmark: what the database costs on this path).
 */
export function narrowCopy(dataset: ExportDataset, conditions: string[], format: ExportFormat): NarrowCopy | null {
  if (format.name !== 'csv' || !dataset.lookups?.length) return null;
  const names = dataset.columns.map((column) => column.name);
  const placed = dataset.lookups
    .map((lookup) => ({ lookup, start: names.indexOf(lookup.columns[0]!) }))
    .sort((a, b) => a.start - b.start);
  for (const { lookup, start } of placed)
    if (start === -1 || names.slice(start, start + lookup.columns.length).join('\0') !== lookup.columns.join('\0'))
      throw new Error(`export ${dataset.name}: lookup columns ${lookup.columns.join(', ')} are not consecutive columns`);
  const before: ExportColumnLookup[] = [];
  let front = 0;
  for (const { lookup, start } of placed) {
    if (start !== front) continue;
    before.push(lookup);
    front += lookup.columns.length;
  }
  const after: ExportColumnLookup[] = [];
  let back = names.length;
  for (const { lookup, start } of [...placed].reverse()) {
    if (before.includes(lookup) || start + lookup.columns.length !== back) continue;
    after.unshift(lookup);
    back = start;
  }
  if (before.length + after.length !== placed.length || front >= back)
    throw new Error(`export ${dataset.name}: lookups must come first or last, around at least one column of the fact`);
  const lookups = [...before, ...after];
  const columns = [
    ...lookups.map((lookup, index) => `(${lookup.key})::text as k${index}`),
    ...dataset.columns.slice(front, back).map((column) => `(${column.sql})::text as ${quoteName(column.name)}`),
  ];
  const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
  const select = `select ${columns.join(', ')} from ${dataset.table} ${where} order by ${dataset.key}`;
  return {
    lookups,
    before: before.length,
    copy: `copy (${select}) to stdout with (format csv, delimiter ${sqlLiteral(format.delimiter)})`,
  };
}

/** One export being written: which dataset, under which conditions, in which format, into what. */
export interface ExportRun {
  dataset: ExportDataset;
  conditions: string[];
  format: ExportFormat;
  out: Writable;
}

/**
 * Streams the export into `out` (left open: the caller ends it, with the row count as a trailer) and
 * returns the number of rows. PostgreSQL: one `COPY (...) TO STDOUT` on a connection of the pool,
 * which writes CSV (or JSON Lines, one `row_to_json` per line) itself, its bytes piped to `out` as
 * they come, with backpressure: memory stays flat whatever the size. PGlite (no streaming): chunks
 * of rows after the last key, formatted the same way byte for byte.
 */
export async function streamExport(em: EntityManager, run: ExportRun): Promise<number> {
  const pool = await poolOf(em);
  if (run.format.bom) run.out.write(Buffer.from('\uFEFF'));
  return pool ? copyExport(pool, run) : chunkedExport(em, run);
}

async function copyExport(pool: PgPool, { dataset, conditions, format, out }: ExportRun): Promise<number> {
  const narrow = narrowCopy(dataset, conditions, format);
  const client = await pool.connect();
  let failed: unknown;
  try {
    // Repeatable read: the lookups and the COPY see the same data.
    await client.query(narrow ? 'begin isolation level repeatable read read only' : 'begin read only');
    await client.query(`set local statement_timeout = ${sqlLiteral(EXPORT_STATEMENT_TIMEOUT)}`);
    if (narrow) {
      const render = await Promise.all(narrow.lookups.map((lookup) => renderLookup(client, lookup, format.delimiter)));
      out.write(
        csvLine(
          dataset.columns.map((column) => column.name),
          format.delimiter,
        ),
      );
      const rows = client.query(new CopyOutStream(narrow.copy));
      await pipeline(rows, new CsvRowAssembler(render, narrow.before, format.delimiter, out));
      await client.query('commit');
      return rows.rowCount;
    }
    const rows = client.query(new CopyOutStream(exportCopyStatement(dataset, conditions, format)));
    await pipeline(rows, out, { end: false });
    await client.query('commit');
    return rows.rowCount;
  } catch (error) {
    failed = error;
    throw error;
  } finally {
    // A COPY cut short (the client went away) leaves the connection mid-protocol: it is dropped, not reused.
    client.release(failed instanceof Error ? failed : undefined);
  }
}

/** A lookup's columns for each key, as CSV text (rendered once per key, the way PostgreSQL writes each field). */
async function renderLookup(client: pg.PoolClient, lookup: ExportColumnLookup, delimiter: string) {
  const render = (values: (string | null)[]) => Buffer.from(values.map((value) => csvField(value, delimiter)).join(delimiter));
  const { rows } = await client.query<Record<string, string | null>>(lookup.sql);
  const known = new Map(rows.map((row) => [row.key!, render(lookup.columns.map((_, index) => row[`c${index}`] ?? null))]));
  return (key: string): Buffer | undefined => {
    const fragment = known.get(key);
    if (fragment || !lookup.missing) return fragment;
    const rendered = render(lookup.missing(key));
    known.set(key, rendered);
    return rendered;
  };
}

async function chunkedExport(em: EntityManager, { dataset, conditions, format, out }: ExportRun): Promise<number> {
  const connection = em.getConnection();
  let count = 0;
  const columns = dataset.columns.map((column, index) => `(${column.sql})::text as c${index}`);
  if (format.name === 'csv')
    await write(
      out,
      csvLine(
        dataset.columns.map((column) => column.name),
        format.delimiter,
      ),
    );
  // Each chunk is bounded by keys first (an index read of the table alone), then read with its joins
  // and filters inside those bounds: no plan ever sorts the whole table for one chunk.
  let lastKey: string | null = null;
  for (;;) {
    const after: string[] = lastKey === null ? [] : [`(${dataset.key}) > ${sqlLiteral(lastKey)}`];
    const [bound] = await connection.execute<{ k: string }[]>(
      `select (${dataset.key})::text as k from ${dataset.table} ${after.length > 0 ? `where ${after[0]}` : ''}
       order by ${dataset.key} offset ${CHUNK_ROWS - 1} limit 1`,
      [],
      'all',
    );
    const upTo: string[] = bound ? [`(${dataset.key}) <= ${sqlLiteral(bound.k)}`] : [];
    const where: string[] = [...conditions, ...after, ...upTo];
    const rows: Record<string, string | null>[] = await connection.execute<Record<string, string | null>[]>(
      `select ${columns.join(', ')} from ${dataset.table} ${dataset.joins ?? ''}
       ${where.length > 0 ? `where ${where.join(' and ')}` : ''} order by ${dataset.key}`,
      [],
      'all',
    );
    count += rows.length;
    let text = '';
    for (const row of rows) {
      const values = dataset.columns.map((_, index) => row[`c${index}`] ?? null);
      text += format.name === 'csv' ? csvLine(values, format.delimiter) : jsonLine(dataset.columns, values);
    }
    if (text) await write(out, text);
    if (!bound) break;
    lastKey = bound.k;
  }
  return count;
}

async function write(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new Error('the client went away');
  if (out.write(text)) return;
  const gone = new AbortController();
  try {
    await Promise.race([once(out, 'drain', { signal: gone.signal }), once(out, 'close', { signal: gone.signal })]);
  } finally {
    gone.abort(); // drops the listener of the event that did not come
  }
  if (out.destroyed) throw new Error('the client went away');
}
