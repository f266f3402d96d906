/**
 * The import benchmark: generates N realization rows (default 1,000,000) as a CSV file, imports it with
 * the real import path (`RealizationImportService`: sha256, one transaction, every row read and validated
 * while the checked ones stream into the database: a new source's with COPY straight into the facts, a
 * re-issue's into a staging table and a set-based merge) into a fresh PostgreSQL database, then a re-issue of the
 * same source correcting every tenth fact; in the same run it loads the same file with a plain
 * `COPY ... FROM STDIN (FORMAT csv)` into a bare table of the file's columns (no index, no constraint),
 * and the same rows (in the table's layout) into a table identical to `programs.realization` (its
 * indexes, checks and foreign keys), and into one that also has its statement triggers (the funding
 * rollup and the change log, which the import maintains too). Prints rows per second of each, the
 * ratios and the peak memory.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:import --workspace @housing-hub/programs
 *   BENCH_ROWS=200000 ...  (a smaller run)
 *
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) is an admin URL: the script creates
 * its own database and drops it at the end (BENCH_KEEP_DB=1 keeps it, to look at the plans).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { ImportStatus } from '@housing-hub/import-kit';
import { loadAreaFrame } from '@housing-hub/reference-frame';
import { openServiceDatabase } from '@housing-hub/subgraph-kit';
import { programsService } from '../programs.subgraph.js';
import { RealizationImportService } from '../realization-import.service.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ADMIN_URL = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
const BANKS = Array.from({ length: 40 }, (_, i) => `Bank Penyalur ${String(i + 1).padStart(2, '0')}`);
const HEADER = 'scheme,area_code,bps_code,year,month,category,channel,units,amount_idr,status';
const SOURCE = { name: 'Benchmark realization', publisher: 'bench-import', code: 'BENCH-IMPORT' };
const SOURCE_CODE = 'BENCH-IMPORT';

type Regencies = { code: string; bpsCode: string | null }[];

/**
 * FLPP facts per year, month, bank and kab/kota (every key once), in that order, as an export would
 * list them; every tenth kab/kota by its BPS code. Deterministic. `layout: 'table'` writes the same rows
 * in the layout of `programs.realization` (Kemendagri code, province, source, batch), for the COPY into
 * an identical table; `revised` corrects every tenth fact (a re-issue).
 */
function* realizationLines(regencies: Regencies, layout: 'file' | 'table', revised = false): Generator<string> {
  let chunk = layout === 'file' ? `${HEADER}\n` : '';
  let n = 0;
  for (let year = 2019; ; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const bank of BANKS) {
        for (let r = 0; r < regencies.length; r++) {
          if (n === ROWS) {
            yield chunk;
            return;
          }
          const regency = regencies[r]!;
          // The revised file (a re-issue) corrects every tenth fact: one unit more.
          const units = ((n * 7919) % 23) + (revised && n % 10 === 0 ? 1 : 0);
          const amount = units * (150_000_000 + ((n * 104_729) % 20_000_000));
          if (layout === 'file') {
            const area = r % 10 === 9 && regency.bpsCode ? `,${regency.bpsCode}` : `${regency.code},`;
            chunk += `FLPP,${area},${year},${month},,${bank},${units},${amount},REALIZED\n`;
          } else {
            chunk += `FLPP,${regency.code},${regency.code.slice(0, 2)},${year},${month},,${bank},${units},${amount},REALIZED,${SOURCE_CODE},1\n`;
          }
          n++;
          if (chunk.length > 1 << 20) {
            yield chunk;
            chunk = '';
          }
        }
      }
    }
  }
}

/** Writes the lines to a file; `pipeline` waits for each drain and for the end, so the write cannot hang. */
const writeLines = (file: string, lines: Iterable<string>) => pipeline(Readable.from(lines), createWriteStream(file));

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

