import { describe, expect, it } from '@jest/globals';
import { describeTally, fuzz } from '../src/fuzz/run-fuzz.js';
import { useHubFixture } from './hub-fixture.js';

const fixture = useHubFixture();

describe('generated queries over schema/api.graphql', () => {
  // A different seed each run (FUZZ_SEED replays one); `npm run fuzz -- --cases 10000` runs longer.
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const cases = Number(process.env.FUZZ_CASES ?? 1_500);

  it(`${cases} cases: no crash, no 5xx, no INTERNAL_SERVER_ERROR, every error coded, no stack or SQL`, async () => {
    const tally = await fuzz(fixture.hub.url, { cases, seed });
    const report = describeTally(tally, seed);
    expect({
      crashes: tally.crashes,
      http5xx: tally.http5xx,
      internal: tally.internalErrors,
      uncoded: tally.errorsWithoutCode,
      leaks: tally.leaks,
      report,
    }).toEqual({
      crashes: 0,
      http5xx: 0,
      internal: 0,
      uncoded: 0,
      leaks: 0,
      report,
    });
    expect(tally.cases).toBe(cases);
  }, 180_000);
});
