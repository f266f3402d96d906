/**
 * `npm run bench:export --workspace @housing-hub/hub`: the large profile's realization table (1.3 million
 * rows) exported as CSV through the gateway, against, in the same run, a plain `COPY realization TO
 * STDOUT` of the same rows and the `COPY (export SELECT) TO STDOUT` the owner runs (what the database
 * alone costs). Prints rows, bytes, seconds, MB/s and the CPU seconds of this process (hub and client)
 * of each, the ratio, and how far the hub's RSS grew during the export (sampled every 100 ms). Needs
 * PostgreSQL: `DATABASE_URL` (the demo dataset and the large profile are loaded into it when missing;
 * use a database of its own, e.g. `.../export_bench`).
 */
import http from 'node:http';
import { generateLocalKeys } from '@housing-hub/gateway';
import { loadLargeProfile, programsService } from '@housing-hub/programs';
import { exportCopyStatement } from '@housing-hub/subgraph-kit';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
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
  /** CPU seconds of this process (user + system) while it ran. */
  cpuSeconds: number;
}

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

const countLines = (chunk: Uint8Array) => {
  let lines = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  return lines;
};

async function copyOut(statement: string): Promise<Measure> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let bytes = 0;
  let lines = 0;
  for await (const chunk of client.query(copyStreams.to(statement))) {
    bytes += (chunk as Buffer).length;
    lines += countLines(chunk as Buffer);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpu);
  await client.end();
  return { bytes, lines, seconds, cpuSeconds };
}

const plainCopy = () => copyOut('copy (select * from programs.realization order by id) to stdout with (format csv, header true)');
const realization = (await programsService.exports!()).find((dataset) => dataset.name === 'realization')!;
const exportSelectCopy = () => copyOut(exportCopyStatement(realization, [], { name: 'csv', bom: false, delimiter: ',' }));

/** The export read with node:http (a lean client: the bytes are counted, not copied into web streams). */
async function hubExport(): Promise<Measure & { rssGrowthMb: number }> {
  global.gc?.();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 100);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http
      .get(new URL('/export/realization.csv', hub.url), { headers: { authorization: `Bearer ${token}` } }, resolve)
      .once('error', reject),
  );
  if (response.statusCode !== 200) {
    let body = '';
    for await (const chunk of response) body += String(chunk);
    throw new Error(`export: HTTP ${response.statusCode} ${body}`);
  }
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response) {
    bytes += (chunk as Buffer).length;
    lines += countLines(chunk as Buffer);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpu);
  clearInterval(sampler);
  return { bytes, lines, seconds, cpuSeconds, rssGrowthMb: (peak - baseline) / 1024 / 1024 };
}

const line = (label: string, m: Measure) =>
  `${label.padEnd(34)} ${(m.lines - 1).toLocaleString('en').padStart(10)} rows ${(m.bytes / 1e6).toFixed(0).padStart(5)} MB ${m.seconds.toFixed(1).padStart(6)} s ${(m.bytes / 1e6 / m.seconds).toFixed(1).padStart(6)} MB/s ${((m.lines - 1) / m.seconds / 1000).toFixed(0).padStart(5)}k rows/s ${m.cpuSeconds.toFixed(1).padStart(5)} s CPU here`;

await plainCopy(); // warm the cache, so that every run reads from memory
const copy = await plainCopy();
const selectCopy = await exportSelectCopy();
const exported = await hubExport();
console.log(line('COPY realization TO STDOUT', copy));
console.log(line('COPY (export SELECT) TO STDOUT', selectCopy));
console.log(line('GET /export/realization.csv (hub)', exported));
console.log(
  `export speed / COPY speed (rows per second): ${(exported.lines / exported.seconds / (copy.lines / copy.seconds)).toFixed(2)} (goal >= 0.5)`,
);
console.log(`hub RSS growth during the export: ${exported.rssGrowthMb.toFixed(1)} MB (goal < 100 MB)`);
await hub.close();
