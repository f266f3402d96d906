/**
 * `npm run bench` (`-- --embedded` for PGlite, `-- --no-large` to skip the large profile): starts the
 * hub's subgraphs on a fresh PostgreSQL database (`BENCH_DATABASE_URL`, an admin URL, default
 * postgres://postgres@127.0.0.1:5432/postgres; the database is dropped afterwards), our gateway and
 * Hive Gateway as child processes on loopback ports, and measures in interleaved rounds:
 *   (a) regency(code) { code name kind bpsCode }                    random codes
 *   (b) regency(code) { name need funding coverage }                random codes
 *   (c) the NTB coverage operation (schema/operations/ntb-coverage.graphql)
 * through our gateway, straight to the regions subgraph for (a), and through Hive Gateway, each
 * with deduplication of identical in-flight subgraph fetches off and on, and through our gateway with
 * its response cache (in memory), cold and warm: its cold row is the first read of every key (each of
 * the 514 codes once, in random order: all misses), its warm row what follows (all hits until a write).
 * It prints requests/s, p50,
 * p99, SQL statements per request, gateway CPU per request and the CPU per request of this process (the
 * subgraphs and their database when embedded, plus the load generator itself), then fundingSummary on the large
 * profile (PostgreSQL only) against hand-written GROUP BYs. Bounded: BENCH_ROUNDS (3) rounds of
 * BENCH_SECONDS (3) per cell, at most BENCH_MAX_REQUESTS (20,000) requests per cell,
 * BENCH_CONNECTIONS (20) connections; BENCH_PORT_BASE: the first of the ten ports the run listens on (else free ones).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createSubgraphClient, DEFAULT_SUPERGRAPH_PATH } from '@housing-hub/gateway';
import { ANONYMOUS, CALLER_HEADER, internalKey, signCallerToken } from '@housing-hub/subgraph-kit';
import { hubServices, startHub } from '@housing-hub/hub';
import { loadLargeProfile } from '@housing-hub/programs';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { createTestDatabase } from '@housing-hub/testing';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const embedded = process.argv.includes('--embedded');
const withLarge = !embedded && !process.argv.includes('--no-large');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const MAX_REQUESTS = Number(process.env.BENCH_MAX_REQUESTS ?? 20_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const YEAR = 2025;
// BENCH_PORT_BASE: every server of the run listens on the ports from there up (about ten); else on free ones.
const PORT_BASE = process.env.BENCH_PORT_BASE ? Number(process.env.BENCH_PORT_BASE) : undefined;
let portsTaken = 0;
const nextPort = () => (PORT_BASE === undefined ? 0 : PORT_BASE + portsTaken++);

// ---- the hub's subgraphs, in this process (so that their SQL can be counted) ----
if (!embedded) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
else delete process.env.TEST_DATABASE_URL;
const database = await createTestDatabase();
let statements = 0;
const bootStarted = performance.now();
if (PORT_BASE !== undefined)
  for (const service of hubServices) process.env[`${service.name.toUpperCase()}_PORT`] = String(nextPort());
const hub = await startHub({
  connection: database.connection.kind === 'postgresql' ? { ...database.connection, poolMax: 10 } : database.connection,
  port: nextPort(),
  subgraphPorts: PORT_BASE === undefined ? 'ephemeral' : 'default',
  host: '127.0.0.1',
  seed: { demo: true },
  onSql: () => (statements += 1),
});
const subgraphUrl = (name: string) => hub.services.find((service) => service.name === name)!.server.url;
console.log(
  `hub: ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL'}, demo dataset, up in ${((performance.now() - bootStarted) / 1000).toFixed(1)} s; ` +
    `${ROUNDS} interleaved rounds of ${SECONDS} s per cell, ${CONNECTIONS} connections; ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}; ` +
    // Every process of the run (subgraphs here, both gateways) runs under this one NODE_ENV: `npm run bench` sets production.
    `NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`,
);

// ---- the gateways, each a child process of its own ----
const subgraphEnv = Object.fromEntries(hub.services.map((service) => [`${service.name.toUpperCase()}_URL`, service.server.url]));
const children: ChildProcess[] = [];
// A run that fails part-way leaves no gateway behind.
process.once('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});
// Our subgraphs answer only callers the gateway vouches for: the subgraph alone and Hive Gateway send
// an anonymous caller token (what our gateway signs for a request without credential), valid for the run.
const callerToken = await signCallerToken(ANONYMOUS, internalKey(hub.internalSecret), 24 * 3600);
// The rate limit per client address would stop the load from one address within seconds.
const unlimited = { HUB_RATE_LIMIT_POINTS: '1000000000' };
async function startChild(script: string, env: Record<string, string>): Promise<{ url: string; pid: number }> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    env: { ...process.env, ...subgraphEnv, ...env, PORT: String(nextPort()) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, pid: child.pid! };
}
const supergraphPath = fileURLToPath(DEFAULT_SUPERGRAPH_PATH);
interface Target {
  name: string;
  url: string;
  pid?: number;
  headers?: Record<string, string>;
}
const ours: Target = {
  name: 'our gateway, dedup off',
  ...(await startChild('./our-gateway.js', { ...unlimited, GATEWAY_DEDUPLICATE_FETCHES: 'false', HUB_RESPONSE_CACHE: 'false' })),
};
const oursDedup: Target = {
  name: 'our gateway, dedup on',
  ...(await startChild('./our-gateway.js', { ...unlimited, GATEWAY_DEDUPLICATE_FETCHES: 'true', HUB_RESPONSE_CACHE: 'false' })),
};
// The response cache in memory (the default): its SQL per request includes the data version reads.
const oursCached: Target = {
  name: 'our gateway, dedup on, response cache (warm)',
  ...(await startChild('./our-gateway.js', { ...unlimited, GATEWAY_DEDUPLICATE_FETCHES: 'true', HUB_RESPONSE_CACHE: 'true' })),
};
const hive: Target = {
  name: 'Hive Gateway (JS), dedup off',
  ...(await startChild('./hive-gateway.js', {
    HIVE_DEDUPLICATE: 'false',
    SUPERGRAPH_PATH: supergraphPath,
    HUB_CALLER_TOKEN: callerToken,
  })),
};
const hiveDedup: Target = {
  name: 'Hive Gateway (JS), dedup on',
  ...(await startChild('./hive-gateway.js', {
    HIVE_DEDUPLICATE: 'true',
    SUPERGRAPH_PATH: supergraphPath,
    HUB_CALLER_TOKEN: callerToken,
  })),
};
const subgraph: Target = {
  name: 'regions subgraph alone',
  url: subgraphUrl('regions'),
  headers: { [CALLER_HEADER]: callerToken },
};

// ---- the queries ----
const codes = (await loadAreaFrame()).regencies.map((regency) => regency.code);
const randomCode = () => codes[Math.floor(Math.random() * codes.length)]!;
const ntbCoverage = readFileSync(new URL('../../../schema/operations/ntb-coverage.graphql', import.meta.url), 'utf8');
interface Workload {
  label: string;
  body: () => string;
  /** Every distinct request of the workload (the response cache's cold row reads each once). */
  keys: () => string[];
  targets: Target[];
}
const shuffled = <T>(list: readonly T[]): T[] => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};
const A = 'query A($code: ID!) { regency(code: $code) { code name kind bpsCode } }';
const B = `query B($code: ID!) { regency(code: $code) { name need(year: ${YEAR}) { year households uninhabitableHomes } funding(year: ${YEAR}) { scheme units amountIdr } coverage(year: ${YEAR}) { fundedUnits ratio } } }`;
const workloads: Workload[] = [
  {
    label: '(a) regency { code name kind bpsCode }',
    body: () => JSON.stringify({ query: A, variables: { code: randomCode() } }),
    keys: () => shuffled(codes).map((code) => JSON.stringify({ query: A, variables: { code } })),
    targets: [ours, oursDedup, oursCached, subgraph, hive, hiveDedup],
  },
  {
    label: '(b) regency { name need funding coverage }',
    body: () => JSON.stringify({ query: B, variables: { code: randomCode() } }),
    keys: () => shuffled(codes).map((code) => JSON.stringify({ query: B, variables: { code } })),
    targets: [ours, oursDedup, oursCached, hive, hiveDedup],
  },
  {
    label: '(c) NTB coverage operation',
    body: () => JSON.stringify({ query: ntbCoverage }),
    keys: () => [JSON.stringify({ query: ntbCoverage })],
    targets: [ours, oursDedup, oursCached, hive, hiveDedup],
  },
];

