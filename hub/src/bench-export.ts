/**
 * `npm run bench:export --workspace @housing-hub/hub`: the large profile's realization table (1.3 million
 * rows) exported as CSV through the gateway (`curl`), against, in the same run, a plain `COPY
 * realization TO STDOUT` of the same rows (`psql`), and what the database alone costs for the export:
 * the joined export SELECT (every column rendered by PostgreSQL, as before the lookups) and the narrow
 * one the owner runs now (keys and the fact's own columns; the owner adds the area and source
 * columns). Every stream is read by a child process (a partner's curl or psql, counted by `wc`), so
 * this process is the hub alone, as `npm start` runs it (gateway and subgraphs in one process), and all
 * are measured the same way. Prints rows, MB, seconds, MB/s, rows/s and the hub's CPU seconds of each,
 * the ratio (hub / plain COPY, rows per second), and how far the hub's RSS grew during the export
 * (sampled every 100 ms). Needs PostgreSQL: `DATABASE_URL` (the demo dataset and the large profile are
 * loaded into it when missing; use a database of its own, e.g. `.../export_bench`), and `psql`,
 * `curl` and `wc` on the PATH.
 */
import { spawn } from 'node:child_process';
import { generateLocalKeys } from '@housing-hub/gateway';
import { loadLargeProfile, programsService } from '@housing-hub/programs';
import { exportCopyStatement, narrowCopy } from '@housing-hub/subgraph-kit';
import { startHub } from './hub.js';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
process.env.HUB_RATE_LIMIT_POINTS ??= '1000000';
const url = process.env.DATABASE_URL?.trim();
if (!url) throw new Error('bench:export needs DATABASE_URL (PostgreSQL): COPY is what it compares against');

const keys = await generateLocalKeys();
const hub = await startHub({
  location: { kind: 'postgresql', url },
  port: 0,
  subgraphPorts: 'ephemeral',
  seed: { demo: true },
  access: { identity: { kind: 'local', keys }, internalSecret: keys.internalSecret, localKeys: keys },
});
const programs = hub.services.find((service) => service.name === 'programs')!;
const profile = await loadLargeProfile(programs.orm.em.fork());
console.log(
  `large profile: ${profile.rows.toLocaleString('en')} realization rows (loaded in ${(profile.milliseconds / 1000).toFixed(1)} s)`,
);
const token = await hub.signToken({ subject: 'bench', roles: ['DATA_STEWARD'], ttl: '1h' });

interface Measure {
  bytes: number;
  lines: number;
  seconds: number;
  /** CPU seconds of this process (the hub: gateway and subgraphs; the readers are child processes) while it ran. */
  cpuSeconds: number;
}

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/**
 * Runs a reader in a child process, its output counted by `wc` (bytes and lines), as a partner's
 * `curl` or `psql` would read it: the hub's thread does the server's work only, and every figure is
 * measured the same way.
 */
function measureReader(command: string, args: string[]): Promise<Measure> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  return new Promise((resolve, reject) => {
    // A shell pipe: the bytes go from the reader to wc, not through this process.
    const reader = spawn('sh', ['-c', '"$0" "$@" | wc -lc', command, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let counted = '';
    reader.stdout.on('data', (chunk: Buffer) => (counted += String(chunk)));
    reader.once('error', reject);
    reader.once('close', (code) => {
      if (code !== 0) return reject(new Error(`${command} exited with ${code}`));
      const [lines, bytes] = counted.trim().split(/\s+/).map(Number);
      resolve({ bytes: bytes!, lines: lines!, seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSince(cpu) });
    });
  });
}

const psqlCopy = (statement: string) => measureReader('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', url, '-c', statement]);
const plainCopy = () =>
  psqlCopy('copy (select * from programs.realization order by id) to stdout with (format csv, header true)');
const realization = (await programsService.exports!()).find((dataset) => dataset.name === 'realization')!;
const csv = { name: 'csv', bom: false, delimiter: ',' } as const;
const exportSelectCopy = () => psqlCopy(exportCopyStatement(realization, [], csv));
/** The narrow COPY has no header line (the hub writes it): one line more, so that it counts like the others. */
const narrowSelectCopy = async () => {
  const measure = await psqlCopy(narrowCopy(realization, [], csv)!.copy);
  return { ...measure, lines: measure.lines + 1 };
};

/** The export read with curl; the hub's RSS sampled every 100 ms meanwhile. */
async function hubExport(): Promise<Measure & { rssGrowthMb: number }> {
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  const measure = await measureReader('curl', [
    '--silent',
    '--show-error',
    '--fail',
    '--header',
    `authorization: Bearer ${token}`,
    new URL('/export/realization.csv', hub.url).href,
  ]);
  clearInterval(sampler);
  return { ...measure, rssGrowthMb: (peak - baseline) / 1024 / 1024 };
}

const line = (label: string, m: Measure) =>
  `${label.padEnd(34)} ${(m.lines - 1).toLocaleString('en').padStart(10)} rows ${(m.bytes / 1e6).toFixed(0).padStart(5)} MB ${m.seconds.toFixed(1).padStart(6)} s ${(m.bytes / 1e6 / m.seconds).toFixed(1).padStart(6)} MB/s ${((m.lines - 1) / m.seconds / 1000).toFixed(0).padStart(5)}k rows/s ${m.cpuSeconds.toFixed(1).padStart(5)} s CPU of the hub`;

await plainCopy(); // warm the cache, so that every run reads from memory
const copy = await plainCopy();
const selectCopy = await exportSelectCopy();
const narrowSelect = await narrowSelectCopy();
const exported = await hubExport();
console.log(line('COPY realization TO STDOUT', copy));
console.log(line('COPY (joined export SELECT)', selectCopy));
console.log(line('COPY (narrow export SELECT)', narrowSelect));
console.log(line('GET /export/realization.csv (hub)', exported));
console.log(
  `export speed / COPY speed (rows per second): ${(exported.lines / exported.seconds / (copy.lines / copy.seconds)).toFixed(2)} (goal >= 0.5)`,
);
console.log(`hub RSS growth during the export: ${exported.rssGrowthMb.toFixed(1)} MB (goal < 100 MB)`);
await hub.close();
