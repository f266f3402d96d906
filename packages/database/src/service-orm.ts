import 'reflect-metadata';
import type { Constructor, EntityClass, MikroORM } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import { MikroORM as PgliteMikroORM } from '@mikro-orm/pglite';
import { MikroORM as PostgreSqlMikroORM } from '@mikro-orm/postgresql';
import type { PGlite } from '@electric-sql/pglite';
import { installDataVersion, type VersionIgnoredColumns } from './data-version.js';
import { bindParameters, prepareNamedStatements } from './bound-parameters.js';
import { preparedStatementClient } from './pglite-statements.js';

/** The database one service talks to: a PostgreSQL URL, or the hub's shared embedded instance. */
export type DatabaseConnection = { kind: 'postgresql'; url: string; poolMax?: number } | { kind: 'pglite'; pglite: PGlite };

export interface ServiceOrmOptions {
  /** The PostgreSQL schema this service owns, e.g. `regions`. Nothing else is ever written. */
  schema: string;
  entities: EntityClass<object>[];
  migrations: Constructor<Migration>[];
  connection: DatabaseConnection;
  /** Sees every SQL statement the service runs (tests count them). */
  onSql?: (sql: string) => void;
  /** Columns whose writes leave the data version alone (see `installDataVersion`). */
  versionIgnoredColumns?: VersionIgnoredColumns;
}

export type ServiceOrm = MikroORM;

const CONNECT_TIMEOUT_MS = Number(process.env.HUB_DB_CONNECT_TIMEOUT_MS ?? 5_000);
const STATEMENT_TIMEOUT_MS = Number(process.env.HUB_DB_STATEMENT_TIMEOUT_MS ?? 30_000);
const POOL_MAX = Number(process.env.HUB_DB_POOL_MAX ?? 10);

/** Starts MikroORM for one service and applies its pending migrations (all or nothing). */
export async function openServiceOrm(options: ServiceOrmOptions): Promise<ServiceOrm> {
  const { schema, entities, migrations, connection, onSql, versionIgnoredColumns } = options;
  const common = {
    entities,
    schema,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    onQuery: (sql: string) => {
      onSql?.(sql);
      return sql;
    },
    schemaGenerator: { ignoreSchema: [] as string[] },
    migrations: {
      tableName: 'mikro_orm_migrations',
      schema,
      migrationsList: migrations.map((migration) => ({ name: migration.name, class: migration })),
      snapshot: false,
      snapshotOnMigrate: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
  };

  const orm: MikroORM =
    connection.kind === 'postgresql'
      ? await PostgreSqlMikroORM.init({
          ...common,
          clientUrl: connection.url,
          pool: { min: 0, max: connection.poolMax ?? POOL_MAX, idleTimeoutMillis: 30_000 },
          driverOptions: {
            connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
            statement_timeout: STATEMENT_TIMEOUT_MS,
            application_name: `housing-hub-${schema}`,
            onPoolCreated: prepareNamedStatements,
          },
        })
      : await PgliteMikroORM.init({
          ...common,
          dbName: 'postgres',
          driverOptions: { pglite: preparedStatementClient(connection.pglite) },
        });

  bindParameters(orm);
  try {
    await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
    await orm.migrator.up();
    await installDataVersion(orm, schema, versionIgnoredColumns);
    await hideOtherSchemas(orm, schema);
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}

/**
 * Hides every other schema of the database from this service's schema generator, so that a migration
 * generated against a database shared with other services never drops their tables. Read from the
 * database rather than from a list of services, so that the database package knows no service.
 */
async function hideOtherSchemas(orm: MikroORM, schema: string): Promise<void> {
  const rows: { schema_name: string }[] = await orm.em
    .getConnection()
    .execute('select schema_name from information_schema.schemata where schema_name <> ?', [schema]);
  orm.config.get('schemaGenerator').ignoreSchema = rows.map((row) => row.schema_name);
}
