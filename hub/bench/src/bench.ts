/**
 * `npm run bench` (`-- --embedded` for PGlite, `-- --no-large` to skip the large profile, `-- --only-large`
 * for the large profile alone: our gateway and the programs subgraph, no Hive Gateway): starts the
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
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createSubgraphClient, DEFAULT_SUPERGRAPH_PATH } from '@housing-hub/gateway';
import { ANONYMOUS, CALLER_HEADER, internalKey, signCallerToken } from '@housing-hub/subgraph-kit';
import { hubServices, startHub } from '@housing-hub/hub';
import { countedStatuses, FundingGroup, FundingService, loadLargeProfile, winnerBit } from '@housing-hub/programs';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { createTestDatabase } from '@housing-hub/testing';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const embedded = process.argv.includes('--embedded');
const withLarge = !embedded && !process.argv.includes('--no-large');
const onlyLarge = process.argv.includes('--only-large');
if (onlyLarge && !withLarge)
  throw new Error(
    '--only-large measures the large profile, which is loaded on PostgreSQL only (not with --embedded or --no-large)',
  );
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
    `${onlyLarge ? 'the large profile only' : `${ROUNDS} interleaved rounds of ${SECONDS} s per cell, ${CONNECTIONS} connections`}; ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}; ` +
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
const client = createSubgraphClient({ maxSockets: CONNECTIONS, requestTimeoutMs: 30_000 });
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
const codes = (await loadAreaFrame()).regencies.map((regency) => regency.code);
const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}x`;
const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** Queries (a), (b), (c) through every target, interleaved: the first part of the report. */
async function compareGateways(): Promise<void> {
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
  console.log(
    `- (b) / (a) through our gateway with the response cache (warm): ${ratio(rate(b, oursCached), rate(a, oursCached))}`,
  );
  if (embedded) {
    // The issue's goal for the newcomer's default: 5x what the embedded hub answered when it was filed
    // (39 and 27 requests/s). The hub runs with deduplication on; the cache row is its best case.
    const goals = { [b]: 39 * 5, [c]: 27 * 5 };
    for (const label of [b, c])
      console.log(
        `- ${label}, embedded: ${rate(label, oursDedup).toFixed(0)} requests/s dedup on without the cache, ` +
          `${rate(label, oursCached).toFixed(0)} with it warm (goal: at least ${goals[label]}, 5x the ${goals[label]! / 5} measured when the issue was filed)`,
      );
  }
}
if (!onlyLarge) await compareGateways();

// ---- fundingSummary on the large profile against hand-written GROUP BYs ----
/*
 * The goal compares a read through two HTTP hops (client -> gateway -> subgraph) with a statement run in
 * this process, so beside the round trips the table prints where the time goes: the programs
 * subgraph's own time per request, from the request's arrival to the answer's last byte (Node's
 * `http.server.*` diagnostics channels), and the service's statement alone (FundingService, the
 * statement the resolver runs and its rows mapped, no GraphQL), next to hand-written GROUP BYs that
 * read the same rows of the rollup (delivered statuses, the winning source) and the facts.
 */
