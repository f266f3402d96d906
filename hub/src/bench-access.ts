/**
 * `npm run bench:access --workspace @housing-hub/hub`: what the access checks cost at the gateway.
 * Starts the whole hub on an in-memory database with the demo data, then sends the same query for
 * the same time, first without a credential (PUBLIC), then with a staff token (signature verified,
 * rights evaluated, a caller token signed for the subgraphs), and prints requests per second of each.
 * `BENCH_SECONDS` (default 10) per run, `BENCH_CONCURRENCY` (default 16).
 */
import { generateLocalKeys } from '@housing-hub/gateway';
import { startHub } from './hub.js';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
// Every bench request comes from 127.0.0.1: the per-caller rate limit would measure itself, not the checks.
process.env.HUB_RATE_LIMIT_POINTS ??= '1000000000';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const QUERY = '{ province(code: "52") { code name regencies { code name kind } } }';

const keys = await generateLocalKeys();
const hub = await startHub({
  location: { kind: 'pglite', dataDir: 'memory://' },
  port: 0,
  subgraphPorts: 'ephemeral',
  seed: { demo: false },
  access: { identity: { kind: 'local', keys }, internalSecret: keys.internalSecret, localKeys: keys },
});
const token = await hub.signToken({ subject: 'bench', roles: ['BP3KP'], areas: ['51', '52'], ttl: '1h' });

async function run(label: string, headers: Record<string, string>): Promise<number> {
  const body = JSON.stringify({ query: QUERY });
  const send = async () => {
    const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const result = (await response.json()) as { errors?: unknown };
    if (result.errors) throw new Error(`${label}: ${JSON.stringify(result.errors)}`);
  };
  for (let i = 0; i < 200; i++) await send(); // warm-up: query plans, JIT, connections
  let count = 0;
  const deadline = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await send();
        count++;
      }
    }),
  );
  const rps = count / SECONDS;
  console.log(
    `${label.padEnd(28)} ${rps.toFixed(0).padStart(6)} requests/s (${count} in ${SECONDS} s, ${CONCURRENCY} concurrent)`,
  );
  return rps;
}

try {
  console.log(`query: ${QUERY}`);
  const anonymous = await run('without credential (PUBLIC)', {});
  const staff = await run('with a bearer token (BP3KP)', { authorization: `Bearer ${token}` });
  const again = await run('without credential, again', {});
  const baseline = (anonymous + again) / 2;
  console.log(`cost of the checks: ${(((baseline - staff) / baseline) * 100).toFixed(1)}% of the anonymous throughput`);
} finally {
  await hub.close();
}
