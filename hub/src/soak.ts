import { readdir, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LOAD_TARGET_OPTIONS, openLoadTarget } from './load-target.js';

// npm run soak -- --minutes 10 [--concurrency 4] [--url http://host:port/graphql]
// Steady load of the documented operations against a hub (its own, on an in-memory database, unless
// --url is given): prints errors and the resident memory of this process (the hub's, when it started
// its own) each minute, and whether RSS after the first minute stayed within 10%.
const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, ...LOAD_TARGET_OPTIONS },
});
const minutes = Number(values.minutes);

const operationsDir = new URL('../../schema/operations/', import.meta.url);
const variablesFor: Record<string, Record<string, unknown>> = {
  RegencyMeetings: { code: '61.72' },
  MeetingsPage: { first: 20, filter: { provinceCode: '36' } },
  RegencyBacklog: { year: 2023 },
  NationalFunding: { year: 2025 },
  NttRegencies: {},
  RegencyLookup: { code: '52.01', year: 2025 },
};
const operations: { name: string; query: string }[] = [];
for (const file of await readdir(operationsDir)) {
  const text = await readFile(new URL(file, operationsDir), 'utf8');
  for (const match of text.matchAll(/^(query) (\w+)/gm))
    if (match[2]! in variablesFor || !/\(\$/.test(text.slice(match.index!).split('\n')[0]!))
      operations.push({ name: match[2]!, query: text });
}

const { url, close } = await openLoadTarget(values.url);
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
let requests = 0;
let errors = 0;
const samples: number[] = [];
const examples = new Set<string>();
const endAt = Date.now() + minutes * 60_000;
console.log(
  `soak: ${minutes} min, ${operations.length} operations, concurrency ${values.concurrency}, against ${url}; RSS at start ${rssMb()} MB`,
);
// Where the memory is, when RSS moves: the JS heap, memory outside it (Buffers, WebAssembly: PGlite's
// Postgres lives in a WebAssembly memory that grows to its working set and never shrinks).
const breakdown = () => {
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return `heap ${mb(heapUsed)} MB, external ${mb(external)} MB (array buffers ${mb(arrayBuffers)} MB)`;
};
// RSS at an instant swings by the garbage not yet collected (here ±150 MB between minutes): each sample
// is taken after a full collection (`node --expose-gc`, as `npm run soak` starts it), so that it shows
// what is retained, which is what grows when something leaks.
const collect = (globalThis as { gc?: () => void }).gc;
const sampler = setInterval(() => {
  collect?.();
  samples.push(rssMb());
  console.log(`  minute ${samples.length}: ${requests} requests, ${errors} errors, RSS ${samples.at(-1)} MB; ${breakdown()}`);
}, 60_000);
await Promise.all(
  Array.from({ length: Number(values.concurrency) }, async (_, worker) => {
    for (let i = worker; Date.now() < endAt; i++) {
      const operation = operations[i % operations.length]!;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: operation.query,
            operationName: operation.name,
            variables: variablesFor[operation.name] ?? {},
          }),
        });
        const body = (await response.json()) as { errors?: { message: string }[] };
        requests++;
        if (response.status !== 200 || body.errors) {
          errors++;
          if (examples.size < 5)
            examples.add(`${operation.name}: HTTP ${response.status} ${JSON.stringify(body.errors ?? '').slice(0, 200)}`);
        }
      } catch (error) {
        requests++;
        errors++;
        if (examples.size < 5) examples.add(`${operation.name}: ${String(error)}`);
      }
    }
  }),
);
clearInterval(sampler);
collect?.();
samples.push(rssMb());
const afterFirstMinute = samples.slice(1);
const base = afterFirstMinute[0] ?? samples[0]!;
const drift = afterFirstMinute.length > 1 ? Math.max(...afterFirstMinute.map((sample) => Math.abs(sample - base) / base)) : 0;
console.log(
  `soak done: ${requests} requests, ${errors} errors; RSS by minute (MB${collect ? ', after a full GC' : ''}): ${samples.join(', ')}`,
);
console.log(
  `  RSS after the first minute within ${(drift * 100).toFixed(1)}% of minute 2 (${drift <= 0.1 ? 'within' : 'OUTSIDE'} 10%)`,
);
for (const example of examples) console.log(`  e.g. ${example}`);
await close();
process.exit(errors > 0 || drift > 0.1 ? 1 : 0);
