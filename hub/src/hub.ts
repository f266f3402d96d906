import {
  databaseLocationFromEnv,
  openEmbeddedDatabase,
  type DatabaseConnection,
  type DatabaseLocation,
  type PGlite,
} from '@housing-hub/database';
import {
  accessConfigFromEnv,
  signStaffToken,
  startGateway,
  type AccessConfig,
  type StaffTokenClaims,
} from '@housing-hub/gateway';
import {
  startService,
  type HubService,
  type LocalExport,
  type RunningService,
  type SeedOptions,
} from '@housing-hub/subgraph-kit';
import { hubServices } from './hub-services.js';

export interface HubOptions {
  /** Where the data lives; defaults to the environment (`DATABASE_URL`, else embedded in `HUB_DATA_DIR`). */
  location?: DatabaseLocation;
  /** An already open connection (tests pass a fresh database). Takes precedence over `location`. */
  connection?: DatabaseConnection;
  /** Gateway port (0: any free port). */
  port?: number;
  host?: string;
  /** Where the subgraphs listen (`SUBGRAPH_HOST`): localhost unless told otherwise, only the gateway is for clients. */
  subgraphHost?: string;
  /** `ephemeral`: every subgraph on a free port (tests); `default`: 4001, 4002, ... or `<NAME>_PORT`. */
  subgraphPorts?: 'default' | 'ephemeral';
  seed?: SeedOptions;
  onSql?: (sql: string) => void;
  services?: HubService[];
  /** Identity keys and the internal secret; defaults to the environment (generated in the access folder). */
  access?: AccessConfig;
}

export interface RunningHub {
  /** The gateway's GraphQL URL. */
  url: string;
  services: RunningService[];
  connection: DatabaseConnection;
  /** The internal secret the gateway signs caller tokens with (tests forge and tamper with them). */
  internalSecret: string;
  /** Signs a staff token with the embedded hub's key (refused when an identity provider is configured). */
  signToken(claims: StaffTokenClaims): Promise<string>;
  /** Stops one subgraph (outage tests). */
  stopService(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole hub in one process: one database for every subgraph (each in its own schema), every
 * subgraph on its own port, and the gateway in front.
 */
export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  let ownedPglite: PGlite | undefined;
  let connection = options.connection;
  if (!connection) {
    const location = options.location ?? databaseLocationFromEnv();
    if (location.kind === 'postgresql') connection = location;
    else {
      ownedPglite = await openEmbeddedDatabase(location.dataDir);
      connection = { kind: 'pglite', pglite: ownedPglite };
    }
  }
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const subgraphHost = options.subgraphHost ?? process.env.SUBGRAPH_HOST ?? '127.0.0.1';
  const access = options.access ?? (await accessConfigFromEnv());
  const services: RunningService[] = [];
  try {
    for (const service of options.services ?? hubServices) {
      const envPort = process.env[`${service.name.toUpperCase()}_PORT`];
      const port = options.subgraphPorts === 'ephemeral' ? 0 : Number(envPort ?? service.defaultPort);
      services.push(
        await startService(service, {
          connection,
          port,
          host: subgraphHost,
          onSql: options.onSql,
          seed: options.seed,
          internalSecret: access.internalSecret,
        }),
      );
    }
    // The gateway asks the subgraphs here for their exports in process: no loopback HTTP copy of every byte.
    const localExports = new Map<string, LocalExport>();
    for (const service of services) if (service.localExport) localExports.set(service.name, service.localExport);
    const gateway = await startGateway({
      port: options.port ?? Number(process.env.PORT ?? 4000),
      host,
      subgraphUrls: Object.fromEntries(services.map((s) => [s.name, s.server.url])),
      localExports,
      access,
    });
    const stopped = new Set<string>();
    return {
      url: gateway.url,
      services,
      connection,
      internalSecret: access.internalSecret,
      async signToken(claims) {
        if (!access.localKeys) throw new Error('An identity provider is configured: its tokens are the only ones accepted');
        return signStaffToken(access.localKeys, claims);
      },
      async stopService(name) {
        const service = services.find((s) => s.name === name);
        if (!service || stopped.has(name)) return;
        stopped.add(name);
        // A stopped subgraph answers nothing, in process or not: the gateway finds it unavailable.
        localExports.delete(name);
        await service.close();
      },
      async close() {
        await gateway.close();
        for (const service of services) if (!stopped.has(service.name)) await service.close();
        await ownedPglite?.close();
      },
    };
  } catch (error) {
    for (const service of services) await service.close().catch(() => undefined);
    await ownedPglite?.close().catch(() => undefined);
    throw error;
  }
}
