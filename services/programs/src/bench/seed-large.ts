/**
 * `npm run seed:large --workspace @housing-hub/programs`: loads the large profile (>= 1,000,000
 * realization rows: FLPP one row per mortgage) into the hub's database (`DATABASE_URL`, else the
 * embedded PGlite in `HUB_DATA_DIR`, default `.data/pglite`), after the demo dataset if it is not there.
 */
import { openServiceDatabase } from '@housing-hub/subgraph-kit';
import { loadLargeProfile } from '../large-profile.js';
import { seedDemo, seedPrograms } from '../programs.seed.js';
import { programsService } from '../programs.subgraph.js';
import { connectionFromEnv } from './profile-database.js';

const database = await connectionFromEnv();
console.log(`Loading the large profile into ${database.description} ...`);
const orm = await openServiceDatabase(programsService, database.connection);
try {
  const demoStarted = performance.now();
  await seedPrograms(orm.em.fork());
  const seeded = await seedDemo(orm.em.fork());
  if (seeded) console.log(`demo dataset loaded in ${((performance.now() - demoStarted) / 1000).toFixed(1)} s`);
  const report = await loadLargeProfile(orm.em.fork());
  console.log(
    report.added === 0
      ? `large profile already loaded: ${report.rows.toLocaleString('en')} realization rows`
      : `large profile loaded in ${(report.milliseconds / 1000).toFixed(1)} s: ${report.rows.toLocaleString('en')} realization rows (+${report.added.toLocaleString('en')})`,
  );
} finally {
  await orm.close();
  await database.close();
}
