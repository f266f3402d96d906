import { parseArgs } from 'node:util';
import { LOAD_TARGET_OPTIONS, openLoadTarget } from '../load-target.js';
import { describeTally, fuzz } from './run-fuzz.js';

// npm run fuzz -- --cases 10000 [--seed 42] [--url http://host:port/graphql]
// Without --url it starts its own hub on an in-memory database; it exits 1 when it found anything.
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    ...LOAD_TARGET_OPTIONS,
  },
});
const cases = Number(values.cases);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;
const target = await openLoadTarget(values.url);
const startedAt = performance.now();
const tally = await fuzz(target.url, { cases, seed, concurrency: Number(values.concurrency) });
console.log(describeTally(tally, seed));
console.log(`  ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
await target.close();
const findings = tally.crashes + tally.http5xx + tally.internalErrors + tally.errorsWithoutCode + tally.leaks;
process.exit(findings > 0 ? 1 : 0);