// ---- the load: a bounded loop of CONNECTIONS concurrent keep-alive clients ----
const client = createSubgraphClient({ maxSockets: CONNECTIONS, requestTimeoutMs: 30_000 });
const TICKS_PER_SECOND = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
function cpuMs(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

interface Cell {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  statements: number;
  cpuMs: number;
  hubCpuMs: number;
}
const cells = new Map<string, Cell>();

/**
 * Loads `target` for `seconds` with random requests of the workload, or, given `once`, sends each of
 * those requests exactly once (the response cache's cold row); `record` keeps the figures.
 */
async function run(workload: Workload, target: Target, seconds: number, record: boolean, once?: string[]): Promise<void> {
  const deadline = once ? Number.POSITIVE_INFINITY : performance.now() + seconds * 1000;
  const queue = once ? [...once] : undefined;
  const nextBody = () => (queue ? queue.pop() : workload.body());
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const statementsBefore = statements;
  const cpuBefore = cpuMs(target.pid);
  const hubCpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline && sent < MAX_REQUESTS) {
        const body = nextBody();
        if (body === undefined) break;
        sent += 1;
        const requestStarted = performance.now();
        // A failed request (e.g. a keep-alive socket the server closed as it was reused) counts as an error.
        const text = await client
          .fetch(target.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...target.headers },
            body,
          })
          .then(async (response) => (response.ok ? response.text() : `HTTP ${response.status} "errors"`))
          .catch((error: Error) => `${error.message} "errors"`);
        latencies.push(performance.now() - requestStarted);
        if (text.includes('"errors"')) {
          errors += 1;
          if (errors === 1) console.error(`${target.name} ${workload.label}: ${text.slice(0, 300)}`);
        }
      }
    }),
  );
  if (!record) return;
  const key = `${workload.label}|${target.name}`;
  const hubCpu = process.cpuUsage(hubCpuBefore);
  const cell = cells.get(key) ?? { requests: 0, errors: 0, seconds: 0, latencies: [], statements: 0, cpuMs: 0, hubCpuMs: 0 };
  cell.hubCpuMs += (hubCpu.user + hubCpu.system) / 1000;
  cell.requests += latencies.length;
  cell.errors += errors;
  cell.seconds += (performance.now() - started) / 1000;
  cell.latencies.push(...latencies);
  cell.statements += statements - statementsBefore;
  cell.cpuMs += cpuMs(target.pid) - cpuBefore;
  cells.set(key, cell);
}

