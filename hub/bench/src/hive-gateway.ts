/**
 * Hive Gateway (its JavaScript planner) over the same supergraph and subgraphs as ours, for the
 * benchmark to compare against; run as a child process so that its CPU is its own.
 * Env: PORT, SUPERGRAPH_PATH, REGIONS_URL / PROGRAMS_URL / MEETINGS_URL, HIVE_DEDUPLICATE (true|false),
 * HUB_CALLER_TOKEN (a caller token the benchmark signed: our subgraphs answer only callers the gateway vouches for).
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';

let supergraph = await readFile(process.env.SUPERGRAPH_PATH!, 'utf8');
supergraph = supergraph.replace(/join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (whole, name: string) => {
  const url = process.env[`${name.toUpperCase()}_URL`];
  return url ? `join__graph(name: "${name}", url: "${url}")` : whole;
});
const deduplicate = process.env.HIVE_DEDUPLICATE !== 'false';
const gateway = createGatewayRuntime({
  supergraph,
  transports: { http: httpTransport },
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: deduplicate } } },
  logging: false,
  landingPage: false,
  graphqlEndpoint: '/graphql',
  propagateHeaders: { fromClientToSubgraphs: () => ({ 'x-hub-caller': process.env.HUB_CALLER_TOKEN }) },
});
const server = http.createServer(gateway);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ port: (server.address() as { port: number }).port });
});
process.once('SIGTERM', () => {
  server.close();
  void Promise.resolve(gateway.dispose()).then(() => process.exit(0));
});
