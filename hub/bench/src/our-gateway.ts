/**
 * Our gateway alone in a child process (its CPU is its own), on a free loopback port that it
 * reports to the benchmark (or on `PORT`). Env: REGIONS_URL / PROGRAMS_URL / MEETINGS_URL, GATEWAY_DEDUPLICATE_FETCHES.
 */
import { accessConfigFromEnv, startGateway, subgraphUrlsFromEnv } from '@housing-hub/gateway';

const gateway = await startGateway({
  port: Number(process.env.PORT ?? 0),
  host: '127.0.0.1',
  subgraphUrls: subgraphUrlsFromEnv(),
  access: await accessConfigFromEnv(),
});
process.send?.({ port: gateway.port });
process.once('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