for (const workload of workloads) {
  for (const target of workload.targets) if (target !== oursCached) await run(workload, target, 1, false);
}
// The response cache's cold row: the first read of every key (a miss each), which also warms it for
// its warm row (so it needs no warm-up of its own). A workload with one key has no cold row worth a rate: its first read is printed below.
const oursCold: Target = { ...oursCached, name: 'our gateway, dedup on, response cache (cold: first read of each key)' };
const firstReads = new Map<string, number>();
for (const workload of workloads) {
  const keys = workload.keys();
  if (keys.length > 1) await run(workload, oursCold, 0, true, keys);
  else {
    const started = performance.now();
    await run(workload, oursCached, 0, false, keys);
    firstReads.set(workload.label, performance.now() - started);
  }
}
const rowsOf = (workload: Workload) =>
  workload.targets.flatMap((target) =>
    target === oursCached && cells.has(`${workload.label}|${oursCold.name}`) ? [oursCold, target] : [target],
  );
for (let round = 0; round < ROUNDS; round += 1) {
  for (const workload of workloads) for (const target of workload.targets) await run(workload, target, SECONDS, true);
}

// ---- the report ----
const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const rate = (label: string, target: Target) => {
  const cell = cells.get(`${label}|${target.name}`)!;
  return cell.requests / cell.seconds;
};
console.log(
  '\n| query | through | requests/s | p50 ms | p99 ms | SQL statements / request | gateway CPU ms / request | subgraphs CPU ms / request | errors |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const workload of workloads) {
  for (const target of rowsOf(workload)) {
    const cell = cells.get(`${workload.label}|${target.name}`)!;
    const sorted = [...cell.latencies].sort((x, y) => x - y);
    const cpu = target.pid ? (cell.cpuMs / cell.requests).toFixed(2) : '-';
    console.log(
      `| ${workload.label} | ${target.name} | ${(cell.requests / cell.seconds).toFixed(0)} | ${percentile(sorted, 0.5).toFixed(1)} | ${percentile(sorted, 0.99).toFixed(1)} | ` +
        `${(cell.statements / cell.requests).toFixed(2)} | ${cpu} | ${(cell.hubCpuMs / cell.requests).toFixed(2)} | ${cell.errors} |`,
    );
  }
}
const [a, b, c] = workloads.map((workload) => workload.label) as [string, string, string];
const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`;
console.log('\nratios (requests/s, this run):');
console.log(`- (a) our gateway / regions subgraph alone: ${ratio(rate(a, ours), rate(a, subgraph))}`);
for (const label of [a, b, c]) {
  console.log(
    `- ${label}: ours / Hive, dedup off: ${ratio(rate(label, ours), rate(label, hive))}; dedup on: ${ratio(rate(label, oursDedup), rate(label, hiveDedup))}`,
  );
}
console.log(`- (b) / (a) through our gateway: ${ratio(rate(b, ours), rate(a, ours))}`);
for (const label of [a, b]) {
  console.log(
    `- ${label}: response cache warm / off (dedup on): ${ratio(rate(label, oursCached), rate(label, oursDedup))}; ` +
      `cold / off: ${ratio(rate(label, oursCold), rate(label, oursDedup))}`,
  );
}
console.log(
  `- ${c}: response cache warm / off (dedup on): ${ratio(rate(c, oursCached), rate(c, oursDedup))}; ` +
    `its first read through the cache: ${firstReads.get(c)!.toFixed(0)} ms`,
);
console.log(
  `- (a) our gateway with the response cache / regions subgraph alone: warm ${ratio(rate(a, oursCached), rate(a, subgraph))}, ` +
    `cold ${ratio(rate(a, oursCold), rate(a, subgraph))}`,
);
console.log(`- (b) / (a) through our gateway with the response cache (warm): ${ratio(rate(b, oursCached), rate(a, oursCached))}`);

// ---- fundingSummary on the large profile against hand-written GROUP BYs ----
if (withLarge) {
  const programs = hub.services.find((service) => service.name === 'programs')!;
  const report = await loadLargeProfile(programs.orm.em.fork());
  console.log(
    `\nlarge profile: ${report.rows.toLocaleString('en')} realization rows (loaded in ${(report.milliseconds / 1000).toFixed(1)} s)`,
  );
  const ITERATIONS = 20;
  async function timed(work: () => Promise<unknown>): Promise<number> {
    for (let i = 0; i < 3; i += 1) await work();
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    return percentile(
      times.sort((x, y) => x - y),
      0.5,
    );
  }
  async function graphql(url: string, query: string, variables: object): Promise<void> {
    const text = await (
      await client.fetch(url, {
        method: 'POST',
        // The gateway ignores a client's caller header (it signs its own); a subgraph alone needs one.
        headers: { 'content-type': 'application/json', [CALLER_HEADER]: callerToken },
        body: JSON.stringify({ query, variables }),
      })
    ).text();
    if (text.includes('"errors"')) throw new Error(text.slice(0, 300));
  }
  const SUMMARY =
    'query S($year: Int!, $groupBy: FundingGroup) { fundingSummary(year: $year, groupBy: $groupBy) { province { code } regency { code } scheme units amountIdr } }';
  const GROUP_BY = {
    NATIONAL: `select scheme, sum(units), sum(amount_idr) from programs.realization where year = ${YEAR} group by scheme`,
    PROVINCE: `select province_code, scheme, sum(units), sum(amount_idr) from programs.realization where year = ${YEAR} group by province_code, scheme`,
    REGENCY: `select regency_code, scheme, sum(units), sum(amount_idr) from programs.realization where year = ${YEAR} group by regency_code, scheme`,
  };
  console.log(
    '\n| fundingSummary (large profile) | through our gateway p50 ms | programs subgraph alone p50 ms | hand-written GROUP BY over the rollup p50 ms | hand-written GROUP BY over the facts p50 ms |',
  );
  console.log('|---|---:|---:|---:|---:|');
  const rawSql = (sql: string) => timed(() => programs.orm.em.fork().getConnection().execute(sql, [], 'all'));
  for (const [groupBy, sql] of Object.entries(GROUP_BY)) {
    const gateway = await timed(() => graphql(ours.url, SUMMARY, { year: YEAR, groupBy }));
    const alone = await timed(() => graphql(subgraphUrl('programs'), SUMMARY, { year: YEAR, groupBy }));
    const rollup = await rawSql(sql.replace('programs.realization', 'programs.funding_rollup'));
    const facts = await rawSql(sql);
    console.log(`| ${groupBy} | ${gateway.toFixed(1)} | ${alone.toFixed(1)} | ${rollup.toFixed(1)} | ${facts.toFixed(1)} |`);
  }
  const representations = codes.map((code) => ({ __typename: 'Regency', code }));
  const entities = await timed(() =>
    graphql(
      subgraphUrl('programs'),
      `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { funding(year: ${YEAR}) { scheme units amountIdr } } } }`,
      { r: representations },
    ),
  );
  console.log(
    `| Regency.funding for all ${codes.length} kab/kota (one _entities fetch to programs) | | ${entities.toFixed(1)} | | |`,
  );
}

for (const child of children) child.kill('SIGTERM');
client.close();
await hub.close();
await database.drop();
process.exit(0);