async function main(): Promise<void> {
  const frame = await loadAreaFrame();
  const dir = await mkdtemp(path.join(tmpdir(), 'hub-bench-import-'));
  const file = path.join(dir, 'realization.csv');
  const tableFile = path.join(dir, 'realization-table-layout.csv');
  const name = `hub_bench_import_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    let started = performance.now();
    await writeLines(file, realizationLines(frame.regencies, 'file'));
    await writeLines(tableFile, realizationLines(frame.regencies, 'table'));
    const size = (await stat(file)).size;
    console.log(
      `generated ${ROWS.toLocaleString('en')} rows (${mb(size)}) in ${Math.round(performance.now() - started)} ms: ${file}`,
    );

    const orm = await openServiceDatabase(programsService, { kind: 'postgresql', url: url.toString(), poolMax: 2 });
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await programsService.seed(orm.em.fork(), { demo: false });
      await client.query('checkpoint').catch(() => undefined);

      // 1. The import path, from the file on disk to the committed facts.
      peakRss = process.memoryUsage().rss;
      const rssBefore = peakRss;
      started = performance.now();
      const phases: string[] = [];
      const content = await readFile(file);
      const report = await new RealizationImportService(orm.em.fork()).importFile(
        { fileName: 'realization.csv', content, format: 'CSV' },
        {
          source: SOURCE,
          importedBy: 'bench',
          onPhase: (phase, ms) => phases.push(`${phase} ${Math.round(ms)} ms`),
        },
      );
      const importMs = performance.now() - started;
      if (report.status !== ImportStatus.IMPORTED || report.inserted !== ROWS) {
        throw new Error(
          `the import did not import every row: ${JSON.stringify({ ...report, errors: report.errors.slice(0, 5) })}`,
        );
      }
      const [{ n }] = (await client.query<{ n: string }>('select count(*) as n from programs.realization')).rows as [
        { n: string },
      ];
      if (Number(n) !== ROWS) throw new Error(`expected ${ROWS} realization rows, found ${n}`);
      const importPeak = peakRss;
      const importMaxRss = process.resourceUsage().maxRSS * 1024;
      await client.query('checkpoint').catch(() => undefined);

      // 1b. A re-issue of the same source correcting every tenth fact: history, updates, no inserts.
      const revisedFile = path.join(dir, 'realization-revised.csv');
      await writeLines(revisedFile, realizationLines(frame.regencies, 'file', true));
      const reissuePhases: string[] = [];
      started = performance.now();
      const reissue = await new RealizationImportService(orm.em.fork()).importFile(
        { fileName: 'realization-revised.csv', content: await readFile(revisedFile), format: 'CSV' },
        { source: SOURCE, importedBy: 'bench', onPhase: (phase, ms) => reissuePhases.push(`${phase} ${Math.round(ms)} ms`) },
      );
      const reissueMs = performance.now() - started;
      if (reissue.status !== ImportStatus.IMPORTED || reissue.replaced !== Math.ceil(ROWS / 10) || reissue.inserted !== 0) {
        throw new Error(
          `the re-issue did not replace every tenth fact: ${JSON.stringify({ ...reissue, errors: reissue.errors.slice(0, 5) })}`,
        );
      }
      await client.query('checkpoint').catch(() => undefined);

      // 2. A plain COPY of the same file into a bare table of its columns.
      await client.query(`create table public.realization_copy (scheme text, area_code text, bps_code text, year smallint, month smallint,
        category text, channel text, units integer, amount_idr numeric(20, 0), status text)`);
      const copyInto = async (table: string) => {
        const begun = performance.now();
        await pipeline(
          createReadStream(file),
          client.query(copyStreams.from(`copy ${table} from stdin with (format csv, header true)`)),
        );
        return performance.now() - begun;
      };
      const copyMs = await copyInto('public.realization_copy');
      await client.query('checkpoint').catch(() => undefined);

      // 3. The same rows (in the table's layout) with COPY into a table identical to programs.realization:
      //    same columns, defaults, checks, indexes and foreign keys; then (3b) into another that also has the
      //    facts' statement triggers (the funding rollup, the change log), as the import maintains them.
      const copyIntoIdentical = async (table: string, withTriggers: boolean) => {
        await client.query(`create table ${table} (like programs.realization including all)`);
        await client.query(`alter table ${table}
          add foreign key (scheme) references programs.program (code),
          add foreign key (source_code) references programs.data_source (code)`);
        if (withTriggers) {
          const { rows: triggers } = await client.query<{ definition: string }>(
            `select pg_get_triggerdef(oid) as definition from pg_trigger where tgrelid = 'programs.realization'::regclass and not tgisinternal`,
          );
          for (const { definition } of triggers)
            await client.query(definition.replace(' ON programs.realization ', ` ON ${table} `));
        }
        const begun = performance.now();
        await pipeline(
          createReadStream(tableFile),
          client.query(
            copyStreams.from(`copy ${table} (scheme, regency_code, province_code, year, month, category, channel,
              units, amount_idr, status, source_code, batch_id) from stdin with (format csv)`),
          ),
        );
        const ms = performance.now() - begun;
        await client.query('checkpoint').catch(() => undefined);
        return ms;
      };
      const identicalMs = await copyIntoIdentical('public.realization_copy_identical', false);
      const triggeredMs = await copyIntoIdentical('public.realization_copy_triggered', true);

      const importRate = rate(ROWS, importMs);
      const copyRate = rate(ROWS, copyMs);
      const identicalRate = rate(ROWS, identicalMs);
      console.log(
        `\nrows: ${ROWS.toLocaleString('en')} (PostgreSQL ${(await client.query('show server_version')).rows[0].server_version})`,
      );
      console.log(
        `import (sha256, read and validate while COPY loads the facts; one transaction): ${Math.round(importMs)} ms, ${importRate.toLocaleString('en')} rows/s`,
      );
      console.log(`  phases: ${phases.join(', ')}`);
      console.log(
        `re-issue of the same source, ${reissue.replaced.toLocaleString('en')} facts corrected (history kept): ${Math.round(reissueMs)} ms, ${rate(ROWS, reissueMs).toLocaleString('en')} rows/s`,
      );
      console.log(`  phases: ${reissuePhases.join(', ')}`);
      console.log(
        `COPY into a bare table (the file's columns, no index or constraint): ${Math.round(copyMs)} ms, ${copyRate.toLocaleString('en')} rows/s`,
      );
      console.log(
        `COPY into a table identical to programs.realization (indexes, checks, foreign keys): ${Math.round(identicalMs)} ms, ${identicalRate.toLocaleString('en')} rows/s`,
      );
      console.log(`ratio import / bare COPY:    ${(importRate / copyRate).toFixed(2)}`);
      console.log(
        `COPY into an identical table with the facts' triggers (funding rollup, change log): ${Math.round(triggeredMs)} ms, ${rate(ROWS, triggeredMs).toLocaleString('en')} rows/s`,
      );
      console.log(`ratio import / COPY into the identical table: ${(importRate / identicalRate).toFixed(2)}`);
      console.log(
        `ratio import / COPY into the identical table with its triggers: ${(importRate / rate(ROWS, triggeredMs)).toFixed(2)}`,
      );
      console.log(
        `peak memory (RSS) during the import: ${mb(importMaxRss)} (${mb(rssBefore)} before it; sampled ${mb(importPeak)})`,
      );
    } finally {
      await client.end();
      await orm.close();
    }
  } finally {
    if (process.env.BENCH_KEEP_DB) console.log(`kept database ${name}`);
    else await admin.query(`drop database if exists "${name}" with (force)`).catch(() => undefined);
    await admin.end();
    await rm(dir, { recursive: true, force: true });
    clearInterval(sampler);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
