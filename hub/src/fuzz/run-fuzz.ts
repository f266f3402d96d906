import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { emptyTally, fuzzCases, runCase, type FuzzTally } from './query-arbitrary.js';

export const API_SCHEMA_PATH = new URL('../../../schema/api.graphql', import.meta.url);

/** Runs `cases` generated requests against `url`, `concurrency` at a time. */
export async function fuzz(url: string, options: { cases: number; seed: number; concurrency?: number }): Promise<FuzzTally> {
  const schema = buildSchema(await readFile(API_SCHEMA_PATH, 'utf8'));
  const requests = fc.sample(fuzzCases(schema), { numRuns: options.cases, seed: options.seed });
  const tally = emptyTally();
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency ?? 4 }, async () => {
      while (next < requests.length) await runCase(url, requests[next++]!, tally);
    }),
  );
  return tally;
}

export function describeTally(tally: FuzzTally, seed: number): string {
  return [
    `fuzz: ${tally.cases} cases (seed ${seed})`,
    `  crashes                  ${tally.crashes}`,
    `  HTTP 5xx                 ${tally.http5xx}`,
    `  INTERNAL_SERVER_ERROR    ${tally.internalErrors}`,
    `  errors without a code    ${tally.errorsWithoutCode}`,
    `  stack or SQL leaks       ${tally.leaks}`,
    ...tally.examples.map((example) => `  e.g. ${example}`),
  ].join('\n');
}
