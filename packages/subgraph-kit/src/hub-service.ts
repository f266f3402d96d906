import type { Constructor, EntityClass, EntityManager, MikroORM } from '@mikro-orm/core';
import {
  databaseLocationFromEnv,
  describeLocation,
  openEmbeddedDatabase,
  openServiceOrm,
  readDataVersion,
  type DatabaseConnection,
  type Migration,
  type ServiceOrm,
  type VersionIgnoredColumns,
} from '@housing-hub/database';
import type { Subgraph } from './build-subgraph.js';
import type { ExportDataset } from './export/export-dataset.js';
import type { TrackedTable } from '@housing-hub/database';
import type { RequestScope } from './context.js';
import type { RunningHttpServer } from './http-server.js';
import type { LocalExport } from './export/local-export.js';
import { startSubgraphServer } from './subgraph-server.js';

export interface SeedOptions {
  /** Load the modeled demo dataset (reference data such as the area frame is always loaded). */
  demo: boolean;
}

/**
 * What a subgraph service is, for whoever runs it (its own `main.ts`, the one-process hub, tests):
 * its schema, its database schema and migrations, what it builds per request (services, loaders) and its seed.
 */
export interface HubService<Services = unknown, Loaders = unknown> extends RequestScope<Services, Loaders> {
  /** The subgraph name, which is also its PostgreSQL schema: `regions`, `programs`, `meetings`. */
  name: string;
  defaultPort: number;
  entities: EntityClass<object>[];
  migrations: Constructor<Migration>[];
  buildSubgraph(): Promise<Subgraph>;
  /** The datasets it owns and serves as files (`/export/<name>.<format>`, routed by the gateway). */
  exports?: () => Promise<ExportDataset[]>;
  /** The tables its change log follows (the same list its change-log migration was made from). */
  changeLog?: TrackedTable[];
  /** Columns whose writes change no cacheable answer, so they leave the data version alone. */
  versionIgnoredColumns?: VersionIgnoredColumns;
  /** Idempotent: loads what is missing, never duplicates. */
  seed(em: EntityManager, options: SeedOptions): Promise<void>;
}

export interface OpenServiceDatabaseOptions {
  /** Sees every SQL statement the service runs (tests count them). */
  onSql?: (sql: string) => void;
}

/** Opens the service's own schema on the connection and applies its pending migrations (no seeding). */
export function openServiceDatabase(
  service: HubService,
  connection: DatabaseConnection,
  options: OpenServiceDatabaseOptions = {},
): Promise<ServiceOrm> {
  return openServiceOrm({
    schema: service.name,
    entities: service.entities,
    migrations: service.migrations,
    connection,
    onSql: options.onSql,
    versionIgnoredColumns: service.versionIgnoredColumns,
  });
}

export interface StartServiceOptions {
  connection: DatabaseConnection;
  port?: number;
  host?: string;
  onSql?: (sql: string) => void;
  seed?: SeedOptions;
  /** The secret the gateway signs caller tokens with; the subgraph refuses any request without one. */
  internalSecret: string;
}

export interface RunningService {
  name: string;
  orm: MikroORM;
  server: RunningHttpServer;
  /** Its exports, for a gateway in the same process (none when it serves no datasets). */
  localExport?: LocalExport;
  close(): Promise<void>;
}

/** Opens the service's database (migrating it), seeds it, and serves its subgraph. */
export async function startService<Services, Loaders>(
  service: HubService<Services, Loaders>,
  options: StartServiceOptions,
): Promise<RunningService> {
  const orm = await openServiceDatabase(service, options.connection, { onSql: options.onSql });
  try {
    await service.seed(orm.em.fork(), options.seed ?? { demo: true });
    const subgraph = await service.buildSubgraph();
    const server = await startSubgraphServer({
      subgraph,
      em: orm.em,
      scope: service,
      port: options.port ?? service.defaultPort,
      host: options.host,
      internalSecret: options.internalSecret,
      dataVersion: () => readDataVersion(orm, service.name),
      exports: service.exports && {
        schema: service.name,
        datasets: await service.exports(),
        changeLog: service.changeLog ?? [],
      },
    });
    return {
      name: service.name,
      orm,
      server,
      localExport: server.localExport,
      close: async () => {
        await server.close();
        await orm.close();
      },
    };
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}

/** A subgraph run alone must share the gateway's secret: without it no request could be trusted. */
export function internalSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.HUB_INTERNAL_SECRET?.trim();
  if (!secret) throw new Error('HUB_INTERNAL_SECRET is not set: the gateway and every subgraph must share it');
  return secret;
}

/**
 * Runs one service alone, configured from the environment: `DATABASE_URL` (or the embedded database
 * in `HUB_DATA_DIR`), `<NAME>_PORT`, `HOST`, `HUB_DEMO_DATA` (`false` to skip the demo dataset), `HUB_INTERNAL_SECRET` (shared with the gateway).
 */
export async function runServiceFromEnv<Services, Loaders>(service: HubService<Services, Loaders>): Promise<RunningService> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const location = databaseLocationFromEnv();
  const connection: DatabaseConnection =
    location.kind === 'postgresql' ? location : { kind: 'pglite', pglite: await openEmbeddedDatabase(location.dataDir) };
  const port = Number(process.env[`${service.name.toUpperCase()}_PORT`] ?? service.defaultPort);
  const running = await startService(service, {
    connection,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    seed: { demo: process.env.HUB_DEMO_DATA !== 'false' },
    internalSecret: internalSecretFromEnv(),
  });
  console.log(`${service.name} subgraph on ${running.server.url} (${describeLocation(location)})`);
  const stop = async () => {
    await running.close();
    if (connection.kind === 'pglite') await connection.pglite.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return running;
}
