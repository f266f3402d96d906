import { databaseLocationFromEnv, describeLocation, openEmbeddedDatabase, type DatabaseConnection } from '@housing-hub/database';

/** The database the scripts work on: `DATABASE_URL`, else the embedded PGlite in `HUB_DATA_DIR` (as the hub). */
export async function connectionFromEnv(): Promise<{
  connection: DatabaseConnection;
  description: string;
  close(): Promise<void>;
}> {
  const location = databaseLocationFromEnv();
  if (location.kind === 'postgresql')
    return { connection: location, description: describeLocation(location), close: async () => undefined };
  const pglite = await openEmbeddedDatabase(location.dataDir);
  return { connection: { kind: 'pglite', pglite }, description: describeLocation(location), close: () => pglite.close() };
}