if (withLarge) {
  const programs = hub.services.find((service) => service.name === 'programs')!;
  const report = await loadLargeProfile(programs.orm.em.fork());
  console.log(
    `\nlarge profile: ${report.rows.toLocaleString('en')} realization rows (loaded in ${(report.milliseconds / 1000).toFixed(1)} s); load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  const ITERATIONS = Number(process.env.BENCH_LARGE_ITERATIONS ?? 20);
  // Server-side time of each request the programs subgraph answers (whoever sent it).
  const programsPort = new URL(subgraphUrl('programs')).port;
  const arrivals = new WeakMap<IncomingMessage, number>();
  let serverTimes: number[] = [];
  const onArrival = ({ request, server }: { request: IncomingMessage; server: Server }) => {
    if (String((server.address() as AddressInfo | null)?.port) === programsPort) arrivals.set(request, performance.now());
  };
  const onFinish = ({ request }: { request: IncomingMessage }) => {
    const arrived = arrivals.get(request);
    if (arrived !== undefined) serverTimes.push(performance.now() - arrived);
  };
  diagnostics.subscribe('http.server.request.start', onArrival as (message: unknown) => void);
  diagnostics.subscribe('http.server.response.finish', onFinish as (message: unknown) => void);
  const median = (times: number[]) =>
    percentile(
      [...times].sort((x, y) => x - y),
      0.5,
    );
  /** p50 of `work` (after 3 runs to warm up), and of the programs subgraph's own time for the same runs. */
  async function timed(work: () => Promise<unknown>): Promise<{ p50: number; server: number }> {
    for (let i = 0; i < 3; i += 1) await work();
    const times: number[] = [];
    serverTimes = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    return { p50: median(times), server: median(serverTimes) };
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
  // What the subgraph sums: the delivered statuses' rows of the rollup, of the source chosen for each kab/kota, year and scheme.
  const counted = `status in ('REALIZED', 'IN_PROGRESS') and wins_for & ${winnerBit(countedStatuses(null))} <> 0`;
  const GROUP_BY: Record<FundingGroup, { columns: string; factsColumns: string }> = {
    [FundingGroup.NATIONAL]: { columns: '', factsColumns: '' },
    [FundingGroup.PROVINCE]: { columns: 'province_code, ', factsColumns: 'province_code, ' },
    [FundingGroup.REGENCY]: { columns: 'province_code, regency_code, ', factsColumns: 'province_code, regency_code, ' },
  };
  const funding = () => new FundingService(programs.orm.em.fork());
  console.log(
    '\n| fundingSummary (large profile) | through our gateway p50 ms | programs subgraph alone p50 ms | its server-side time p50 ms | its statement alone p50 ms | hand-written GROUP BY over the rollup p50 ms | hand-written GROUP BY over the facts p50 ms |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const rawSql = async (sql: string) => (await timed(() => programs.orm.em.fork().getConnection().execute(sql, [], 'all'))).p50;
  const figures: Record<string, { gateway: number; server: number; rollup: number }> = {};
  for (const groupBy of Object.values(FundingGroup)) {
    const { columns, factsColumns } = GROUP_BY[groupBy];
    const gateway = await timed(() => graphql(ours.url, SUMMARY, { year: YEAR, groupBy }));
    const alone = await timed(() => graphql(subgraphUrl('programs'), SUMMARY, { year: YEAR, groupBy }));
    // As the resolver runs it for SUMMARY, which selects no `source`.
    const statement = await timed(() => funding().summary({ years: [YEAR], groupBy, withSource: false }));
    const rollup = await rawSql(
      `select ${columns}scheme, sum(units), sum(amount_idr) from programs.funding_rollup where year = ${YEAR} and ${counted} group by ${columns}scheme`,
    );
    const facts = await rawSql(
      `select ${factsColumns}scheme, sum(units), sum(amount_idr) from programs.realization where year = ${YEAR} and status in ('REALIZED', 'IN_PROGRESS') group by ${factsColumns}scheme`,
    );
    figures[groupBy] = { gateway: gateway.p50, server: alone.server, rollup };
    console.log(
      `| ${groupBy} | ${gateway.p50.toFixed(1)} | ${alone.p50.toFixed(1)} | ${alone.server.toFixed(1)} | ${statement.p50.toFixed(1)} | ${rollup.toFixed(1)} | ${facts.toFixed(1)} |`,
    );
  }
  const representations = codes.map((code) => ({ __typename: 'Regency', code }));
  const entities = await timed(() =>
    graphql(
      subgraphUrl('programs'),
      `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { funding(year: ${YEAR}) { scheme units amountIdr } } } }`,
      { r: representations },
    ),
  );
  const keys = codes.map((code) => ({ code, year: YEAR, statuses: countedStatuses(null) }));
  const entitiesStatement = await timed(() => funding().regencyFunding(keys));
  console.log(
    `| Regency.funding for all ${codes.length} kab/kota (one _entities fetch to programs) | | ${entities.p50.toFixed(1)} | ${entities.server.toFixed(1)} | ${entitiesStatement.p50.toFixed(1)} | | |`,
  );
  diagnostics.unsubscribe('http.server.request.start', onArrival as (message: unknown) => void);
  diagnostics.unsubscribe('http.server.response.finish', onFinish as (message: unknown) => void);
  console.log(
    '\nratios (p50, this run): through our gateway / hand-written GROUP BY over the rollup; the programs subgraph server-side / the same',
  );
  for (const [groupBy, figure] of Object.entries(figures))
    console.log(
      `- ${groupBy}: ${ratio(figure.gateway, figure.rollup)} (two HTTP hops against one statement in process); server-side ${ratio(figure.server, figure.rollup)}`,
    );
}

for (const child of children) child.kill('SIGTERM');
client.close();
await hub.close();
await database.drop();
process.exit(0);
