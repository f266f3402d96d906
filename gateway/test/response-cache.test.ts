import { describe, expect, it } from '@jest/globals';
import { ANONYMOUS, Role, type Caller } from '@housing-hub/subgraph-kit';
import { redisAnswers } from '@housing-hub/testing';
import { BatchedRead, memoryResponseStore, redisResponseStore, rightsKey } from '../src/index.js';

describe('reading data versions', () => {
  it('a request that arrives while a read is in flight waits for a read sent after it arrived', async () => {
    const answers: ((version: string) => void)[] = [];
    const read = new BatchedRead(() => new Promise<string>((resolve) => answers.push(resolve)));
    const first = read.read();
    // Arrives while the first read is out: a write acknowledged meanwhile may be missing from that one.
    const second = read.read();
    const third = read.read();
    expect(answers).toHaveLength(1);
    answers[0]!('1');
    expect(await first).toBe('1');
    // The next read goes out only now, shared by the two that waited.
    await new Promise((resolve) => setImmediate(resolve));
    expect(answers).toHaveLength(2);
    answers[1]!('2');
    expect(await second).toBe('2');
    expect(await third).toBe('2');
  });

  it('a failed read does not hold the next one back', async () => {
    let calls = 0;
    const read = new BatchedRead(async () => {
      calls += 1;
      if (calls === 1) throw new Error('down');
      return String(calls);
    });
    const failed = read.read();
    const next = read.read();
    await expect(failed).rejects.toThrow('down');
    expect(await next).toBe('2');
  });
});

describe('the cache key of a caller', () => {
  const staff = (roles: Role[], areas: string[], id = 'someone'): Caller => ({
    id,
    kind: 'staff',
    roles,
    areas,
    agencyId: null,
    keyId: null,
    scopes: [],
  });

  it('is shared by callers with the same rights, whoever they are', () => {
    expect(rightsKey(staff([Role.PEMDA], ['52.01'], 'a'))).toBe(rightsKey(staff([Role.PEMDA], ['52.01'], 'b')));
  });

  it('differs when anything that decides the answer differs: kind, role, area, agency, key scopes', () => {
    const keys = [
      rightsKey(ANONYMOUS),
      rightsKey(staff([Role.PEMDA], ['52.01'])),
      rightsKey(staff([Role.PEMDA], ['52.02'])),
      rightsKey(staff([Role.BP3KP], ['52.01'])),
      rightsKey({ ...staff([Role.PEMDA], ['52.01']), agencyId: 'agency' }),
      rightsKey({ ...ANONYMOUS, id: 'key:1', kind: 'partner', roles: [Role.PARTNER], scopes: ['read'] }),
      rightsKey({ ...ANONYMOUS, id: 'key:2', kind: 'partner', roles: [Role.PARTNER], scopes: ['read', 'export'] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('where answers are kept', () => {
  it('in memory, bounded: the least recently read go first', async () => {
    const store = memoryResponseStore(1_000);
    await store.set('a', { versions: { regions: '1' }, data: 'x'.repeat(400) });
    await store.set('b', { versions: { regions: '1' }, data: 'x'.repeat(400) });
    await store.get('a');
    await store.set('c', { versions: { regions: '1' }, data: 'x'.repeat(400) });
    expect(await store.get('a')).toBeDefined();
    expect(await store.get('b')).toBeUndefined();
  });

  it('in Redis, shared by every gateway that uses the same Redis', async () => {
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    if (!(await redisAnswers(redisUrl))) {
      console.warn(`Redis does not answer at ${redisUrl}: the shared-cache test is skipped`);
      return;
    }
    const prefix = `test-response-${process.pid}-${Date.now()}:`;
    const one = await redisResponseStore(redisUrl, prefix, 60);
    const other = await redisResponseStore(redisUrl, prefix, 60);
    try {
      await one.set('key', { versions: { programs: '7' }, data: '{"a":1}' });
      expect(await other.get('key')).toEqual({ versions: { programs: '7' }, data: '{"a":1}' });
      expect(await other.get('missing')).toBeUndefined();
    } finally {
      await one.close();
      await other.close();
    }
  });
});
