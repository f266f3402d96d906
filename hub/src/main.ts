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

// SIGTERM/SIGINT: stop taking requests, let those in flight finish (bounded by HUB_SHUTDOWN_GRACE_MS),
// close the database, exit 0. A second signal, or a close that hangs, ends the process anyway.
let stopping = false;
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) {
    console.log(`${signal} again: exiting now`);
    process.exit(1);
  }
  stopping = true;
  console.log(`${signal}: draining requests in flight, then closing the database ...`);
  const deadline = Number(process.env.HUB_SHUTDOWN_GRACE_MS ?? 5_000) + 3_000;
  setTimeout(() => {
    console.error(`shutdown did not finish in ${deadline} ms: exiting`);
    process.exit(1);
  }, deadline).unref();
  await hub.close();
  console.log('Housing data hub stopped');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
