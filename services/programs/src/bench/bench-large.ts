/**
 * `npm run bench:large --workspace @housing-hub/programs`: loads the demo dataset and the large profile
 * into a database, then measures `fundingSummary` (and the per-kab/kota funding batch the gateway sends
 * for all 514 kab/kota) against the programs subgraph over HTTP. Prints load times, row count and
 * latencies. Database: `DATABASE_URL` when set (the profile is loaded into it), else a fresh in-memory PGlite.
 */
import { openEmbeddedDatabase, type DatabaseConnection } from '@housing-hub/database';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import {
  generateInternalSecret,
  internalKey,
  signCallerToken,
  startService,
  ANONYMOUS,
  CALLER_HEADER,
} from '@housing-hub/subgraph-kit';
import { countedStatuses, winnerBit } from '../funding.service.js';
import { loadLargeProfile } from '../large-profile.js';
import { programsService } from '../programs.subgraph.js';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 30);
const url = process.env.DATABASE_URL?.trim();
const pglite = url ? undefined : await openEmbeddedDatabase('memory://');
const connection: DatabaseConnection = url ? { kind: 'postgresql', url } : { kind: 'pglite', pglite: pglite! };
console.log(`database: ${url ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite, in memory'}`);

const bootStarted = performance.now();
const internalSecret = generateInternalSecret();
const service = await startService(programsService, { connection, port: 0, seed: { demo: true }, internalSecret });
// The subgraph answers only a caller token; this script plays the gateway for an anonymous reader.
const callerToken = await signCallerToken(ANONYMOUS, internalKey(internalSecret), 3_600);
console.log(
  `programs subgraph up with the demo dataset in ${((performance.now() - bootStarted) / 1000).toFixed(1)} s (migrations, seed, schema)`,
);
const report = await loadLargeProfile(service.orm.em.fork());
console.log(
  `large profile: ${report.rows.toLocaleString('en')} realization rows; load ${(report.milliseconds / 1000).toFixed(1)} s (+${report.added.toLocaleString('en')} rows)`,
);

async function post(query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(service.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CALLER_HEADER]: callerToken },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Runs `work` 3 times to warm up, then ITERATIONS times, and prints the median and p95, and the CPU
 * this process spent per run (subgraph and client together, PostgreSQL not included): on a loaded
 * machine the CPU time moves far less than the latency does.
 */
async function timed(label: string, work: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) await work();
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerRun = ((cpu.user + cpu.system) / 1000 / ITERATIONS).toFixed(1);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(
    `${label.padEnd(66)} median ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   cpu ${cpuPerRun.padStart(6)} ms   (${ITERATIONS} runs)`,
  );
}

const measure = (label: string, query: string, variables: Record<string, unknown> = {}) =>
  timed(label, () => post(query, variables));

// The floor: the rollup read by hand with raw SQL (the delivered statuses' pre-chosen rows, summed per level), no GraphQL.
const DELIVERED = `status in ('REALIZED', 'IN_PROGRESS') and wins_for & ${winnerBit(countedStatuses(null))} <> 0`;
const RAW_ROLLUP: Record<string, string> = {
  NATIONAL: `select scheme, sum(units), sum(amount_idr) from programs.funding_rollup where year = 2025 and ${DELIVERED} group by scheme`,
  PROVINCE: `select province_code, scheme, sum(units), sum(amount_idr) from programs.funding_rollup where year = 2025 and ${DELIVERED} group by 1, 2`,
  REGENCY: `select regency_code, scheme, sum(units), sum(amount_idr) from programs.funding_rollup where year = 2025 and ${DELIVERED} group by 1, 2`,
};
for (const [level, sql] of Object.entries(RAW_ROLLUP))
  await timed(`raw SQL over the rollup, year 2025, ${level}`, () =>
    service.orm.em.fork().getConnection().execute(sql, [], 'all'),
  );

const SUMMARY =
  'query S($year: Int!, $groupBy: FundingGroup, $provinceCode: ID) { fundingSummary(year: $year, groupBy: $groupBy, provinceCode: $provinceCode) { province { code } regency { code } scheme units amountIdr } }';
await measure('fundingSummary(year: 2025, groupBy: NATIONAL)', SUMMARY, { year: 2025, groupBy: 'NATIONAL' });
await measure('fundingSummary(year: 2025, groupBy: PROVINCE)', SUMMARY, { year: 2025, groupBy: 'PROVINCE' });
await measure('fundingSummary(year: 2025, groupBy: REGENCY)', SUMMARY, { year: 2025, groupBy: 'REGENCY' });
await measure('fundingSummary(year: 2025, provinceCode: "32", groupBy: REGENCY)', SUMMARY, {
  year: 2025,
  groupBy: 'REGENCY',
  provinceCode: '32',
});
await measure('fundingSummary(year: 2021, groupBy: PROVINCE)', SUMMARY, { year: 2021, groupBy: 'PROVINCE' });
const frame = await loadAreaFrame();
const representations = frame.regencies.map((r) => ({ __typename: 'Regency', code: r.code }));
await measure(
  'Regency.funding(year: 2025) for all 514 kab/kota (_entities)',
  'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Regency { funding(year: 2025) { scheme units amountIdr } } } }',
  { r: representations },
);

await service.close();
await pglite?.close();
