import { databaseLocationFromEnv, describeLocation } from '@housing-hub/database';
import { startHub } from './hub.js';

const startedAt = performance.now();
const location = databaseLocationFromEnv();
console.log(`Starting the housing data hub on ${describeLocation(location)} ...`);
const hub = await startHub({ location, seed: { demo: process.env.HUB_DEMO_DATA !== 'false' } });
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
console.log(`Housing data hub ready in ${seconds} s (${rssMb} MB resident): ${hub.url}`);
for (const service of hub.services) console.log(`  ${service.name.padEnd(9)} ${service.server.url}`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await hub.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
