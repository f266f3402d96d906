import { afterAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { Role } from '@housing-hub/subgraph-kit';
import { startGateway } from '../src/gateway.js';
import { generateLocalKeys, signStaffToken, type LocalKeys } from '../src/access/local-keys.js';
import {
  rateLimitSettingsFromEnv,
  trustedProxiesFromEnv,
  type RateLimitSettings,
  type TrustedProxies,
} from '../src/rate-limit.js';

// `{ __typename }` is answered by the gateway itself: no subgraph needs to run.
const down = 'http://127.0.0.1:9/graphql';
const subgraphUrls = { regions: down, programs: down, meetings: down };
const started: { close(): Promise<void> }[] = [];

afterAll(async () => {
  for (const gateway of started) await gateway.close();
});

let keys: LocalKeys | undefined;

async function gatewayWith(rateLimit: RateLimitSettings, trustedProxies?: TrustedProxies) {
  keys ??= await generateLocalKeys();
  // No partner keys: a key lookup that knows none (the key cache would ask the meetings subgraph, which is down).
  const access = { identity: { kind: 'local' as const, keys }, internalSecret: keys.internalSecret, apiKeys: () => null };
  const gateway = await startGateway({ port: 0, subgraphUrls, rateLimit, access, trustedProxies });
  started.push(gateway);
  return gateway;
}

interface Answer {
  url: string;
  status: number;
  headers: Headers;
  code?: unknown;
}

async function ask(url: string, query = '{ __typename }', token?: string, forwardedFor?: string): Promise<Answer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
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

describe('rate budgets per role', () => {
  it('gives DATA_STEWARD and ADMIN ten times the base budget by default, each role configurable', () => {
    const settings = rateLimitSettingsFromEnv({ HUB_RATE_LIMIT_POINTS: '200', HUB_RATE_LIMIT_POINTS_PARTNER: '1000' });
    expect(settings.points).toBe(200);
    expect(settings.pointsByRole).toEqual({ DATA_STEWARD: 2_000, ADMIN: 2_000, PARTNER: 1_000 });
  });

  it("spends a steward's larger budget, with its own RateLimit-Limit", async () => {
    const gateway = await gatewayWith({
      ...settings(2, `test-${process.pid}-roles`),
      pointsByRole: { [Role.DATA_STEWARD]: 5 },
    });
    const steward = await signStaffToken(keys!, { subject: 'steward-roles', roles: [Role.DATA_STEWARD] });
    const pemda = await signStaffToken(keys!, { subject: 'pemda-roles', roles: [Role.PEMDA], areas: ['52'] });
    const stewardAnswers = [];
    for (let i = 0; i < 6; i++) stewardAnswers.push(await ask(gateway.url, undefined, steward));
    expect(stewardAnswers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
    expect(stewardAnswers[0]!.headers.get('ratelimit-limit')).toBe('5');
    const pemdaAnswers = [];
    for (let i = 0; i < 3; i++) pemdaAnswers.push(await ask(gateway.url, undefined, pemda));
    expect(pemdaAnswers.map((answer) => answer.status)).toEqual([200, 200, 429]);
    expect(pemdaAnswers[0]!.headers.get('ratelimit-limit')).toBe('2');
  });
});

describe('X-Forwarded-For', () => {
  it('is ignored unless the connection comes from a trusted proxy', async () => {
    const gateway = await gatewayWith(settings(2, `test-${process.pid}-untrusted`));
    // a client cannot escape its address's budget by naming another address
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await ask(gateway.url, undefined, undefined, `203.0.113.${i}`));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 429]);
  });

  it('names the client when the connection comes from a configured proxy (HUB_TRUSTED_PROXIES)', async () => {
    // the test connects from 127.0.0.1: as if it were the load balancer in front of the gateway
    const trusted = trustedProxiesFromEnv({ HUB_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' });
    const gateway = await gatewayWith(settings(2, `test-${process.pid}-trusted`), trusted);
    const statuses = async (forwardedFor: string) => {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push((await ask(gateway.url, undefined, undefined, forwardedFor)).status);
      return answers;
    };
    // each client its own budget
    expect(await statuses('203.0.113.7')).toEqual([200, 200, 429]);
    expect(await statuses('203.0.113.8')).toEqual([200, 200, 429]);
    // a client's forged first hop is not believed: the rightmost untrusted address counts (203.0.113.7, spent)
    expect(await statuses('198.51.100.1, 203.0.113.7')).toEqual([429, 429, 429]);
    // hops through trusted proxies are skipped
    expect((await ask(gateway.url, undefined, undefined, '203.0.113.9, 10.1.2.3')).status).toBe(200);
    expect(() => trustedProxiesFromEnv({ HUB_TRUSTED_PROXIES: 'not-an-address' })).toThrow(/HUB_TRUSTED_PROXIES/);
  });
});

async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

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
