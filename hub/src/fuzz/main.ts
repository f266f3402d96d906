import { parseArgs } from 'node:util';
import { startHub } from '../hub.js';
import { describeTally, fuzz } from './run-fuzz.js';

// npm run fuzz -- --cases 10000 [--seed 42] [--url http://host:port/graphql]
// Without --url it starts its own hub on an in-memory database; it exits 1 when it found anything.
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    url: { type: 'string' },
    concurrency: { type: 'string', default: '4' },
  },
});
const cases = Number(values.cases);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
process.env.HUB_RATE_LIMIT_POINTS ??= '100000000';
const hub = values.url
  ? undefined
  : await startHub({
      location: { kind: 'pglite', dataDir: 'memory://' },
      port: 0,
      subgraphPorts: 'ephemeral',
      seed: { demo: true },
    });
const url = values.url ?? hub!.url;
const startedAt = performance.now();
const tally = await fuzz(url, { cases, seed, concurrency: Number(values.concurrency) });
console.log(describeTally(tally, seed));
console.log(`  ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
await hub?.close();
const findings = tally.crashes + tally.http5xx + tally.internalErrors + tally.errorsWithoutCode + tally.leaks;
process.exit(findings > 0 ? 1 : 0);
