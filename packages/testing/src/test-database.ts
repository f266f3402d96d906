import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openEmbeddedDatabase, type DatabaseConnection } from '@housing-hub/database';

export interface TestDatabase {
  connection: DatabaseConnection;
  /** `postgresql` or `pglite`, for test names and skips. */
  kind: DatabaseConnection['kind'];
  /** PostgreSQL only: ends every connection to the database (`pg_terminate_backend`), as a failover or an admin would; returns how many. */
  terminateConnections?(): Promise<number>;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file. With `TEST_DATABASE_URL` (an admin URL of a real
 * PostgreSQL server) a new database is created and dropped afterwards; without it, an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!adminUrl) {
    const pglite = await openEmbeddedDatabase('memory://');
    return { connection: { kind: 'pglite', pglite }, kind: 'pglite', drop: () => pglite.close() };
  }
  const name = `hub_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    connection: { kind: 'postgresql', url: url.toString(), poolMax: 5 },
    kind: 'postgresql',
    async terminateConnections() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        const result = await client.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [name],
        );
        return result.rowCount ?? 0;
      } finally {
        await client.end();
      }
    },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
