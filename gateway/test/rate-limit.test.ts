import { afterAll, describe, expect, it } from '@jest/globals';
import { Role } from '@housing-hub/subgraph-kit';
import { redisAnswers } from '@housing-hub/testing';
import { startGateway } from '../src/gateway.js';
import { generateLocalKeys, signStaffToken, type LocalKeys } from '../src/access/local-keys.js';
import type { RateLimitSettings } from '../src/rate-limit.js';

// `{ __typename }` is answered by the gateway itself: no subgraph needs to run.
const down = 'http://127.0.0.1:9/graphql';
const subgraphUrls = { regions: down, programs: down, meetings: down };
const started: { close(): Promise<void> }[] = [];

afterAll(async () => {
  for (const gateway of started) await gateway.close();
});

let keys: LocalKeys | undefined;

async function gatewayWith(rateLimit: RateLimitSettings) {
  keys ??= await generateLocalKeys();
  // No partner keys: a key lookup that knows none (the key cache would ask the meetings subgraph, which is down).
  const access = { identity: { kind: 'local' as const, keys }, internalSecret: keys.internalSecret, apiKeys: () => null };
  const gateway = await startGateway({ port: 0, subgraphUrls, rateLimit, access });
  started.push(gateway);
  return gateway;
}

interface Answer {
  url: string;
  status: number;
  headers: Headers;
  code?: unknown;
}

async function ask(url: string, query = '{ __typename }', token?: string): Promise<Answer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { url, status: response.status, headers: response.headers, code: body.errors?.[0]?.extensions?.code };
}

/** `total` requests, `concurrency` at a time, spread round-robin over `urls`. */
async function load(urls: string[], total: number, concurrency: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        answers.push(await ask(urls[index % urls.length]!));
      }
    }),
  );
  return answers;
}

const settings = (points: number, keyPrefix: string, redisUrl?: string): RateLimitSettings => ({
  points,
  windowSeconds: 60,
  costPerPoint: 500,
  keyPrefix,
  redisUrl,
});

describe('rate limits per caller', () => {
  it('answers 3,000 requests at concurrency 50 from one address: the budget, then 429 with Retry-After', async () => {
    const gateway = await gatewayWith(settings(300, `test-${process.pid}-memory`));
    const answers = await load([gateway.url], 3_000, 50);
    const served = answers.filter((answer) => answer.status === 200);
    const limited = answers.filter((answer) => answer.status === 429);
    expect(served).toHaveLength(300);
    expect(limited).toHaveLength(2_700);
    for (const answer of answers) {
      expect(answer.headers.get('ratelimit-limit')).toBe('300');
      expect(Number(answer.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(1);
      expect(Number(answer.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60);
    }
    const remaining = served.map((answer) => Number(answer.headers.get('ratelimit-remaining'))).sort((a, b) => a - b);
    expect(remaining).toEqual(Array.from({ length: 300 }, (_, i) => i));
    for (const answer of limited) {
      expect(answer.code).toBe('RATE_LIMITED');
      expect(answer.headers.get('ratelimit-remaining')).toBe('0');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    // /health is not rate limited
    expect((await fetch(new URL('/health', gateway.url))).status).toBe(200);
  }, 120_000);

  it('charges costly queries more than one point', async () => {
    const gateway = await gatewayWith(settings(100, `test-${process.pid}-cost`));
    // 1 + 38 provinces x (1 + 14 kab/kota x 3 fields): cost 1,635, so 1 + 3 points
    const costly = await ask(gateway.url, '{ provinces { regencies { code name kind } } }');
    expect(costly.headers.get('ratelimit-remaining')).toBe(String(100 - 4));
    const cheap = await ask(gateway.url);
    expect(cheap.headers.get('ratelimit-remaining')).toBe(String(100 - 5));
  });

  it('keys an authenticated caller by its identity, not by the address it shares with the public', async () => {
    const gateway = await gatewayWith(settings(3, `test-${process.pid}-identity`));
    const analyst = await signStaffToken(keys!, { subject: 'analyst-1', roles: [Role.DIRECTORATE] });
    const steward = await signStaffToken(keys!, { subject: 'steward-1', roles: [Role.DATA_STEWARD] });
    // the public (this address) spends its 3 points
    expect((await load([gateway.url], 4, 1)).map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    // the same address with a staff token has its own budget, one per subject
    for (const token of [analyst, steward]) {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await ask(gateway.url, undefined, token));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    }
    // a rejected credential spends the address's budget (already spent) before it is rejected
    expect((await ask(gateway.url, undefined, 'not-a-token')).status).toBe(429);
  });
});

describe('rate limits shared through Redis', () => {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

  it('two gateway processes with REDIS_URL spend one budget', async () => {
    if (!(await redisAnswers(redisUrl))) {
      console.warn(`Redis does not answer at ${redisUrl}: the shared-budget test is skipped`);
      return;
    }
    const shared = settings(100, `test-${process.pid}-${Date.now()}-shared`, redisUrl);
    const [first, second] = [await gatewayWith(shared), await gatewayWith(shared)];
    const answers = await load([first.url, second.url], 400, 20);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(100);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(300);
    // each gateway served part of the hundred (requests alternate between them)
    for (const gateway of [first, second])
      expect(answers.some((answer) => answer.url === gateway.url && answer.status === 200)).toBe(true);
  }, 60_000);
});
